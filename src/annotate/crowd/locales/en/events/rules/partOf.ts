import { takeFromRelated, type LocateRule } from '../located.js';

export const partOf: LocateRule = {
  name: 'part-of',
  reason:
    'A part of a larger count at a place of its own ("more than 2 million took part nationwide, including 400,000 in Paris") is about the gathering at that place on the whole\'s day.',
  apply: (located) => takeFromRelated(located, ({ relation }) => (relation?.kind === 'part-of' ? { claim: relation.whole, place: relation.place } : undefined)),
};
