import { describe, expect, it } from 'vitest';
import { entryDay } from '../../../../../src/annotate/crowd/locales/en/events/rules/entryDay.js';
import { article, crowdEventIdsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

// fresh5's chronology of a stadium's century, each entry a paragraph opening with its day and a colon
const CHRONOLOGY = {
  'a.md': article(
    '2023-06-26',
    [
      'Oct. 6, 1923: First football game. The home team defeated the visitors 23-7. Attendance: 12,836.',
      'April 18, 1958: First baseball game. The home team won 6-5. Attendance: 78,672, at the time a major league record.',
      'Sept. 8, 1963: The crusade ended on Sunday, September 8, 1963, before a crowd of 134,254 in the stadium.',
    ].join('\n\n'),
  ),
};

// A report whose paragraph opens with a day but no colon: no entry; the article's gathering day dates it
const NO_ENTRY = {
  'a.md': article(
    '2023-09-04',
    [
      'On Saturday, September 2, thousands marched in Morvale.',
      'April 18 was the anniversary of the strike. Some 400 people rallied in Morvale, organisers said.',
    ].join('\n\n'),
  ),
};

describe('the dating rule entry-day', () => {
  it("dates each entry's claims by the day opening its paragraph", async () => {
    expect(await crowdEventIdsOf(CHRONOLOGY)).toEqual(['12,836 → 1923-10-06:unplaced', '78,672 → 1958-04-18:unplaced', '134,254 → 1963-09-08:unplaced']);
  });

  it('leaves the entries on one day without the rule', async () => {
    const ids = await crowdEventIdsOf(CHRONOLOGY, eventRulesWithout(entryDay));
    expect(ids[0]!.split(' → ')[1]!.slice(0, 10)).toBe(ids[1]!.split(' → ')[1]!.slice(0, 10));
  });

  it('reads no entry from a paragraph opening with a day and no colon', async () => {
    expect(await crowdEventIdsOf(NO_ENTRY)).toEqual(['thousands → 2023-09-02:morvale', 'Some 400 → 2023-09-02:morvale']);
  });
});
