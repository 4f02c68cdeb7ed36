import { describe, expect, it } from 'vitest';
import { listedPlaces, respectivelyPlace } from '../../../../../src/annotate/crowd/locales/en/events/rules/respectivelyPlace.js';
import { article, crowdEventsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

/** [sentence, the places it lists in order] */
const LISTS: Array<[string, string[]]> = [
  ['Peace demonstrations in Washington, D.C., and Madison, Wis., drew 1,500 and 500, respectively.', ['in Washington, D.C.', 'in Madison, Wis.']],
  ['Marches in New York City, Chicago and San Francisco drew 5,000, 3,000 and 2,000, respectively.', ['in New York City', 'in Chicago', 'in San Francisco']],
  // negative: one place and what contains it; no place named
  ['Rallies in Portland, Ore., drew 300 and 400 people, respectively.', []],
  ['The two marches drew 300 and 400 people, respectively.', []],
];

describe('a list of places', () => {
  it.each(LISTS)('%j', (text, expected) => {
    expect(listedPlaces(text).map((p) => p.text)).toEqual(expected);
  });
});

const PAIRED = {
  'a.md': article('2001-09-28', 'On Friday, peace demonstrations in Washington, D.C., and Madison, Wis., drew 1,500 and 500, respectively.'),
};

// negative: figures with no "respectively" stay where the sentence puts them
const NOT_PAIRED = {
  'a.md': article('2001-09-28', 'On Friday, peace demonstrations in Washington, D.C., and Madison, Wis., drew 1,500 and 500.'),
};

describe('the locate rule respectively-place', () => {
  it('puts each figure at the place of its rank', async () => {
    const expected = ['1,500 → demonstration in Washington, D.C. @ 2001-09-28', '500 → demonstration in Madison, Wis. @ 2001-09-28'];
    expect(await crowdEventsOf(PAIRED)).toEqual(expected);
    expect(await crowdEventsOf(PAIRED, eventRulesWithout(respectivelyPlace))).not.toEqual(expected);
  });

  it('leaves figures no "respectively" pairs with places', async () => {
    expect(await crowdEventsOf(NOT_PAIRED)).toEqual(await crowdEventsOf(NOT_PAIRED, eventRulesWithout(respectivelyPlace)));
  });
});
