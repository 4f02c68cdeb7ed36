import type { Article } from '../../corpus/types.js';
import type { Passage } from '../../passages/types.js';
import type { DateMention } from '../dates/types.js';
import { en } from './locales/en/index.js';
import { annotateCrowdClaimsWith, placeCrowdClaimsWith } from './pipeline.js';
import type { CrowdClaim, CrowdClaimFound } from './types.js';

export type { CrowdClaim, CrowdClaimFound, CrowdEventRef, CrowdPlace, Quantity } from './types.js';
export { findCrowdClaims } from './locales/en/claims/findClaims.js';
export { findQuantities } from './locales/en/quantity/quantities.js';
export { CROWD_RULES } from './rules.js';

/** Every crowd-size claim of the corpus (English), each placed in its gathering. */
export function annotateCrowdClaims(articles: Article[], passages: Passage[], dates: DateMention[]): CrowdClaim[] {
  return annotateCrowdClaimsWith(en, articles, passages, dates);
}

/** The claims the passages of one article give on their own, before the corpus's passes (English). */
export function findPassageCrowdClaims(passages: Passage[]): CrowdClaimFound[] {
  return passages.flatMap((p) => en.findClaims(p));
}

/** The corpus's claims from the passages' own (`found`, in passage order, changed in place), each placed in its gathering (English). */
export function placeCrowdClaims(articles: Article[], passages: Passage[], found: CrowdClaimFound[], dates: DateMention[]): CrowdClaim[] {
  return placeCrowdClaimsWith(en, articles, passages, found, dates);
}
