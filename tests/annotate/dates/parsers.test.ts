import { describe, expect, it } from 'vitest';
import { CALENDAR_REFINERS, en } from '../../../src/annotate/dates/locales/en/index.js';
import { bareYear } from '../../../src/annotate/dates/locales/en/parsers/bareYear.js';
import { calendarDate } from '../../../src/annotate/dates/locales/en/parsers/calendarDate.js';
import { countedAhead } from '../../../src/annotate/dates/locales/en/parsers/countedAhead.js';
import { dateBeforeMarch } from '../../../src/annotate/dates/locales/en/parsers/dateBeforeMarch.js';
import { dayPair } from '../../../src/annotate/dates/locales/en/parsers/dayPair.js';
import { fixedHoliday, movableHoliday } from '../../../src/annotate/dates/locales/en/parsers/fixedHoliday.js';
import { monthPart } from '../../../src/annotate/dates/locales/en/parsers/monthPart.js';
import { relativePeriod } from '../../../src/annotate/dates/locales/en/parsers/relativePeriod.js';
import { today } from '../../../src/annotate/dates/locales/en/parsers/today.js';
import { unitsAgo } from '../../../src/annotate/dates/locales/en/parsers/unitsAgo.js';
import { weekdayOfWeek } from '../../../src/annotate/dates/locales/en/parsers/weekdayOfWeek.js';
import { weekend } from '../../../src/annotate/dates/locales/en/parsers/weekend.js';
import { yesterdayTomorrow } from '../../../src/annotate/dates/locales/en/parsers/yesterdayTomorrow.js';
import { lastNight } from '../../../src/annotate/dates/locales/en/parsers/lastNight.js';
import type { DateParser } from '../../../src/annotate/dates/types.js';

/** [sentence, published, what the parser alone finds: "phrase=date", with "/precision" unless a day] */
type Row = [string, string | null, string[]];

const found = (parser: DateParser, text: string, published: string | null) =>
  parser.find({ text, published }).map((d) => `${d.text}=${d.date}${d.precision === 'day' ? '' : `/${d.precision}`}`);

// Thursday 2 January 2020 unless a row says otherwise.
const THU = '2020-01-02';

