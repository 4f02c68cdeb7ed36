import type { Article } from '../../corpus/types.js';
import type { Passage } from '../../passages/types.js';
import type { DateMention } from '../dates/types.js';
import type { CrowdClaim, CrowdClaimFound, CrowdEventRef } from './types.js';

/** A locale's crowd-claim reader: claims per passage, the rules over all of them, and their gatherings. */
export interface CrowdConfiguration {
  findClaims(passage: Passage): CrowdClaimFound[];
  refiners: ReadonlyArray<{ refine(claims: CrowdClaimFound[], passages: Passage[]): void }>;
  assignEvents(found: CrowdClaimFound[], articles: Article[], passages: Passage[], dates: DateMention[]): Map<CrowdClaimFound, CrowdEventRef>;
}

/**
 * Every crowd claim of a corpus: each passage's, corrected by the corpus refiners in order, each placed
 * in its gathering. Dates come first: they tell one gathering from another. The relations between claims
 * are read by the event rules and not kept on the claims.
 */
export function annotateCrowdClaimsWith(configuration: CrowdConfiguration, articles: Article[], passages: Passage[], dates: DateMention[]): CrowdClaim[] {
  return placeCrowdClaimsWith(
    configuration,
    articles,
    passages,
    passages.flatMap((p) => configuration.findClaims(p)),
    dates,
  );
}

/**
 * The corpus's passes over the passages' own claims (`found`, in passage order, changed in place): the
 * refiners, then each claim placed in its gathering.
 */
export function placeCrowdClaimsWith(
  configuration: CrowdConfiguration,
  articles: Article[],
  passages: Passage[],
  found: CrowdClaimFound[],
  dates: DateMention[],
): CrowdClaim[] {
  for (const refiner of configuration.refiners) refiner.refine(found, passages);
  const eventOf = configuration.assignEvents(found, articles, passages, dates);
  return found.map((claim) => {
    const { relation: _relation, ...kept } = claim;
    return { ...kept, event: eventOf.get(claim)! };
  });
}
