import type { Article } from '../../corpus/types.js';
import type { Passage } from '../../passages/types.js';
import type { DateMention } from '../dates/types.js';
import { en } from './locales/en/index.js';
import { annotateCrowdClaimsWith } from './pipeline.js';
import type { CrowdClaim } from './types.js';

export type { CrowdClaim, CrowdClaimFound, CrowdEventRef, CrowdPlace, Quantity } from './types.js';
export { findCrowdClaims } from './locales/en/claims/findClaims.js';
export { findQuantities } from './locales/en/quantity/quantities.js';
export { CROWD_RULES } from './rules.js';

/** Every crowd-size claim of the corpus (English), each placed in its gathering. */
export function annotateCrowdClaims(articles: Article[], passages: Passage[], dates: DateMention[]): CrowdClaim[] {
  return annotateCrowdClaimsWith(en, articles, passages, dates);
}
