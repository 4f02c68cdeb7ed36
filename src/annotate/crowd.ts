import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import type { DateMention } from './dates.js';

// Placeholder until /crowd-size lands (issue 4): no claims are found yet.
export interface CrowdClaim {
  passageId: string;
}

export function annotateCrowdClaims(_articles: Article[], _passages: Passage[], _dates: DateMention[]): CrowdClaim[] {
  return [];
}
