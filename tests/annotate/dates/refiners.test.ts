import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/annotate/dates/index.js';
import * as chrono from 'chrono-node';
import { calendarCandidates, trimPhrase, type CalendarCandidate, type CalendarRefiner } from '../../../src/annotate/dates/locales/en/chronoCandidates.js';
import { CALENDAR_REFINERS } from '../../../src/annotate/dates/locales/en/index.js';
import { bareMonthNeedsCue } from '../../../src/annotate/dates/locales/en/refiners/bareMonthNeedsCue.js';
import { eventRelative } from '../../../src/annotate/dates/locales/en/refiners/eventRelative.js';
import { figuresNeedYear } from '../../../src/annotate/dates/locales/en/refiners/figuresNeedYear.js';
import { inAddress } from '../../../src/annotate/dates/locales/en/refiners/inAddress.js';
import { monthAsWord } from '../../../src/annotate/dates/locales/en/refiners/monthAsWord.js';
import { namedDay } from '../../../src/annotate/dates/locales/en/refiners/namedDay.js';
import { offsetWord } from '../../../src/annotate/dates/locales/en/refiners/offsetWord.js';
import { relativeOrNow } from '../../../src/annotate/dates/locales/en/refiners/relativeOrNow.js';
import { clockTime } from '../../../src/annotate/dates/locales/en/refiners/clockTime.js';
import { stampLine } from '../../../src/annotate/dates/locales/en/refiners/stampLine.js';
import { weekdayAbbreviationAsWord } from '../../../src/annotate/dates/locales/en/refiners/weekdayAbbreviationAsWord.js';
import { weekdayInName } from '../../../src/annotate/dates/locales/en/refiners/weekdayInName.js';
import { weekdayOfAKind } from '../../../src/annotate/dates/locales/en/refiners/weekdayOfAKind.js';
import { weekendNoDay } from '../../../src/annotate/dates/locales/en/refiners/weekendNoDay.js';
import { dateInName } from '../../../src/annotate/dates/locales/en/refiners/dateInName.js';
import { windowBound } from '../../../src/annotate/dates/locales/en/refiners/windowBound.js';

/** [sentence, the phrases chrono-node reads there that this refiner drops] */
type Row = [string, string[]];

const THU = '2020-01-02';

/**
 * What chrono-node reads in a sentence with every one of its casual parsers (as when a release moves the
 * calendar parsers, src/text/chronoParsers.ts), trimmed as the calendar parser trims it: the refiners
 * must hold against all of it.
 */
function casualCandidates(text: string): CalendarCandidate[] {
  const sentence = { text, published: THU };
  return chrono.casual.parse(text).flatMap((result) => {
    const span = trimPhrase(text, result.index, result.index + result.text.length);
    return span ? [{ sentence, result, ...span, phrase: text.slice(span.start, span.end) }] : [];
  });
}

