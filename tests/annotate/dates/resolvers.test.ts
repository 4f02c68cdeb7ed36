import { describe, expect, it } from 'vitest';
import { en } from '../../../src/annotate/dates/locales/en/index.js';
import { apposedDay } from '../../../src/annotate/dates/locales/en/resolvers/apposedDay.js';
import { contextDay } from '../../../src/annotate/dates/locales/en/resolvers/contextDay.js';
import { datedHappening } from '../../../src/annotate/dates/locales/en/resolvers/datedHappening.js';
import { eventOffset } from '../../../src/annotate/dates/locales/en/resolvers/eventOffset.js';
import { historyYear } from '../../../src/annotate/dates/locales/en/resolvers/historyYear.js';
import { narrativeWeekday } from '../../../src/annotate/dates/locales/en/resolvers/narrativeWeekday.js';
import { quotedToday } from '../../../src/annotate/dates/locales/en/resolvers/quotedToday.js';
import { storyWeek } from '../../../src/annotate/dates/locales/en/resolvers/storyWeek.js';
import { annotateDatesWith } from '../../../src/annotate/dates/pipeline.js';
import type { DateResolver } from '../../../src/annotate/dates/types.js';
import { articleOf, articlePassages } from '../../support/annotate.js';

/** [one article's paragraphs of sentences, its publication date, what the resolver adds: "phrase=date"] */
type Row = [string[][], string, string[]];

/** Sentences about other things, so that the words of a happening are rare in the corpus. */
const OTHER_NEWS = [
  'The central bank kept its rates unchanged.',
  'A new stadium opened in the north.',
  'Farmers expect a good harvest.',
  'The museum lent two paintings abroad.',
  'Rail workers won a pay rise.',
  'A storm closed the mountain passes.',
  'The film festival drew record crowds.',
  'Exports of dates rose again.',
];

