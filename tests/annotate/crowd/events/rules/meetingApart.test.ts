import { describe, expect, it } from 'vitest';
import { meetingApart } from '../../../../../src/annotate/crowd/locales/en/events/rules/meetingApart.js';
import { article, crowdEventIdsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

const VIGIL_THEN_MEETING = {
  'a.md': article(
    '2001-09-28',
    'In Morvale, nearly 1,000 people took part in a silent vigil for peace on Friday, and 300 stayed for an organizing meeting to plan the launch of a citywide coalition.',
  ),
};

const MEETING_THEN_MARCH = {
  'a.md': article(
    '2004-05-28',
    'In Morvale on May 15, though the meeting dwindled to 125 by the end, about 25 people spontaneously participated in the ad-hoc march.',
  ),
};

// negative: a march and a rally of one sentence are one gathering
const MARCH_AND_RALLY = {
  'a.md': article('2004-05-28', 'In Morvale on May 15, some 5,000 people marched to the square, where the rally grew to 8,000.'),
};

describe('the day rule meeting-apart', () => {
  // [story, files, each claim's gathering id, whether the rule decides]
  const rows: Array<[string, Record<string, string>, string[], boolean]> = [
    ['a vigil, then a meeting', VIGIL_THEN_MEETING, ['nearly 1,000 → 2001-09-28:morvale', '300 → 2001-09-28:morvale#2'], true],
    ['a meeting, then a march', MEETING_THEN_MARCH, ['125 → 2004-05-15:morvale', 'about 25 → 2004-05-15:morvale#2'], true],
    ['a march and its rally', MARCH_AND_RALLY, ['some 5,000 → 2004-05-15:morvale', '8,000 → 2004-05-15:morvale'], false],
  ];
  it.each(rows)('%s', async (_story, files, expected, matters) => {
    expect(await crowdEventIdsOf(files)).toEqual(expected);
    const without = await crowdEventIdsOf(files, eventRulesWithout(meetingApart));
    if (matters) expect(without).not.toEqual(expected);
    else expect(without).toEqual(expected);
  });
});
