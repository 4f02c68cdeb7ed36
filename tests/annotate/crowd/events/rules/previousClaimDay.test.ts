import { describe, expect, it } from 'vitest';
import { previousClaimDay } from '../../../../../src/annotate/crowd/locales/en/events/rules/previousClaimDay.js';
import { article, crowdEventsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

// real paragraphs of Socialist Worker (2002), names and numbers changed: a round-up whose paragraphs are single sentences
const ROUNDUP = {
  'a.md': article(
    '2002-12-13',
    [
      'ANTIWAR ACTIVISTS at the New School University in New York City are turning up the heat on the university president.',
      'On December 4, 1,000 people came to grill the president on his pro-war stance at a public forum organized by antiwar activists.',
      'The forum was the result of a sit-in at his office last month.',
      'About 40 students held up signs demanding that he resign.',
      'More than 600 students marched in Seattle on December 5.',
      'Sixty students from the University of Washington marched to Seattle Central Community College to join students from all over the area.',
    ].join('\n\n'),
  ),
};

// negative: a day written between the dated claim and the undated one opens another happening
const DAY_BETWEEN = {
  'a.md': article(
    '2002-12-13',
    [
      'On December 4, 1,000 people came to a public forum organized by antiwar activists.',
      'On December 5, students walked out in Seattle.',
      'About 40 students held up signs.',
      'More than 600 students marched in Seattle on December 5.',
    ].join('\n\n'),
  ),
};

// negative: a sentence naming a gathering of its own (Socialist Worker, 2001)
const OWN_GATHERING = {
  'a.md': article(
    '2001-09-28',
    [
      'In New York City, more than 2,000 turned out September 14 to Union Square.',
      'On September 21, 5,000 marched from Union Square to Times Square.',
      'At a vigil of 250 people, clergy spoke out against racial profiling.',
    ].join('\n\n'),
  ),
};

describe('the locate rule previous-claim-day', () => {
  it('dates an undated, unplaced claim by the claim its own sentence dates just before it', async () => {
    const expected = [
      '1,000 → gathering @ 2002-12-04',
      'About 40 → gathering @ 2002-12-04',
      'More than 600 → march in Seattle @ 2002-12-05',
      'Sixty → march in Seattle @ 2002-12-05',
    ];
    expect(await crowdEventsOf(ROUNDUP)).toEqual(expected);
    expect(await crowdEventsOf(ROUNDUP, eventRulesWithout(previousClaimDay))).not.toEqual(expected);
  });

  it('leaves a claim whose sentence names a gathering of its own to the other rules', async () => {
    expect(await crowdEventsOf(OWN_GATHERING)).toEqual(await crowdEventsOf(OWN_GATHERING, eventRulesWithout(previousClaimDay)));
  });

  it('leaves a claim after a day written between to the other rules', async () => {
    expect(await crowdEventsOf(DAY_BETWEEN)).toEqual(await crowdEventsOf(DAY_BETWEEN, eventRulesWithout(previousClaimDay)));
  });
});
