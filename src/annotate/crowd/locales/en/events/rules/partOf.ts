import { takeFromRelated, type LocateRule } from '../located.js';

export const partOf: LocateRule = {
  name: 'part-of',
  reason:
    'A part of a larger count at a place of its own ("more than 2 million took part nationwide, including 400,000 in Paris"), or the next item of a list by place written before its figure ("in Braga 1,500"), is about the gathering at that place on the day of the count it follows.',
  apply: (located) => takeFromRelated(located, ({ relation }) => (relation?.kind === 'part-of' ? { claim: relation.whole, place: relation.place } : undefined)),
};
