import { takeFromRelated, type LocateRule } from '../located.js';

export const sameGathering: LocateRule = {
  name: 'same-gathering',
  reason:
    'A figure an aside gives for the count before it ("Hundreds of thousands of people (police: 1.5 million)") takes the day and place found for that count, whatever nearer words its own position would give.',
  apply: (located) => takeFromRelated(located, ({ relation }) => (relation?.kind === 'same-gathering' ? { claim: relation.head } : undefined)),
};
