import { describe, expect, it } from 'vitest';
import { severalGatherings } from '../../../../src/annotate/crowd/locales/en/events/rules/severalGatherings.js';
import { article, crowdEventIdsOf, eventRulesWithout } from '../../../support/crowdEvents.js';

const TWO_MARCHES = {
  'a.md': article(
    '2023-09-04',
    'In Morvale, thousands turned out for two marches on Saturday.\n\n-- In Morvale, approximately 3,500 people marched through downtown to the city hall on Saturday.',
  ),
};
const ALL_CAMPUSES = {
  'a.md': article(
    '2023-04-18',
    'THOUSANDS of service workers walked out on April 14 for a one-day strike on all five Daleport State (DS) campuses.\n\nAt DS-Northfield, mass pickets of over 1,000 workers lined the entrances on April 14.',
  ),
};
const DAYS_OF_ACTION = {
  'a.md': article(
    '2023-03-24',
    'The mass mobilization reached a new high with two nationwide days of action involving millions of people.\n\nOn March 16, 500,000 students marched in Morvale.',
  ),
};
const FROM_CITIES = {
  'a.md': article('2023-09-04', 'About 5,000 people from 40 cities marched in Morvale on Saturday.\n\nLater, 2,000 people rallied in Morvale on Saturday.'),
};
const MILES = {
  'a.md': article('2023-09-04', 'Hundreds marched two miles to the city hall in Morvale on Saturday.\n\nSome 400 people rallied in Morvale on Saturday.'),
};
const ONE_OF_THREE = {
  'a.md': article(
    '2023-09-04',
    'In Morvale, 900 people turned out on Saturday for one of three rallies.\n\nThe rally in Morvale drew 1,200 people on Saturday.',
  ),
};
const TOTAL_ATTENDANCE = {
  'a.md': article(
    '2023-09-04',
    'The revival ran from August 15 to September 3 with a total attendance of 920,927 at the Morvale stadium. On Sunday, September 3, a crowd of 134,254 filled the Morvale stadium.',
  ),
};
const A_TOTAL_OF = {
  'a.md': article('2023-09-04', 'A total of 5,000 people marched in Morvale on Saturday.\n\nThe crowd of 5,000 in Morvale on Saturday was peaceful.'),
};

describe('the day rule several-gatherings', () => {
  // [story, files, each claim's gathering id, whether the rule decides]
  const rows: Array<[string, Record<string, string>, string[], boolean]> = [
    ['"for two marches", and one of them', TWO_MARCHES, ['thousands → 2023-09-02:morvale#2', 'approximately 3,500 → 2023-09-02:morvale'], true],
    ['"on all five … campuses", and one campus', ALL_CAMPUSES, ['THOUSANDS → 2023-04-14:unplaced', 'over 1,000 → 2023-04-14:northfield'], true],
    ['"two days of action involving millions", and one day', DAYS_OF_ACTION, ['millions → 2023-03-16:unplaced', '500,000 → 2023-03-16:morvale'], true],
    // negative: where the people came from, a distance, a part of the gatherings
    ['"from 40 cities"', FROM_CITIES, ['About 5,000 → 2023-09-02:morvale', '2,000 → 2023-09-02:morvale'], false],
    ['"two miles"', MILES, ['Hundreds → 2023-09-02:morvale', 'Some 400 → 2023-09-02:morvale'], false],
    ['"a total attendance of", and its last day', TOTAL_ATTENDANCE, ['920,927 → 2023-09-03:morvale#2', '134,254 → 2023-09-03:morvale'], true],
    // negative: "a total of" one crowd
    ['"a total of 5,000 people"', A_TOTAL_OF, ['5,000 → 2023-09-02:morvale', '5,000 → 2023-09-02:morvale'], false],
    ['"one of three rallies"', ONE_OF_THREE, ['900 → 2023-09-02:morvale', '1,200 → 2023-09-02:morvale'], false],
  ];
  it.each(rows)('%s', async (_story, files, expected, matters) => {
    expect(await crowdEventIdsOf(files)).toEqual(expected);
    const without = await crowdEventIdsOf(files, eventRulesWithout(severalGatherings));
    if (matters) expect(without).not.toEqual(expected);
    else expect(without).toEqual(expected);
  });
});