const TABLES: Array<[CalendarRefiner, Row[]]> = [
  [
    inAddress,
    [
      // a web address's path written into a post's text (Dragnet development pages of 2012: a daily briefing's links)
      ['Listen here. http://www.albertmohler.com/2012/11/07/the-briefing-11-07-12/', ['2012/11/07', '11-07-12']],
      ['Read it here. www.example.org/news/2008/01/14/story.html', ['2008/01/14']],
      ['(via example.com/2012/11/07/a-post)', ['2012/11/07']],
      // negative: a date in figures in a sentence, a date beside an address, a sentence's slash
      ['The vote is on 11/07/2012.', []],
      ['The board met on 2012/11/07 in Paris.', []],
      ['The report, at http://www.example.org/report, was published on 11/07/2012.', []],
    ],
  ],
  [
    eventRelative,
    [
      ['Three days before Friday, the militia met.', ['Three days before Friday']],
      ['They met two days later.', ['two days later']],
      // negative: a weekday of its own
      ['They met three days ago on Friday.', []],
    ],
  ],
  [
    relativeOrNow,
    [
      ['The embassy is open now.', ['now']],
      ['In 3 days the vote.', ['3 days']],
      ['Last Friday, the talks ended.', []],
    ],
  ],
  [
    offsetWord,
    [
      ['He left tonight at 10.', ['tonight at 10']],
      ['The day after Friday they met.', ['day after Friday']],
      ['Last Friday, the talks ended.', []],
    ],
  ],
  [
    monthAsWord,
    [
      ['Thousands march on Friday.', ['march']],
      ['Thousands march on the embassy every may 5.', ['march', 'may 5']],
      // negative: the month, capitalised
      ['Thousands marched in March.', []],
    ],
  ],
  [
    bareMonthNeedsCue,
    [
      ["Iraq's March elections were delayed.", ['March']],
      ['His daughter, May, said the talks had failed.', ['May']],
      // negative: after a time word, or with a day
      ['The talks failed in May.', []],
      ['The talks failed on May 3.', []],
    ],
  ],
  [
    figuresNeedYear,
    [
      ['The vote was 1/2.', ['1/2']],
      ['Police said on Friday the vote was 2/3.', ['2/3']],
      // negative: figures with their year
      ['The vote on 1/24/2020 was close.', []],
    ],
  ],
  [
    namedDay,
    [
      ['Crowds gathered on Good Friday.', ['Friday']],
      ['On Black Friday, shops opened.', ['Friday']],
      ['Crowds gathered on Friday.', []],
    ],
  ],
  [
    weekdayAbbreviationAsWord,
    [
      ['But the man sat before me today was relaxed.', ['sat']],
      ['Its sun-drenched beaches drew tourists.', ['sun']],
      ['The Sun reported the raid.', ['Sun']],
      // negative: a weekday in full, a shortened one with its period, a weekday before its date
      ['The march is on Sat. and the rally on Sun.', []],
      ['Crowds gathered on Saturday.', []],
      ['The vote was held on Wed., March 4.', []],
      // abbreviation-after-name: after a capitalised word the period ends the sentence (L3S-GN1 pages of 2008)
      ['It is unclear whether he used his defence at the hearing, reports Herald Sun.', ['Sun']],
      ['The player later told The Sun.', ['Sun']],
    ],
  ],
  [
    stampLine,
    [
      // the page's own stamp left in the text (2008 pages of the L3S-GN1 collection: Planet-F1, a blog's "Posted in")
      ['Tuesday 8th January 2008', ['Tuesday 8th January 2008']],
      ['Posted in Sony, News, PSP, Skype by Darrin Olson on January 7th, 2008', ['January 7th, 2008']],
      ['Friday, December 28, 2007', ['Friday, December 28, 2007']],
      ['Last Updated: 9th January 2008 10:46 GMT', ['9th January 2008 10:46 GMT']],
      // a byline or a time before it (fresh7's UndercoverHD and Dallas Morning News stamps)
      ['by Tim Cashmere - January 16 2008', ['January 16 2008']],
      ['10:02 AM CST on Friday, December 28, 2007', ['10:02 AM CST on Friday, December 28, 2007']],
      // a 2012 blog theme's "Written" stamp, its writer and section after the date (Dragnet development pages: Bleeding Cool, Jetson Green)
      ['Written on August 9, 2012 by  in Comics', ['August 9, 2012']],
      ['Written by Philip Proefrock on 19/10/12', ['19/10/12']],
      ['Posted on November 6, 2012 by Marius Nestor', ['November 6, 2012']],
      // negative: a date in a sentence of reporting, a date without its year, a stamp's label before a sentence
      ['On January 7, 2008, police arrested 12 people.', []],
      ['The vote is on Tuesday 8th January 2008.', []],
      ['January 7, 2008: Police arrest 12 protesters.', []],
      ['Published on January 7, 2008, the report found flaws in the plan.', []],
      ['Tuesday, January 8', []],
      ['Police were led by the chief on January 16 2008.', []],
      ['The law was written on March 5, 2012 by Congress.', []],
      ['March 5, 2012 by a vote of 5-4, the council approved the plan.', []],
    ],
  ],
  [
    weekendNoDay,
    [
      // chrono-node reads "weekend" as a Saturday: unlabelled reports (a golfer, evidence taken "over the weekend") and fresh6's Socialist Worker
      ['Forensic evidence was taken from him over the weekend, the lawyer said.', ['weekend']],
      ['It was the sort of thing a weekend golfer wears.', ['weekend']],
      ['Activists protested in New York the weekend of February 2.', ['weekend']],
      // negative: a weekday, a weekday of a weekend, a date
      ['Crowds gathered on Saturday.', []],
      ['Crowds gathered on Saturday, February 2.', []],
    ],
  ],
  [
    clockTime,
    [
      // (chrono-node's full casual parser reads "7.30-9.00 pm" as times; its calendar parsers as a date, tested below)
      ['The programme ran 18.00-20.30 GMT.', []],
      // negative: a date in figures with its year, and one before a time of its own
      ['The vote was held on 30-9-2014.', []],
      ['The vote was held on 30.9.2014 at 9pm.', []],
    ],
  ],
];

