import { isoFromParts } from '../corpus/isoDate.js';

/** A full date written in a page's stamp: the day it names, or the two days it may name when day and month are both 12 or under. */
export interface StampDate {
  /** Where the date starts in the text. */
  index: number;
  /** The day, or null when the figures could be read two ways and nothing on the page settles which. */
  day: string | null;
  /** For "06/01/2008": both readings, day-first and month-first (settled later against the page's newest date). */
  readings: string[];
  /** For figures read two ways: which reading is which (`page-figure-order`). */
  orders?: { dayFirst: string; monthFirst: string };
}

const MONTHS: Record<string, number> = { jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12 };
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const monthOf = (word: string) => MONTHS[word.slice(0, 3).toLowerCase()] ?? 0;

/**
 * The forms a stamp writes a full date in (each reason in its row). Only a date that writes out its year
 * counts: "Tuesday, January 08" alone could be any year.
 */
const STAMP_FORMS: Array<{ name: string; re: RegExp; read: (m: RegExpExecArray) => string[]; figures?: (m: RegExpExecArray) => [number, number, number] }> = [
  // "2008-01-11", "date 2020-01-24": ISO, as machines and some stamps print it.
  { name: 'iso', re: /\b((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/g, read: (m) => one(isoFromParts(+m[1]!, +m[2]!, +m[3]!)) },
  // "Jan. 11, 2008", "January 11 2008", "Mon Jan 14, 2008 4:53pm", "Wed, Jan. 02, 2008", "Dec 29 2007"; `spaced-comma`: a
  // comma set off by spaces, as some sites' templates print it ("Wednesday , January 9 , 2008", The Telegraph, Calcutta).
  {
    name: 'month-day-year',
    re: new RegExp(`\\b${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)?(?: ?,)? ((?:19|20)\\d{2})\\b`, 'gi'),
    read: (m) => one(isoFromParts(+m[3]!, monthOf(m[1]!), +m[2]!)),
  },
  // "11 January 2008", "14th January 2008", "15 January, 2008", "Sun, 13 Jan 2008", "31-Dec-2019"; `ordinal-comma`: a comma
  // after the day's ordinal ("17:59 - 9th, Jan 2008", a sports site's stamp).
  {
    name: 'day-month-year',
    re: new RegExp(`\\b(\\d{1,2})(?:(?:st|nd|rd|th),?)?[- ]${MONTH}\\.?,?[- ]((?:19|20)\\d{2})\\b`, 'gi'),
    read: (m) => one(isoFromParts(+m[3]!, monthOf(m[2]!), +m[1]!)),
  },
  // "1/18/2008", "14/01/2008", "11.01.2008": figures with a four-figure year; day-first or month-first, as the figures allow.
  {
    name: 'numeric',
    re: /(?<![\d/.])(\d{1,2})([/.])(\d{1,2})\2((?:19|20)\d{2})(?![\d/])/g,
    read: (m) => figureReadings(+m[1]!, +m[3]!, +m[4]!, m),
    figures: (m) => [+m[1]!, +m[3]!, +m[4]!],
  },
  // `two-figure-year`: "1/14/08", "15/01/08 15:46", "Tue 1 Jan 08", as a stamp of the time writes its year ("Last Updated:
  // 1/14/08 11:15 AM ET", "5:19pm Tue 1 Jan 08"); "08" is 2008 (`fullYear`). Only figures joined by "/" (not "11.01.08", a
  // version) or a day and a month's name; the order of the figures is settled as "06/01/2008"'s is.
  {
    name: 'numeric-two-figure-year',
    re: /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{2})(?![\d/])/g,
    read: (m) => figureReadings(+m[1]!, +m[2]!, fullYear(m[3]!), m),
    figures: (m) => [+m[1]!, +m[2]!, fullYear(m[3]!)],
  },
  {
    name: 'day-month-two-figure-year',
    re: new RegExp(`\\b(\\d{1,2}) ${MONTH}\\.? '?(\\d{2})\\b(?![:.,]?\\d)`, 'gi'),
    read: (m) => one(isoFromParts(fullYear(m[3]!), monthOf(m[2]!), +m[1]!)),
  },
];

/**
 * `american-zone-order`: a time told in an American zone just after the figures ("Article Launched: 01/09/2008 09:37:25
 * PM PST", "1/14/08 11:15 AM ET") is an American stamp, month first; elsewhere the figures keep both readings.
 */
const AMERICAN_ZONE = /^[^a-z]{0,20}(?:[ap]\.?m\.?\s*)?\(?(?:[ECMP][SD]?T|AKST|HST)\b/i;

/**
 * `weekday-order`: a weekday written just before the figures ("Monday, 11.05.2012 / 12:34 AM", "Fri 06/01/2012") names
 * which reading is meant, as only one of the two days falls on it (5 November 2012 was a Monday, 11 May a Friday).
 * A weekday that fits neither reading, or both, settles nothing.
 */
const WEEKDAY_BEFORE = /\b(mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday|r|rs)?\.?,?\s*$/i;
const WEEKDAY_NUMBERS: Record<string, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/** "06/01/2008": day-first and month-first; the one its weekday names; or month-first alone after an American zone's time. */
function figureReadings(a: number, b: number, year: number, m: RegExpExecArray): string[] {
  const readings = [...new Set([isoFromParts(year, b, a), isoFromParts(year, a, b)].filter((d): d is string => !!d))];
  const weekday = WEEKDAY_BEFORE.exec(m.input.slice(0, m.index ?? 0));
  if (weekday && readings.length > 1) {
    const named = WEEKDAY_NUMBERS[weekday[1]!.toLowerCase()];
    const fitting = readings.filter((day) => new Date(`${day}T00:00:00Z`).getUTCDay() === named);
    if (fitting.length === 1) return fitting;
  }
  const rest = m.input.slice((m.index ?? 0) + m[0].length);
  if (AMERICAN_ZONE.test(rest)) return one(isoFromParts(year, a, b));
  return readings;
}

/** A two-figure year: "08" is 2008, "99" 1999 (the web's stamps begin in the 1990s). */
function fullYear(figures: string): number {
  const y = +figures;
  return y < 70 ? 2000 + y : 1900 + y;
}

function one(day: string | null): string[] {
  return day ? [day] : [];
}

/** Every full date in a stamp's text, in order of position. */
export function stampDatesIn(text: string): StampDate[] {
  const found: StampDate[] = [];
  for (const form of STAMP_FORMS) {
    for (const m of text.matchAll(form.re)) {
      const readings = form.read(m as RegExpExecArray);
      if (!readings.length) continue;
      const figures = readings.length > 1 ? form.figures?.(m as RegExpExecArray) : undefined;
      const orders = figures && {
        dayFirst: isoFromParts(figures[2], figures[1], figures[0]) ?? '',
        monthFirst: isoFromParts(figures[2], figures[0], figures[1]) ?? '',
      };
      found.push({ index: m.index ?? 0, day: readings.length === 1 ? readings[0]! : null, readings, ...(orders ? { orders } : {}) });
    }
  }
  return found.sort((x, y) => x.index - y.index);
}

/**
 * `numeric-order`: "06/01/2008" is 6 January or 1 June. A page stamp is not after the newest day the page
 * writes unambiguously anywhere (its "today" header, its latest listing), so a reading after that day is dropped;
 * when both readings stay possible, or the page writes no such day, the date is left unread.
 */
export function settle(date: StampDate, newestOnPage: string | null, pageOrder: FigureOrder | null = null): string | null {
  if (date.day) return date.day;
  if (pageOrder && date.orders) {
    const day = (pageOrder === 'day-first' ? date.orders.dayFirst : date.orders.monthFirst) || null;
    return day && (!newestOnPage || day <= newestOnPage) ? day : null;
  }
  if (!newestOnPage) return null;
  const possible = date.readings.filter((d) => d <= newestOnPage);
  return possible.length === 1 ? possible[0]! : null;
}

export type FigureOrder = 'day-first' | 'month-first';

/** Any date in figures ("15/01/08", "1/15/2008", "21.12.2007"), with a year of two or four figures. */
const FIGURE_DATE = /(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(?:(?:19|20)\d{2}|\d{2})(?![\d/.-])/g;

/**
 * `page-figure-order`: a page writes its dates in figures one way throughout. A date of the page whose first figure is
 * over 12 ("15/01/08 15:46", "25.12.2007") says it writes the day first; one whose second is ("1/15/2008", "12/21/06")
 * that it writes the month first; so "01/10/2008", which nothing else settles, is read that way. A page whose figures
 * say both, or neither, settles nothing.
 */
export function figureOrderOf(texts: readonly string[]): FigureOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const text of texts) {
    for (const m of text.matchAll(FIGURE_DATE)) {
      const [a, b] = [+m[1]!, +m[3]!];
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst = true;
      if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst = true;
    }
  }
  return dayFirst === monthFirst ? null : dayFirst ? 'day-first' : 'month-first';
}

/**
 * `edition-dateline`: a year-less dateline opening a story ("New Delhi, Dec. 30: India today restarted …", "LONDON, JAN
 * 17 (PTI) …") on a page that writes no stamp of its own but its edition's day ("Monday , December 31 , 2007" in The
 * Telegraph's masthead, "Sunday, January 20, 2008" in oHERALDo's): the report is dated by its dateline, in the year that
 * puts it on or before the newest day the page writes, and no further before it than a month (an edition does not
 * print a report filed longer before).
 */
const YEARLESS_DATELINE = new RegExp(
  `^\\p{Lu}[\\p{L}.'’ -]{1,30}?(?:, ?\\p{Lu}[\\p{L}.'’ -]{1,30}?)?, ?${MONTH}\\.? (\\d{1,2})(?:st|nd|rd|th)? ?(?:\\([^)\\n]{2,30}\\)|:)`,
  'iu',
);
const DATELINE_REACH_DAYS = 31;

export function yearlessDatelineDay(opening: string, newestOnPage: string | null): string | null {
  const m = YEARLESS_DATELINE.exec(opening);
  if (!m || !newestOnPage) return null;
  const newestYear = +newestOnPage.slice(0, 4);
  const sameYear = isoFromParts(newestYear, monthOf(m[1]!), +m[2]!);
  const day = sameYear && sameYear > newestOnPage ? isoFromParts(newestYear - 1, monthOf(m[1]!), +m[2]!) : sameYear;
  if (!day) return null;
  const days = (Date.parse(`${newestOnPage}T00:00:00Z`) - Date.parse(`${day}T00:00:00Z`)) / 86_400_000;
  return days <= DATELINE_REACH_DAYS ? day : null;
}