const TABLES: Array<[DateParser, Row[]]> = [
  [
    relativePeriod,
    [
      ['Protests grew last week.', THU, ['last week=2019-12-23/week']],
      ['Earlier this month, the embassy closed.', THU, ['Earlier this month=2020-01-01/month']],
      ['Elections are due next year.', THU, ['next year=2021-01-01/year']],
      // negative: "the last year" is a duration; no publication date, no date
      ['Prices rose over the last year.', THU, []],
      ['Protests grew last week.', null, []],
    ],
  ],
  [
    weekend,
    [
      ['Thousands marched last weekend.', THU, ['last weekend=2019-12-23/week']],
      ['A rally is planned for this weekend.', THU, ['this weekend=2019-12-30/week']],
      ['They rested over the past weekend.', THU, ['past weekend=2019-12-23/week']],
      // negative: "the next weekend" of a story told in the past
      ['They left, and came back the next weekend.', THU, []],
    ],
  ],
  [
    unitsAgo,
    [
      ['Two days ago, protesters stormed the compound.', THU, ['Two days ago=2019-12-31']],
      ['A year ago the talks began.', THU, ['A year ago=2019-01-01/year']],
      ['It happened three weeks ago.', THU, ['three weeks ago=2019-12-09/week']],
      // negative: a vague count names no date
      ['A few days ago, they met.', THU, []],
    ],
  ],
  [
    countedAhead,
    [
      // Tuesday 3 September 2024 (fresh6's AP): counted forward from publication in a sentence that looks ahead
      ['The candidates will debate in one week in what will be their first meeting ever.', '2024-09-03', ['in one week=2024-09-10']],
      ['In just 63 days, the final votes will be cast.', '2024-09-03', ['In just 63 days=2024-11-05']],
      ['A ruling is expected in two weeks’ time.', THU, ['in two weeks’ time=2020-01-16']],
      // negative: a duration told in the past or with no tense, a bound, a count from another happening, a rate
      ['The crisis was resolved in less than two weeks.', THU, []],
      ['The work was done in two weeks.', THU, []],
      ['Here is the second poll in two days showing him ahead.', THU, []],
      ['There must be a vote within 90 days of the war starting.', THU, []],
      ['The law will require a vote in 90 days of the war starting.', THU, []],
      ['Executives are in five days a week, while managers will follow the four-day rule.', THU, []],
      ["Just as I didn't lose the weight in a week or a month, it will take until spring to regain it.", THU, []],
    ],
  ],
  [
    yesterdayTomorrow,
    [
      ['Protesters gathered yesterday.', THU, ['yesterday=2020-01-01']],
      ['The vote is tomorrow.', THU, ['tomorrow=2020-01-03']],
      ['They met the day before yesterday.', THU, ['the day before yesterday=2019-12-31']],
      ['Protesters gathered yesterday.', null, []],
      // negative: capitalised inside a sentence, a title; at the start of a sentence or a quote, a day
      ['Visitors entered The World of Tomorrow exhibit.', THU, []],
      ['"Tomorrow, we march," he said.', THU, ['Tomorrow=2020-01-03']],
      // tomorrow-as-future: the noun for the future (fresh6's Daily Maverick; an unlabelled report's "what tomorrow holds")
      ['They will not create a better tomorrow for the region.', THU, []],
      ["He doesn't know what tomorrow holds, she says.", THU, []],
      ['They are the leaders of tomorrow.', THU, []],
      ["Tomorrow's world will be warmer.", THU, []],
      // negative: a noun before "tomorrow" is no determiner of it; "of" a place and "what" asked of a day keep the day
      ['The party begins a meeting tomorrow.', THU, ['tomorrow=2020-01-03']],
      ['He is due to visit the US tomorrow.', THU, ['tomorrow=2020-01-03']],
      ['Lawyers will sit in front of Parliament tomorrow.', THU, ['tomorrow=2020-01-03']],
    ],
  ],
  [
    lastNight,
    [
      // 2008 pages of the L3S-GN1 collection (a Newcastle manager hunt, a Skype outage)
      ['Last night officials at Blackburn Rovers were still waiting for an approach.', THU, ['Last night=2020-01-01']],
      ['According to a release late last night Skype has announced that the service is back up.', THU, ['late last night=2020-01-01']],
      ["Police said last night's march was peaceful.", THU, ['last night=2020-01-01']],
      ['The mayor spoke last evening.', THU, ['last evening=2020-01-01']],
      // negative: one of several nights, a title, no publication date
      ['Crowds filled the square on the last night of the festival.', THU, []],
      ['He signed the pardons on his last night in office.', THU, []],
      ['It was the Last Night of the Proms.', THU, []],
      ['Fans flocked to see Last Night in Soho.', THU, []],
      ['Last night officials were still waiting.', null, []],
      // negative: inside a quotation (fresh2's Al Jazeera: a spokesman's tweet, its own day not given)
      ['"The helicopter was shot down last night," the spokesman said in a tweet.', THU, []],
    ],
  ],
  [
    today,
    [
      ['Protesters marched today.', THU, ['today=2020-01-02']],
      ['Earlier today, police said the road was open.', THU, ['Earlier today=2020-01-02']],
      // todays-title: an edition's or a section's name in a 2008 paper's menus (L3S-GN1 Canwest pages); not a happening's day
      ["Today's Gazette", THU, []],
      ["Today's Front Page", THU, []],
      ["Today's march drew thousands.", THU, ['Today=2020-01-02']],
      ["Today's March for Life drew thousands.", THU, ['Today=2020-01-02']],
      // any tense: the present, the future, a clause with no tense of its own (fresh5's live page, 9News, Metro; fresh2's
      // Independent, BBC; fresh3's Daily Star)
      ['The parliament will vote today.', THU, ['today=2020-01-02']],
      ["Meanwhile crowds outside a McDonald's in Birmingham are tonight chanting about stopping the racially motivated riots.", THU, ['tonight=2020-01-02']],
      [
        'Keir Starmer has pledged a “standing army” of specialist police officers will tackle violent riots following an emergency Cobra meeting with police chiefs this morning.',
        THU,
        ['this morning=2020-01-02'],
      ],
      ['Speaking this afternoon, National Police Chiefs’ Council chairman Gavin Stephens said the force was ready.', THU, ['this afternoon=2020-01-02']],
      ['The decision by Swedish prosecutors today means there will now be no competing extradition request.', THU, ['today=2020-01-02']],
      ['Anyone falsely naming a contact can be fined £1,000, under new regulations coming into force today.', THU, ['today=2020-01-02']],
      [
        'Pauline Cafferkey arrived at the Royal Free Hospital for specialist treatment at the infectious diseases unit this morning.',
        THU,
        ['this morning=2020-01-02'],
      ],
      ['During today’s press conference, Fahmi also clarified the matter.', THU, ['today=2020-01-02']],
      // today-bracket: the day a bracket after it says, one mention
      ['Everyone is invited to the area outside The Atkinson in Southport from 6pm today (Monday).', '2024-08-05', ['today (Monday)=2024-08-05']],
      ['Today (19), reports arise that Zelensky is considering firing the commander.', '2026-07-19', ['Today (19)=2026-07-19']],
      ['Today (19), reports arise that Zelensky is considering firing the commander.', '2026-07-20', ['Today (19)=2026-07-19']],
      // negative: nowadays, "today" meaning the present era (a verb of state after it, "today's world", "of today")
      ['Iraq today is a divided country.', THU, []],
      ['Today, the city remains divided along sectarian lines.', THU, []],
      ["In today's world, few workers write letters.", THU, []],
      ['The Iraq of today bears little resemblance to the country of 2003.', THU, []],
      // negative: a quoted clause not told in the past keeps the speaker's day, which a weekly's publication day is not
      ['"We are united, and we\'re all working together today," a worker who cleans dormitories told Socialist Worker.', THU, []],
      ['USA Today reported that police arrested 20 people.', THU, []],
      ["Workers marched at Today's rally, which police broke up.", THU, ['Today=2020-01-02']],
      // a programme's name after a possessive's apostrophe is mid-sentence too
      ["The doctor told NBC News' Today show the toll had been revised.", THU, []],
      // negative: a "tonight" beside its date (apposed-day)
      ['She wrote that it had to be tonight – Dec. 30, papers say.', THU, []],
      // day-in-chant: a chant or a slogan's "today" names no day
      ['On July 19, 250 people gathered, chanting "Hey, Olmert, what do you say? How many kids have you killed today?"', THU, []],
      ['"How many kids did you kill today?" was our final chant as we returned to the street.', THU, []],
      // negative: a quotation that is no chant keeps its day
      ['"We marched today to show them," one marcher said.', THU, ['today=2020-01-02']],
    ],
  ],
  [
    weekdayOfWeek,
    [
      // Wednesday 16 October 2024 (fresh5's Taipei Times)
      ['The Philippines and the US are to hold joint drills from Wednesday next week.', '2024-10-16', ['Wednesday next week=2024-10-23']],
      ['China staged war games around Taiwan on Friday last week.', '2024-10-16', ['Friday last week=2024-10-11']],
      ['On Friday of last week, police arrested 20.', '2024-10-16', ['Friday of last week=2024-10-11']],
      ['Ministers met on Monday this week.', '2024-10-16', ['Monday this week=2024-10-14']],
      // negative: a weekday and another clause's week, a weekend, no publication date
      ['He arrived Monday, last week was quiet.', '2024-10-16', []],
      ['The drills end Sunday next weekend.', '2024-10-16', []],
      ['China staged war games on Friday last week.', null, []],
    ],
  ],
  [
    bareYear,
    [
      ['The troops arrived in 2003.', THU, ['2003=2003-01-01/year']],
      ['Protests have grown since late 2011.', THU, ['late 2011=2011-01-01/year']],
      // negative: a year with no time word before it, and a count
      ['The 2003 invasion changed everything.', THU, []],
      ['The number rose to 2000 people.', THU, []],
    ],
  ],
  [
    calendarDate(CALENDAR_REFINERS),
    [
      ['Protesters stormed the embassy on Tuesday.', THU, ['Tuesday=2019-12-31']],
      ['The strike was killed on Jan. 3, 2020.', THU, ['Jan. 3, 2020=2020-01-03']],
      ['The talks resume on Dec. 31.', THU, ['Dec. 31=2019-12-31']],
      ['Elections are set for March 2021.', THU, ['March 2021=2021-03-01/month']],
      // negative: a weekday with no publication date to count from
      ['Protesters stormed the embassy on Tuesday.', null, []],
      // zone-day: a weekday in brackets with a time zone is the same moment's day in that zone, beside the first
      // (Tuesday 30 June 2026, fresh5's 9News); lone-bracket: the bracket is the sentence's, not the date's
      [
        'Chief Justice John Roberts wrote for the court on Tuesday (early Wednesday AEST), citing congressional debate.',
        '2026-06-30',
        ['Tuesday=2026-06-30', 'Wednesday AEST=2026-07-01'],
      ],
      ['The verdict came on Friday (Saturday NZT).', '2026-06-30', ['Friday=2026-06-26', 'Saturday=2026-06-27']],
      ['It happened (on Friday) near the border.', '2026-06-30', ['Friday=2026-06-26']],
      // negative: no zone, or no neighbouring day: the weekday keeps its own reading
      ['They met on Tuesday (Wednesday) in Paris.', '2026-06-30', ['Tuesday=2026-06-30', 'Wednesday=2026-06-24']],
      ['They met on Tuesday (Friday AEST) in Paris.', '2026-06-30', ['Tuesday=2026-06-30', 'Friday AEST=2026-06-26']],
      // date-range: a range of days is the week, month or year that holds it, not its first day (Friday 30 July 2010)
      ['The festival ran July 2 - 24 in the park.', '2010-07-30', ['July 2 - 24=2010-07-01/month']],
      ['Voting ran May 9 – 31.', '2010-07-30', ['May 9 – 31=2010-05-01/month']],
      ['The exhibition ran from 2 to 24 July.', '2010-07-30', ['2 to 24 July=2010-07-01/month']],
      ['Hearings ran Jan. 11-15, 2010.', '2010-07-30', ['Jan. 11-15, 2010=2010-01-11/week']],
      ['Talks ran from June 28 to July 3.', '2010-07-30', ['June 28 to July 3=2010-06-28/week']],
      ['Talks ran from March 3 through April 9.', '2010-07-30', ['March 3 through April 9=2010-01-01/year']],
      // negative: a happening of two or three days is keyed on its opening day, as timelines key a two-day election
      ['The polls are due on March 9 - 10.', '2002-02-20', ['March 9 - 10=2002-03-09']],
      ['Hearings ran Jan. 12-14, 2010.', '2010-07-30', ['Jan. 12-14, 2010=2010-01-12']],
      ['Voting ran May 9 – 11.', '2010-07-30', ['May 9=2010-05-09']],
      // negative: two days, a day then a dash and words
      ['He spoke on July 2 and 24.', '2010-07-30', ['July 2=2010-07-02']],
      ['The meeting on July 2 – the first in years – ended early.', '2010-07-30', ['July 2=2010-07-02']],
      ['Talks ran from Dec. 28 to Jan. 3.', '2010-01-30', ['Dec. 28 to Jan. 3=2009-12-28/week']],
      // a range across a year that no week holds: no date rather than its first day
      ['Talks ran from Dec. 14 to Jan. 3.', '2010-01-30', []],
      // weekday-agrees: a year-less date written with its weekday is in the year where the two agree (Thursday 11 December 2014;
      // 12 December 2014 is a Friday, 12 December 2013 a Thursday); a weekday with its date in brackets is one mention
      ['He played on Friday, Dec. 12.', '2014-12-11', ['Friday, Dec. 12=2014-12-12']],
      ['On Friday (Dec. 12) at 8 p.m., the band, founded in 1990, will play.', '2014-12-11', ['Friday (Dec. 12)=2014-12-12']],
      ['A ceremony was held Thursday (Dec. 11) for the center.', '2014-12-11', ['Thursday (Dec. 11)=2014-12-11']],
      // negative: a weekday that agrees with the tense's year changes nothing; brackets holding no date leave the weekday alone
      ['He played on Thursday, Dec. 12.', '2014-12-11', ['Thursday, Dec. 12=2013-12-12']],
      ['On Friday (the last day of talks), he spoke.', '2014-12-11', ['Friday=2014-12-05']],
      ['He spoke on Friday and (Dec. 12) again.', '2014-12-11', ['Friday=2014-12-05', 'Dec. 12=2013-12-12']],
      // count-after-date: one or two figures after a date and a comma are a count, not its year (Friday 22 June 2001, Friday 5 January 2007)
      ["On June 9, 30 people came to an all-day organizers' meeting at Harlem's St. Aloysius Church.", '2001-06-22', ['June 9=2001-06-09']],
      ['As of December 16, 13 cases of participants losing university jobs have been documented.', '2007-01-05', ['December 16=2006-12-16']],
      // negative: a year in four figures is the date's, a date with no count after it keeps its words
      ['On June 9, 2001, 30 people came.', '2001-06-22', ['June 9, 2001=2001-06-09']],
      ['On June 9, people came.', '2001-06-22', ['June 9=2001-06-09']],
    ],
  ],
];

