import { isoFromParts } from '../../corpus/isoDate.js';

/** Calendar arithmetic on YYYY-MM-DD strings, in UTC so no time zone can shift a day. */

export interface Day {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
}

export function parseIso(iso: string): Day {
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function toUtc(d: Day): Date {
  return new Date(Date.UTC(d.year, d.month - 1, d.day));
}

function fromUtc(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const date = toUtc(parseIso(iso));
  date.setUTCDate(date.getUTCDate() + days);
  return fromUtc(date);
}

/** 0 = Sunday … 6 = Saturday, as chrono-node and Date count them. */
export function weekdayOf(iso: string): number {
  return toUtc(parseIso(iso)).getUTCDay();
}

/** Weeks start on Monday (ISO 8601). */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

export function firstOfMonth(year: number, month: number): string {
  const shifted = new Date(Date.UTC(year, month - 1, 1));
  return fromUtc(shifted);
}

export function firstOfYear(year: number): string {
  return `${String(year).padStart(4, '0')}-01-01`;
}

/** The most recent `weekday` on or before `iso` (or strictly before). */
export function weekdayOnOrBefore(iso: string, weekday: number, strict = false): string {
  let back = (weekdayOf(iso) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(iso, -back);
}

/** The `weekday` nearest `iso`, either side (the later one on a tie is impossible: 7 is odd). */
export function nearestWeekday(iso: string, weekday: number): string {
  const back = (weekdayOf(iso) - weekday + 7) % 7;
  return back <= 3 ? addDays(iso, -back) : addDays(iso, 7 - back);
}

/** The first `weekday` on or after `iso` (or strictly after). */
export function weekdayOnOrAfter(iso: string, weekday: number, strict = false): string {
  let ahead = (weekday - weekdayOf(iso) + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  return addDays(iso, ahead);
}

/**
 * 'either': no tense says which way (a bare weekday then keeps the news convention, the latest such day);
 * 'nearest': the date lies after something told in the past, on either side of publication
 * ("said the ministers would decide by March 26"): the candidate nearest publication.
 */
export type Direction = 'past' | 'future' | 'either' | 'nearest' | 'soon';

/**
 * 'soon': the day lies after something told in the past ("rallied shortly before Election Day"): in the past, or at
 * most this many days ahead of publication, the nearest of those.
 */
export const SOON_DAYS = 31;

/**
 * `print-lag`: a day told as ahead may lie this many days before publication: a weekly dated the day after a meeting
 * it announces ("An assessment meeting is planned for May 20" in a report of 21 May) wrote before it, and no report
 * announces a day a year ahead in those words.
 */
export const PRINT_LAG_DAYS = 3;

/** Whether a candidate day is allowed by `direction` seen from `published`. */
function allowedBy(iso: string, published: string, direction: Direction): boolean {
  if (direction === 'past') return iso <= published;
  if (direction === 'future') return iso >= addDays(published, -PRINT_LAG_DAYS);
  if (direction === 'soon') return iso <= addDays(published, SOON_DAYS);
  return true;
}

/**
 * The year for a day written without one ("Dec. 31"): the candidate nearest the
 * publication date, restricted to the past (or future) when the sentence says so.
 */
export function yearFor(month: number, day: number, published: string, direction: Direction): string | null {
  return nearestOccurrence((year) => isoFromParts(year, month, day), published, direction);
}

/**
 * The occurrence of a yearly day (`dayIn` gives it for a year, or null) in the year before, of or after
 * publication that lies nearest publication, restricted to the past (or future) when the sentence says so.
 */
export function nearestOccurrence(dayIn: (year: number) => string | null, published: string, direction: Direction): string | null {
  const pubYear = parseIso(published).year;
  const candidates = [pubYear - 1, pubYear, pubYear + 1].map(dayIn).filter((iso): iso is string => iso !== null);
  const allowed = candidates.filter((iso) => allowedBy(iso, published, direction));
  const pool = allowed.length ? allowed : candidates;
  let best: string | null = null;
  let bestGap = Infinity;
  for (const iso of pool) {
    const gap = Math.abs(toUtc(parseIso(iso)).getTime() - toUtc(parseIso(published)).getTime());
    if (gap < bestGap) [best, bestGap] = [iso, gap];
  }
  return best;
}

/** The `n`th `weekday` (0 = Sunday) of a month, or its last when `n` is -1: "the first Monday of September". */
export function nthWeekdayOfMonth(year: number, month: number, weekday: number, n: number): string {
  if (n < 0) {
    const last = addDays(firstOfMonth(year + Math.floor(month / 12), (month % 12) + 1), -1);
    return weekdayOnOrBefore(last, weekday);
  }
  return addDays(weekdayOnOrAfter(firstOfMonth(year, month), weekday), 7 * (n - 1));
}

/** The first month (as YYYY-MM-01) for a month written without a year, like `yearFor`. */
export function monthFor(month: number, published: string, direction: Direction): string {
  const pub = parseIso(published);
  const candidates = [pub.year - 1, pub.year, pub.year + 1].map((y) => ({ y, iso: firstOfMonth(y, month) }));
  const pubMonth = firstOfMonth(pub.year, pub.month);
  const allowed = candidates.filter(({ iso }) => (direction === 'soon' ? iso <= pubMonth : allowedBy(iso, pubMonth, direction)));
  const pool = allowed.length ? allowed : candidates;
  const monthsApart = (y: number) => Math.abs((y - pub.year) * 12 + (month - pub.month));
  return pool.reduce((best, c) => (monthsApart(c.y) < monthsApart(best.y) ? c : best)).iso;
}

/**
 * The smallest period that holds both days of a range, as its first day and precision: the same week
 * (Monday to Sunday), else the same month, else the same year; null when the range crosses a year.
 */
export function enclosingPeriod(first: string, last: string): { date: string; precision: 'week' | 'month' | 'year' } | null {
  if (mondayOf(first) === mondayOf(last)) return { date: mondayOf(first), precision: 'week' };
  if (first.slice(0, 7) === last.slice(0, 7)) return { date: `${first.slice(0, 7)}-01`, precision: 'month' };
  if (first.slice(0, 4) === last.slice(0, 4)) return { date: `${first.slice(0, 4)}-01-01`, precision: 'year' };
  return null;
}
