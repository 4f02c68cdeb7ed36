import type { CrowdClaimFound } from '../../../../types.js';
import type { LocateRule, Located } from '../located.js';

export const partOf: LocateRule = {
  name: 'part-of',
  reason:
    'A part of a larger count at a place of its own ("more than 2 million took part nationwide, including 400,000 in Paris") is about the gathering at that place on the whole\'s day.',
  apply(located) {
    const locatedOf = new Map<CrowdClaimFound, Located>(located.map((l) => [l.claim, l]));
    for (const l of located) {
      const part = l.claim.relation?.kind === 'part-of' ? l.claim.relation : undefined;
      const of = part && locatedOf.get(part.whole);
      if (of) Object.assign(l, { date: of.date, dateSource: of.dateSource, place: part.place });
    }
  },
};