TABLES.push(
  [
    dayPair,
    [
      // chrono-node reads one day of the two: this parser gives the other (Wednesday 9 October 2019, Friday 30 June 2006)
      ['The visit is expected to take place between October 11 and 13, officials said.', '2019-10-09', ['13=2019-10-13']],
      ['Follow-up meetings took place June 20 and 24, and the teachers walked out.', '2006-06-30', ['24=2006-06-24']],
      ['The summit will be held between 3 and 5 March in Brussels.', '2024-02-20', ['3=2024-03-03']],
      ['Talks were held on 3 and 5 March 2021.', '2024-02-20', ['3=2021-03-03']],
      // a longer stretch told with "between" is the period that holds it
      ['The strike ran between 3 and 15 March.', '2024-04-20', ['3 and 15 March=2024-03-01/month']],
      // negative: a figure after "and", a day then hours, no second day
      ['On June 20 and 24 people were hurt.', '2006-06-30', []],
      ['It began on June 20 and 24 hours later it was over.', '2006-06-30', []],
      ['Between 3 and 5 people were hurt in March.', '2024-04-20', []],
      ['The vote on June 20 passed.', '2006-06-30', []],
    ],
  ],
  [
    monthPart,
    [
      ['He first discussed the delay at the end of August, he said.', '2019-11-20', ['the end of August=2019-08-01/month']],
      ['Talks resume at the beginning of May 2021.', THU, ['the beginning of May 2021=2021-05-01/month']],
      ['Since mid-September no rain has fallen.', '2019-11-20', ['mid-September=2019-09-01/month']],
      // negative: a day of the month, a word that only contains "mid", no publication date for a year-less part
      ['The talks ended on August 31.', '2019-11-20', []],
      ['Amid March rains, the march went on.', '2019-11-20', []],
      ['They met at the end of August.', null, []],
    ],
  ],
  [
    dateBeforeMarch,
    [
      // the day is the capitalised month's, not the lower-case "march" after it (Friday 11 May 2001)
      ['As NCSU student body president Darryl Willie said at the May 2 march, "The university doesn\'t get behind much."', '2001-05-11', ['May 2=2001-05-02']],
      ['Thousands joined the Oct. 6 march on the Capitol.', '2001-11-20', ['Oct. 6=2001-10-06']],
      // negative: the month after its day, a capitalised March (a month of its own), no day, no publication date
      ['Thousands march on May 2.', '2001-05-11', []],
      ['They met on May 2 March organizers.', '2001-05-11', []],
      ['The May march drew thousands.', '2001-05-11', []],
      ['They spoke at the May 2 march.', null, []],
    ],
  ],
  [
    fixedHoliday,
    [
      ['Hundreds of thousands marched on May Day this year.', '2007-05-11', ['May Day=2007-05-01']],
      ['The strike is planned for Christmas Eve.', '2007-05-11', ['Christmas Eve=2007-12-24']],
      ['Crowds gathered on Bastille Day.', '2007-08-02', ['Bastille Day=2007-07-14']],
      // negative: not capitalised, a distress call, no publication date
      ['It was a may day for the crew.', '2007-05-11', []],
      ['The pilot radioed Mayday twice.', '2007-05-11', []],
      ['Hundreds marched on May Day.', null, []],
      // negative: a body named for the day
      ['The next day the May Day Coalition organized a rally.', '2007-03-23', []],
    ],
  ],
  [
    movableHoliday,
    [
      // Labor Day 2006 was Monday 4 September; Thanksgiving 2014 Thursday 27 November; Memorial Day 2020 Monday 25 May
      ['The culmination of the march came on Labor Day, when thousands gathered.', '2006-09-08', ['Labor Day=2006-09-04']],
      ['Another 1,000 turned out for a Labor Day march.', '2006-09-08', ['Labor Day=2006-09-04']],
      ['Stores will open on Thanksgiving this year.', '2014-11-20', ['Thanksgiving=2014-11-27']],
      ['Veterans marched on Memorial Day.', '2020-06-02', ['Memorial Day=2020-05-25']],
      // told in the past early in a year: the last year's
      ['Crowds shopped on Thanksgiving Day.', '2015-01-05', ['Thanksgiving Day=2014-11-27']],
      // Election Day: the Tuesday after the first Monday of November (2 November 2004; 3 November 2020, the first Monday the 2nd)
      ['The march came shortly before Election Day.', '2004-11-25', ['Election Day=2004-11-02']],
      ['Voters will go to the polls on Election Day.', '2020-10-20', ['Election Day=2020-11-03']],
      ['Workers walked out on Election Day 2006 across the state.', '2006-11-20', ['Election Day=2006-11-07']],
      // negative: the holiday's weekend is no day, nor a body named for it, nor "Labour Day" (May 1 in most countries), nor lowercase
      ['Thousands returned to the streets on Labor Day weekend.', '2006-09-08', []],
      ['The Labor Day Committee met.', '2006-09-08', []],
      ['Unions marched on Labour Day.', '2006-09-08', []],
      ['They gave thanks on a labor day of sorts.', '2006-09-08', []],
      ['The Election Day Coalition met.', '2006-09-08', []],
      ['Polls opened on election day.', '2006-11-20', []],
    ],
  ],
);

describe.each(TABLES.map(([parser, rows]) => [parser.name, parser, rows] as const))('the date parser %s', (_name, parser, rows) => {
  it.each(rows)('%j (published %s) -> %j', (text, published, expected) => {
    expect(found(parser, text, published)).toEqual(expected);
  });
});

describe('the parsers together', () => {
  it('an earlier parser wins where two overlap, and every parser has a name and a one-sentence reason', () => {
    expect(en.parsers.map((p) => p.name)).toEqual([
      'weekday-of-week',
      'relative-period',
      'weekend',
      'units-ago',
      'counted-ahead',
      'yesterday-tomorrow',
      'last-night',
      'today-when-told',
      'bare-year',
      'fixed-holiday',
      'movable-holiday',
      'day-pair',
      'month-part',
      'date-before-march',
      'calendar-date',
    ]);
    for (const p of en.parsers) expect(p.reason).toMatch(/^[A-Z"].*\.$/);
  });
});
