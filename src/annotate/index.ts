import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { annotateCrowdClaims, type CrowdClaim } from './crowd/index.js';
import { annotateDates, type DateMention } from './dates/index.js';
import { annotateEntities, type Entity } from './names/index.js';

/** Everything the extractors find in a corpus; serialised into the snapshot. */
export interface Annotations {
  dates: DateMention[];
  crowd: CrowdClaim[];
  entities: Entity[];
}

/** Dates come first: crowd claims use them to tell one gathering from another. */
export function annotate(articles: Article[], passages: Passage[]): Annotations {
  const dates = annotateDates(articles, passages);
  return {
    dates,
    crowd: annotateCrowdClaims(articles, passages, dates),
    entities: annotateEntities(articles, passages),
  };
}
