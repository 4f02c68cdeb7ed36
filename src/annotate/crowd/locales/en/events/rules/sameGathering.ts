import type { CrowdClaimFound } from '../../../../types.js';
import type { LocateRule, Located } from '../located.js';

export const sameGathering: LocateRule = {
  name: 'same-gathering',
  reason:
    'A figure an aside gives for the count before it ("Hundreds of thousands of people (police: 1.5 million)") takes the day and place found for that count, whatever nearer words its own position would give.',
  apply(located) {
    const locatedOf = new Map<CrowdClaimFound, Located>(located.map((l) => [l.claim, l]));
    for (const l of located) {
      const head = l.claim.relation?.kind === 'same-gathering' ? l.claim.relation.head : undefined;
      const of = head && locatedOf.get(head);
      if (of) Object.assign(l, { date: of.date, dateSource: of.dateSource, place: of.place });
    }
  },
};
