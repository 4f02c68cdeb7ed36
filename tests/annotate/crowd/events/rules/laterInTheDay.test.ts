import { describe, expect, it } from 'vitest';
import { laterInTheDay } from '../../../../../src/annotate/crowd/locales/en/events/rules/laterInTheDay.js';
import { article, crowdEventIdsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

// Socialist Worker, April 7, 2006: a march, then a screening that night, one sentence-sized passage after the other
const MARCH_THEN_SCREENING = {
  'a.md': article(
    '2006-04-07',
    'On March 25, the Campaign to End the Death Penalty organized a march to the Bastrop County Courthouse. Some 75 people took part, chanting "Let the new evidence show his innocence." That night, a documentary, which shows the many discrepancies in the case, was shown to around 100 people at the local Boys and Girls Club.',
  ),
};

// Socialist Worker, October 2006: a press conference, then a service later in the day, the count in the paragraph after
const CONFERENCE_THEN_SERVICE = {
  'a.md': article(
    '2006-10-06',
    [
      'In Chicago on September 30, organizers held a rally in front of the Social Security Administration building.',
      'Martín Unzueta led the press conference and asked the 60 workers, union and community activists to vote for a boycott.',
      'Later in the day, an interfaith service was held in Chicago to call for a moratorium on the deportations.',
      'Nearly 100 people from the community came out to show their support for Arellano.',
    ].join('\n\n'),
  ),
};

// negative: the later hour goes on with the gathering told before ("the crowd")
const CROWD_SWELLED = {
  'a.md': article(
    '2006-10-06',
    'In Chicago on September 30, about 2,000 people marched downtown. That evening, the crowd swelled to 5,000 as workers joined it.',
  ),
};

describe('the day rule later-in-the-day', () => {
  // [story, files, each claim's gathering id, whether the rule decides]
  const rows: Array<[string, Record<string, string>, string[], boolean]> = [
    [
      'a march, then a screening that night',
      MARCH_THEN_SCREENING,
      ['Some 75 → 2006-03-25:bastrop+county+courthouse', 'around 100 → 2006-03-25:bastrop+county+courthouse#2'],
      true,
    ],
    ['a press conference, then a service later in the day', CONFERENCE_THEN_SERVICE, ['60 → 2006-09-30:unplaced', 'Nearly 100 → 2006-09-30:unplaced#2'], true],
    ['a crowd that swelled that evening', CROWD_SWELLED, ['about 2,000 → 2006-09-30:chicago', '5,000 → 2006-09-30:chicago'], false],
  ];
  it.each(rows)('%s', async (_story, files, expected, matters) => {
    expect(await crowdEventIdsOf(files)).toEqual(expected);
    const without = await crowdEventIdsOf(files, eventRulesWithout(laterInTheDay));
    if (matters) expect(without).not.toEqual(expected);
    else expect(without).toEqual(expected);
  });
});