const WEEKDAY_IN_NAME: Array<[CalendarRefiner, Row[]]> = [
  [
    weekdayInName,
    [
      ['The Sunday Times wants to recover its costs.', ['Sunday']],
      ['He leaked the papers to the Sunday Telegraph, which ran them.', ['Sunday']],
      ['Mr Taylor told the Mail on Sunday that he was innocent.', ['Sunday']],
      ['The Independent on Sunday reported the leak.', ['Sunday']],
      ['She gave an extraordinary Saturday Night Live performance.', ['Saturday Night']],
      // negative: a preposition or a modifier says it is the day, or no name follows
      ['On Sunday The Times reported the leak.', []],
      ['The President on Sunday said he would veto the bill.', []],
      ['Police said Sunday that 20 people were held.', []],
      ['Clashes erupted Monday Night in the capital.', []],
      ['The vote is on Sunday March 3.', []],
      ['Last Friday President Obama signed the bill.', []],
      ['The Friday prayers drew thousands.', []],
    ],
  ],
];
TABLES.push(...WEEKDAY_IN_NAME);

const NAMES_AND_KINDS: Array<[CalendarRefiner, Row[]]> = [
  [
    dateInName,
    [
      ['In Chicago, March 10 Committee organizers held a rally.', ['March 10']],
      ['The April 6 Youth Movement called a strike.', ['April 6']],
      // negative: a date before a lowercase word or another capitalised word is a day
      ['The committee met on March 10 and voted.', []],
      ['On March 10 Committee members walked out.', ['March 10']],
      ['On March 10 Police Chief Roe resigned.', []],
    ],
  ],
  [
    windowBound,
    [
      ['He is accused of abusing a boy sometime between Nov. 28, 2005, and Oct. 12, 2006.', ['Nov. 28, 2005', 'Oct. 12, 2006']],
      ['The thefts took place between March 3 and June 9.', ['March 3', 'June 9']],
      // negative: two days of one month, two dates not joined by "between … and"
      ['Voting took place between March 3 and March 5.', []],
      ['He was arrested on Nov. 28, 2005, and charged on Oct. 12, 2006.', []],
    ],
  ],
  [
    weekdayOfAKind,
    [
      ['Haley became a regular on the Sunday political talk shows.', ['Sunday']],
      ['He read it in the Saturday papers.', ['Saturday']],
      // negative: a weekday with its happening, or shows told of one day
      ['The Sunday march drew thousands.', []],
      ['On Sunday shows were cancelled across the city.', []],
      ['She spoke on the talk shows on Sunday.', []],
    ],
  ],
];
TABLES.push(...NAMES_AND_KINDS);

describe.each(TABLES.map(([refiner, rows]) => [refiner.name, refiner, rows] as const))('the calendar refiner %s', (_name, refiner, rows) => {
  it.each(rows)('%j: drops %j', (text, dropped) => {
    expect(
      casualCandidates(text)
        .filter((c) => refiner.drops(c))
        .map((c) => c.phrase),
    ).toEqual(dropped);
    const kept = findDates(text, THU).map((d) => d.text);
    for (const phrase of dropped) expect(kept).not.toContain(phrase);
  });
});

describe('the calendar parser with its refiners', () => {
  it("reads with chrono-node's calendar parsers only, so the refiners of relative phrases drop nothing there", () => {
    for (const text of ['Three days before Friday, the militia met.', 'The embassy is open now.', 'He left tonight at 10.']) {
      const candidates = calendarCandidates({ text, published: THU });
      expect(candidates.filter((c) => CALENDAR_REFINERS.some((r) => r.drops(c))).map((c) => c.phrase)).toEqual([]);
    }
  });

  it('asks every refiner, each named once with a one-sentence reason', () => {
    expect(CALENDAR_REFINERS.map((r) => r.name)).toEqual([
      'in-address',
      'event-relative',
      'relative-or-now',
      'offset-word',
      'month-as-word',
      'bare-month-needs-cue',
      'figures-need-year',
      'named-day',
      'weekday-abbreviation-as-word',
      'weekday-in-name',
      'weekday-of-a-kind',
      'weekend-no-day',
      'date-in-name',
      'window-bound',
      'clock-time',
      'stamp-line',
    ]);
    for (const r of CALENDAR_REFINERS) expect(r.reason).toMatch(/^[A-Z"].*\.$/);
  });
});

describe("the clock-time refiner on the calendar parsers' reading", () => {
  it('drops the figures of "7.30-9.00 pm" read as a day and a month, and keeps a date in figures with its year', () => {
    const candidates = (text: string) => calendarCandidates({ text, published: THU });
    expect(candidates('Newsnight, BBC Two, 7.30-9.00 pm').map((c) => [c.phrase, clockTime.drops(c)])).toEqual([['30-9.00', true]]);
    expect(findDates('Newsnight, BBC Two, 7.30-9.00 pm', THU)).toEqual([]);
    expect(candidates('The vote was held on 30-9-2014.').map((c) => [c.phrase, clockTime.drops(c)])).toEqual([['30-9-2014', false]]);
  });
});
