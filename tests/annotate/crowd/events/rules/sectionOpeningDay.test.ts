import { describe, expect, it } from 'vitest';
import { sectionOpeningDay } from '../../../../../src/annotate/crowd/locales/en/events/rules/sectionOpeningDay.js';
import { article, crowdEventsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

// fresh4's union round-up: a dateline's sentence dates its section's convention; the other sections' rallies are days later
const ROUNDUP = {
  'a.md': article(
    '2004-05-28',
    [
      'SAN DIEGO--The union local, which represents 8,500 county workers, held its convention here May 15.',
      'In the end, about 200 people attended the convention.',
      'OAKLAND--Workers rallied on May 20 at the hospital.',
      'About 300 workers marched to the hospital.',
      'SEATTLE--More than 200 union members gathered at the Federal Building on May 20.',
    ].join('\n\n'),
  ),
};

// A heading naming a day alone opens no dated section: only a dateline's sentence dates one
const DAY_HEADINGS = {
  'a.md': article(
    '2002-02-08',
    [
      'Thursday, January 31',
      'The indoor rally draws a crowd of 400, and 1,000 people march on a store.',
      'Friday, February 1',
      'More than 400 people attend the evening panel.',
    ].join('\n\n'),
  ),
};

describe('the locate rule section-opening-day', () => {
  it("dates a section's undated claims by the day of the sentence opening with its dateline", async () => {
    expect(await crowdEventsOf(ROUNDUP)).toEqual([
      'about 200 → gathering in San Diego @ 2004-05-15',
      'About 300 → march to the hospital in Oakland @ 2004-05-20',
      'More than 200 → gathering at the Federal Building in Seattle @ 2004-05-20',
    ]);
  });

  it("leaves the convention on the article's usual day without the rule", async () => {
    const [convention] = await crowdEventsOf(ROUNDUP, eventRulesWithout(sectionOpeningDay));
    expect(convention).toBe('about 200 → gathering in San Diego @ 2004-05-20');
  });

  it('reads no day from a heading that names a day alone', async () => {
    const without = await crowdEventsOf(DAY_HEADINGS, eventRulesWithout(sectionOpeningDay));
    expect(await crowdEventsOf(DAY_HEADINGS)).toEqual(without);
  });
});
