import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { annotateCrowdClaims, type CrowdClaim } from './crowd.js';
import { annotateDates, type DateMention } from './dates.js';
import { annotateEntities, type Entity } from './entities.js';

/** Everything the extractors find in a corpus; serialised into the snapshot. */
export interface Annotations {
  dates: DateMention[];
  crowd: CrowdClaim[];
  entities: Entity[];
}

export function annotate(articles: Article[], passages: Passage[]): Annotations {
  return {
    dates: annotateDates(articles, passages),
    crowd: annotateCrowdClaims(articles, passages),
    entities: annotateEntities(articles, passages),
  };
}
