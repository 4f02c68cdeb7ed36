import type { DateConfiguration } from '../../types.js';
import { bareYear } from './parsers/bareYear.js';
import { calendarDate } from './parsers/calendarDate.js';
import { countedAhead } from './parsers/countedAhead.js';
import { dayPair } from './parsers/dayPair.js';
import { fixedHoliday, movableHoliday } from './parsers/fixedHoliday.js';
import { monthPart } from './parsers/monthPart.js';
import { dateBeforeMarch } from './parsers/dateBeforeMarch.js';
import { relativePeriod } from './parsers/relativePeriod.js';
import { today } from './parsers/today.js';
import { unitsAgo } from './parsers/unitsAgo.js';
import { weekend } from './parsers/weekend.js';
import { weekdayOfWeek } from './parsers/weekdayOfWeek.js';
import { yesterdayTomorrow } from './parsers/yesterdayTomorrow.js';
import { lastNight } from './parsers/lastNight.js';
import { bareMonthNeedsCue } from './refiners/bareMonthNeedsCue.js';
import { clockTime } from './refiners/clockTime.js';
import { dateInName } from './refiners/dateInName.js';
import { eventRelative } from './refiners/eventRelative.js';
import { figuresNeedYear } from './refiners/figuresNeedYear.js';
import { inAddress } from './refiners/inAddress.js';
import { monthAsWord } from './refiners/monthAsWord.js';
import { namedDay } from './refiners/namedDay.js';
import { offsetWord } from './refiners/offsetWord.js';
import { relativeOrNow } from './refiners/relativeOrNow.js';
import { stampLine } from './refiners/stampLine.js';
import { weekdayAbbreviationAsWord } from './refiners/weekdayAbbreviationAsWord.js';
import { weekdayInName } from './refiners/weekdayInName.js';
import { weekdayOfAKind } from './refiners/weekdayOfAKind.js';
import { weekendNoDay } from './refiners/weekendNoDay.js';
import { windowBound } from './refiners/windowBound.js';
import { apposedDay } from './resolvers/apposedDay.js';
import { contextDay } from './resolvers/contextDay.js';
import { datedHappening } from './resolvers/datedHappening.js';
import { eventOffset } from './resolvers/eventOffset.js';
import { historyYear } from './resolvers/historyYear.js';
import { narrativeWeekday } from './resolvers/narrativeWeekday.js';
import { quotedToday } from './resolvers/quotedToday.js';
import { storyWeek } from './resolvers/storyWeek.js';

/** What drops a calendar date chrono-node reads, asked in this order. */
export const CALENDAR_REFINERS = [
  inAddress,
  eventRelative,
  relativeOrNow,
  offsetWord,
  monthAsWord,
  bareMonthNeedsCue,
  figuresNeedYear,
  namedDay,
  weekdayAbbreviationAsWord,
  weekdayInName,
  weekdayOfAKind,
  weekendNoDay,
  dateInName,
  windowBound,
  clockTime,
  stampLine,
];

/**
 * English dates, in order: the phrases read against publication first (an earlier parser's date wins
 * where two overlap), then chrono-node's calendar dates; then, across sentences, the year of a history
 * told, the days counted from another happening, and the days counted from the date the report has just given.
 */
export const en: DateConfiguration = {
  parsers: [
    weekdayOfWeek,
    relativePeriod,
    weekend,
    unitsAgo,
    countedAhead,
    yesterdayTomorrow,
    lastNight,
    today,
    bareYear,
    fixedHoliday,
    movableHoliday,
    dayPair,
    monthPart,
    dateBeforeMarch,
    calendarDate(CALENDAR_REFINERS),
  ],
  resolvers: [historyYear, eventOffset, datedHappening, storyWeek, narrativeWeekday, apposedDay, contextDay, quotedToday],
};