const TABLES: Array<[DateResolver, Row[]]> = [
  [
    historyYear,
    [
      // A history told in a report of Sunday 14 August 2022: the year written once holds for the year-less dates after it
      [
        [
          ['Mountbatten decided to advance the date to August 15, 1947.', 'He justified it by saying that he did not want bloodshed or riots.'],
          ['Mountbatten chose August 15 as the date of the Indian independence.'],
        ],
        '2022-08-14',
        ['August 15=1947-08-15'],
      ],
      [
        [
          [
            "Japan's emperor Hirohito addressed his country on August 15, 1945, announcing the surrender.",
            'Severely damaged by nuclear bomb attacks on August 6 and 9, Japan was the last of the axis powers to surrender.',
          ],
        ],
        '2022-08-14',
        ['August 6=1945-08-06', '9=1945-08-09'],
      ],
      // a month alone keeps the history going, and takes its year
      [
        [['The date was set on August 15, 1947.', 'I thought it had to be about August or September, and then I went out to August 15.']],
        '2022-08-14',
        ['September=1947-09-01/month', 'August 15=1947-08-15'],
      ],
      // negative: the report comes back to its own time (a weekday), the history is of a recent year, another year is written
      [[['The board was founded on June 1, 1999.', 'On Tuesday, it met again on June 9.']], '2001-06-22', []],
      [[['The law passed on June 1, 2000.', 'Protesters marched on June 9.']], '2001-06-22', []],
      [[['The board was founded on June 1, 1990.', 'In 1995 it split, and on June 9 it voted.']], '2001-06-22', []],
      // negative: a year-less date told as ahead, and one a dozen sentences on
      [[['The union was founded on May 1, 1886.', 'It will march again on May 1.']], '2006-04-20', []],
      [[['The union was founded on May 1, 1886.', ...OTHER_NEWS, ...OTHER_NEWS.slice(0, 5), 'It marched on May 1.']], '2006-05-20', []],
    ],
  ],
  [
    narrativeWeekday,
    [
      // Tuesday 20 February 2024 (fresh5's Namibian): the story told from 3 February runs on to the Sunday after it
      [
        [
          ['He said he and a few other people were called to the hospital on 3 February after five o’clock.'],
          ['He said they were briefed by the medical team.'],
          ['Katjavivi said in the early hours of Sunday morning while still asleep, he received a call that the president had died.'],
        ],
        '2024-02-20',
        ['Sunday=2024-02-04'],
      ],
      // Friday 26 May 2006 (fresh4's roundup): "May 1 … on Tuesday" is the day after May Day
      [
        [
          ['Chevy’s management responded by scheduling every worker for May 1.', 'Eight workers missed their shift and attended the rally.'],
          ['When five of the workers went back to work on Tuesday for their normal shift, not a word was mentioned.'],
        ],
        '2006-05-26',
        ['Tuesday=2006-05-02'],
      ],
      // negative: a weekday of a saying, a happening known already ("Friday's march"), a day of a "since", the lead's own
      // day, a weekday within a week of the day told, one too many sentences on
      [[['Workers were fired on May 1.', 'The union said Tuesday it would sue.']], '2006-05-26', []],
      [[['Workers were fired on May 1.', 'Police were present at Tuesday’s march.']], '2006-05-26', []],
      [[['Tension has grown since a strike killed him on May 1.', 'Crowds gathered on Tuesday.']], '2006-05-26', []],
      [[['Crowds gathered on Tuesday.', 'Workers were fired on May 1.', 'More people gathered on Tuesday.']], '2006-05-26', []],
      [[['Workers were fired on May 20.', 'Crowds gathered on Tuesday.']], '2006-05-26', []],
      // thing-day-no-anchor: a day that names a thing ("the Oct. 7 attack", "a May 1 letter") is no day the story is told from
      [[['He is seen as the mastermind behind the devastating Oct. 7 attack.', 'He was named leader on Tuesday.']], '2024-08-08', []],
      [[['Workers read out a May 1 letter from the owners.', 'Five of them went back to work on Tuesday.']], '2006-05-26', []],
      [[['Workers were fired on May 1.', ...OTHER_NEWS.slice(0, 4), 'Crowds gathered on Tuesday.']], '2006-05-26', []],
      // narrative-span: a day told months before publication carries no story on to a bare weekday (an L3S-GN1 BBC
      // report of Tuesday 4 December 2007)
      [
        [
          [
            'The five men were seized on 29 May from the finance ministry building.',
            'The tape is in Arabic and was broadcast on Al-Arabiya television on Tuesday.',
          ],
        ],
        '2007-12-04',
        [],
      ],
      // negative: a weekday read as ahead or nearest (fresh5's Daily Herald, Wednesday 8 November 2023)
      [
        [['The strike began on July 14.', 'The union said details would be made public after a meeting on Friday where board members review the contract.']],
        '2023-11-08',
        [],
      ],
    ],
  ],
  [
    datedHappening,
    [
      // Wednesday 14 January 2015
      [[['She was arrested the day after the Dec. 30 shooting.']], '2015-01-14', ['the day after=2014-12-31']],
      [[['He slept badly the night before his Jan. 6 hearing.']], '2015-01-14', ['the night before=2015-01-05']],
      // words that describe the happening between its determiner and its date (Friday 26 May 2006)
      [[['The four were fired by Quincy police the day before the massive May Day rallies.']], '2006-05-26', ['the day before=2006-04-30']],
      // negative: a word of a name in capitals between them is no description
      [[['She was arrested the day after the Blue Dec. 30 shooting.']], '2015-01-14', []],
      // negative: no date right after the happening's determiner, a day told alone
      [[['She was arrested the day after the shooting on Dec. 30.']], '2015-01-14', []],
      [[['The shooting was on Dec. 30.', 'She was arrested the day after, police said.']], '2015-01-14', []],
    ],
  ],
  [
    quotedToday,
    [
      // A report of Monday 31 December 2007 on a service held yesterday: a mourner's "today" is the day of the service
      [
        [['Some 100 men and women gathered yesterday at a solemn religious ceremony.'], ['"I had to take it out today, to honor her memory," she said.']],
        '2007-12-31',
        ['today=2007-12-30'],
      ],
      // A game report of Monday 14 January 2008 on Sunday's game: the coach's "today" after it
      [[['Toronto beat the Nets on Sunday.'], ['"I think with a win today, our players grew up," the coach said.']], '2008-01-14', ['today=2008-01-13']],
      // A lead that names the day before publication after an earlier day (a death on Thursday 27 December, a service yesterday)
      [
        [['Mourners recalled Bhutto, killed on Dec. 27, at a service yesterday.'], ['"I had to take it out today," she said.']],
        '2007-12-31',
        ['today=2007-12-30'],
      ],
      // negative: a sentence that tells the speaker's day (Monday 22 December 2014, a lead on Sunday's shooting)
      [
        [
          ['Two officers were shot dead in Brooklyn yesterday.'],
          ['"There\'s blood on many hands tonight," the union head said at a press conference on Saturday night.'],
        ],
        '2014-12-22',
        [],
      ],
      [
        [
          ['Two officers were shot dead in Brooklyn yesterday.'],
          ['"We are a wartime police department," the union head said at a press conference on Saturday night.', '"There\'s blood on many hands tonight."'],
        ],
        '2014-12-22',
        [],
      ],
      // negative: the report's own "tonight", outside a quotation, is its publication day
      [[['Toronto beat the Nets on Sunday.'], ['The Raptors play Boston tonight.']], '2008-01-14', []],
      // negative: a report that opens on its own day, or on a day further back
      [[['Ministers met today in Brussels.'], ['"We agreed today on the budget," one said.']], '2008-01-14', []],
      [[['Toronto beat the Nets on Friday.'], ['"I think with a win today, our players grew up," the coach said.']], '2008-01-14', []],
      // negative: a quoted "today" meaning the present era
      [[['Toronto beat the Nets on Sunday.'], ['"The league today is faster than ever," the coach said.']], '2008-01-14', []],
    ],
  ],
  [
    storyWeek,
    [
      // A weekly dated Friday 22 March 2002 that opens on last week (11-17 March): its Thursday is the 14th, not the 21st
      [
        [['People from across Europe gathered in Barcelona last week.'], ['The week was capped by two big protests.', 'On Thursday, a march drew 100,000.']],
        '2002-03-22',
        ['Thursday=2002-03-14'],
      ],
      // negative: a Saturday already in that week, a weekday read as ahead, a report that opens on a day, a "last Thursday"
      [[['People gathered in Barcelona last week.'], ['On Saturday, 450,000 marched.']], '2002-03-22', []],
      [[['People gathered in Barcelona last week.'], ['Unions will march on Sunday.']], '2002-03-22', []],
      [[['On March 12, people gathered in Barcelona.'], ['Last week was busy.', 'On Thursday, a march drew 100,000.']], '2002-03-22', []],
      [[['People gathered in Barcelona last week.'], ['Last Thursday, a march drew 100,000.']], '2002-03-22', []],
      // negative: a daily whose "last week" is background far from its lead (Thursday 6 October 2011)
      [
        [
          ['The new law may be backfiring.', 'It drives workers away.'],
          ['Employers worry.', 'Many workers flee.'],
          ['Work has slowed since the law was upheld last week, a contractor said.'],
          ['On Monday, 200 workers left.'],
        ],
        '2011-10-06',
        [],
      ],
    ],
  ],
  [
    apposedDay,
    [
      // Wednesday 14 January 2015: a text message's "tonight" beside the day it was sent
      [[['She wrote that it had to be tonight – Dec. 30, papers say.']], '2015-01-14', ['tonight=2014-12-30']],
      // "two days later, on Thursday": the weekday says which day (Friday 31 March 2006)
      [[['They walked out on Tuesday.'], ['The height of the protests came two days later, on Thursday.']], '2006-03-31', ['two days later=2006-03-30']],
      // negative: no date right beside the phrase, a date that is not beside it
      [[['She wrote that it had to be tonight, papers say.']], '2015-01-14', []],
      [[['Two days later, the union, which had met on Thursday, walked out.']], '2006-03-31', []],
    ],
  ],
  [
    contextDay,
    [
      [[['Militia supporters stormed the compound on Dec. 31.', 'The next day, troops fired tear gas.']], '2020-01-02', ['The next day=2020-01-01']],
      [[['Militia supporters stormed the compound on Dec. 31, and that night they set fires.']], '2020-01-02', ['that night=2019-12-31']],
      // negative: no date before it to count from; past a paragraph break a counted day is no anchor
      [[['The next day, troops fired tear gas.']], '2020-01-02', []],
      [[['Protesters left on Dec. 30.', 'The next day, troops came.'], ['Two days later, the embassy reopened.']], '2020-01-05', ['The next day=2019-12-31']],
      // negative: a day past publication in a sentence that does not look ahead is a miscount
      [[['They met on Jan. 1.', 'Two days later, they marched.']], '2020-01-02', []],
    ],
  ],
  [
    eventOffset,
    [
      [
        [['An airstrike killed the general on Jan. 3.', ...OTHER_NEWS, 'Three days before the airstrike killed the general, protesters stormed the embassy.']],
        '2020-01-05',
        ['Three days before the airstrike killed the general=2019-12-31'],
      ],
      // negative: the corpus gives no day for that happening
      [
        [['An airstrike killed the general.', ...OTHER_NEWS, 'Three days before the airstrike killed the general, protesters stormed the embassy.']],
        '2020-01-05',
        [],
      ],
    ],
  ],
];

describe.each(TABLES.map(([resolver, rows]) => [resolver.name, resolver, rows] as const))('the date resolver %s', (_name, resolver, rows) => {
  it.each(rows)('%j (published %s) adds %j', (paragraphs, published, expected) => {
    const passages = articlePassages(paragraphs);
    const alone = annotateDatesWith({ parsers: en.parsers, resolvers: [] }, [articleOf('a', published)], passages);
    const all = annotateDatesWith({ parsers: en.parsers, resolvers: [resolver] }, [articleOf('a', published)], passages);
    // What the resolver adds, or re-dates (the same span with another day).
    const added = all.filter((d) => !alone.some((a) => a.start === d.start && a.end === d.end && a.date === d.date));
    expect(added.map((d) => `${d.text}=${d.date}${d.precision === 'day' ? '' : `/${d.precision}`}`)).toEqual(expected);
  });
});

describe('the resolvers together', () => {
  it('read the year of a history told first, then count from another happening, then from the date the report has just given', () => {
    expect(en.resolvers.map((r) => r.name)).toEqual([
      'history-year',
      'event-offset',
      'dated-happening',
      'story-week',
      'narrative-weekday',
      'apposed-day',
      'context-day',
      'quoted-today',
    ]);
  });
});
