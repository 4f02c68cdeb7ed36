import { isoFromParts } from '../../../../corpus/isoDate.js';
import { addDays, parseIso } from '../../calendar.js';
import type { CalendarCandidate } from './chronoCandidates.js';

/** "– 31" right after a date ("May 9 – 31"): the last day of a range in the same month, which chrono-node reads with a hyphen only. */
const DASH_LAST_DAY = /^\s?[-–—]\s?(\d{1,2})\b(?![:.,]?\d)/;

/**
 * The longest range, in days from first to last, that names one happening by its opening day: a
 * two-day election ("the polls due on March 9 - 10"), a three-day summit or hearing. Timelines key such
 * a happening on its first day; a longer range ("July 2 - 24") is a stretch of days, a period.
 */
const OPENING_DAY_SPAN = 2;

/**
 * `date-range`: the last day of a range whose first day a candidate names ("July 2 - 24", "May 9 – 31",
 * "from 2 to 24 July", "Jan. 12-14", "March 3 through March 9"), with where its phrase ends; null for a
 * single day, and for two days ("July 2 and 24"). A range is a stretch of days, not a happening on its
 * first day, so ../parsers/calendarDate.ts reads it as the period that holds it.
 */
function lastDay(candidate: CalendarCandidate, first: string): { date: string; end: number } | null {
  const { result, sentence, end } = candidate;
  const start = parseIso(first);
  const last = result.end;
  if (last?.isCertain('day')) {
    const month = last.isCertain('month') ? last.get('month')! : start.month;
    let iso = isoFromParts(last.isCertain('year') ? last.get('year')! : start.year, month, last.get('day')!);
    // "Dec. 28 to Jan. 3": a year-less range that runs into the next year.
    if (iso && iso < first && !last.isCertain('year') && month < start.month) iso = isoFromParts(start.year + 1, month, last.get('day')!);
    return iso && iso > first ? { date: iso, end } : null;
  }
  const dash = DASH_LAST_DAY.exec(sentence.text.slice(end));
  if (!dash) return null;
  const iso = isoFromParts(start.year, start.month, Number(dash[1]));
  return iso && iso > first ? { date: iso, end: end + dash[0].length } : null;
}

/** The last day of a range longer than a happening's few days (OPENING_DAY_SPAN), else null: the first day stands. */
export function rangeLastDay(candidate: CalendarCandidate, first: string): { date: string; end: number } | null {
  const range = lastDay(candidate, first);
  return range && range.date > addDays(first, OPENING_DAY_SPAN) ? range : null;
}
