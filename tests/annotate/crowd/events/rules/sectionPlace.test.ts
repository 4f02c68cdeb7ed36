import { describe, expect, it } from 'vitest';
import { datelinePlace, sectionPlace } from '../../../../../src/annotate/crowd/locales/en/events/rules/sectionPlace.js';
import { article, crowdEventsOf, eventRulesWithout } from '../../../../support/crowdEvents.js';

/** [paragraph, the dateline's place as the label writes it, or null] */
const DATELINES: Array<[string, string | null]> = [
  ["PRINCE GEORGE'S COUNTY, Md.--More than 150 teachers, students and parents showed up at a rally in June.", "in Prince George's County, Md."],
  ['SAN FRANCISCO--More than 150 people rallied on the steps of City Hall.', 'in San Francisco'],
  ['LONDON (Reuters) — Thousands marched on Saturday.', 'in London'],
  // a page that lost the dash after the container keeps a hyphen before the first word
  ['AUSTIN, Texas-George W. Bush returned to the state where he launched his political career to find angry protesters.', 'in Austin, Texas'],
  // negative: capitals that open a sentence, a dash inside a sentence, an aside after a lower-case word
  ['TENS OF thousands of public school teachers clashed with riot police.', null],
  ['Hundreds of people--then thousands--turned out.', null],
  ['The protest--BioJustice 2001--will bring together activists.', null],
  // negative: a hyphenated compound of capitals opening a sentence
  ['U.S.-Mexico talks drew 300 protesters.', null],
  ['NEW YORK-BASED activists marched.', null],
];

describe('a dateline opening a paragraph', () => {
  it.each(DATELINES)('%j', (text, expected) => {
    expect(datelinePlace(text)?.text ?? null).toBe(expected);
  });
});

// A round-up of reports, each opening with a dateline; the claims name no specific place of their own.
const ROUNDUP = {
  'a.md': article(
    '2001-06-22',
    [
      "PRINCE GEORGE'S COUNTY, Md.--More than 150 teachers, students and parents showed up at a rally to protest budget cuts.",
      'SAN FRANCISCO--More than 150 people rallied on the steps of City Hall.',
      'SEATTLE--About 300 people attended a community meeting called by the coalition.',
    ].join('\n\n'),
  ),
};

// One report with a single dateline: no round-up, the dateline opens no section.
const ONE_DATELINE = {
  'a.md': article(
    '2001-06-22',
    ['SEATTLE--About 300 people attended a community meeting called by the coalition.', 'Later, 500 people rallied in Tacoma.'].join('\n\n'),
  ),
};

describe('the section-place rule in a round-up written by datelines', () => {
  it("places each claim in its dateline's place, a gathering apart from the others", async () => {
    expect(await crowdEventsOf(ROUNDUP)).toEqual([
      "More than 150 → rally in Prince George's County, Md. @ 2001-06-22",
      'More than 150 → rally in San Francisco @ 2001-06-22',
      'About 300 → gathering in Seattle @ 2001-06-22',
    ]);
  });

  it('leaves them to join one gathering without the rule', async () => {
    const events = await crowdEventsOf(ROUNDUP, eventRulesWithout(sectionPlace));
    expect(new Set(events.map((e) => e.split(' → ')[1])).size).toBeLessThan(3);
  });

  it('reads no section from a lone dateline', async () => {
    expect(await crowdEventsOf(ONE_DATELINE)).toEqual(['About 300 → rally in Tacoma @ 2001-06-22', '500 → rally in Tacoma @ 2001-06-22']);
  });
});
