import { describe, expect, it } from 'vitest';
import { placeAfterFigure } from '../../../../../src/annotate/crowd/locales/en/events/rules/placeAfterFigure.js';
import { article, crowdEventsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

// real sentences of Socialist Worker (2007, 2006), dated by their page
const LISTED = {
  'a.md': article('2007-02-02', 'Protests drew 5,000 in Los Angeles, 2,000 in San Diego and 1,000 in Austin, Texas.'),
};
const GATHERED = {
  'a.md': article(
    '2006-04-14',
    'Some 15,000 gathered in Los Angeles, 6,000 in Chicago, up to 10,000 in Seattle, and thousands more in Denver and other cities.',
  ),
};

// negative: one figure with a place after it
const ONE_PLACE = {
  'a.md': article('2007-02-02', 'Nearly 10,000 marched in San Francisco, taking the protest to a longshore picket line.'),
};

describe('the locate rule place-after-figure', () => {
  it('puts each figure of a list at the place written after it', async () => {
    const expected = ['5,000 → protest in Los Angeles @ 2007-02-02', '2,000 → protest in San Diego @ 2007-02-02', '1,000 → protest in Austin @ 2007-02-02'];
    expect(await crowdEventsOf(LISTED)).toEqual(expected);
    expect(await crowdEventsOf(LISTED, eventRulesWithout(placeAfterFigure))).not.toEqual(expected);
  });

  it('reads the list after a first figure placed by its verb', async () => {
    const expected = [
      'Some 15,000 → gathering in Los Angeles @ 2006-04-14',
      '6,000 → gathering in Chicago @ 2006-04-14',
      'up to 10,000 → gathering in Seattle @ 2006-04-14',
    ];
    expect(await crowdEventsOf(GATHERED)).toEqual(expected);
    expect(await crowdEventsOf(GATHERED, eventRulesWithout(placeAfterFigure))).not.toEqual(expected);
  });

  it('leaves a sentence with one placed figure to the other rules', async () => {
    expect(await crowdEventsOf(ONE_PLACE)).toEqual(await crowdEventsOf(ONE_PLACE, eventRulesWithout(placeAfterFigure)));
  });
});
