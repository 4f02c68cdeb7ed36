import { isoFromParts } from '../../../../../corpus/isoDate.js';
import {
  addDays,
  enclosingPeriod,
  firstOfMonth,
  monthFor,
  nearestWeekday,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearFor,
  type Direction,
} from '../../../calendar.js';
import type { DateParser, FoundDate, ResolvedDate } from '../../../types.js';
import { calendarCandidates, type CalendarCandidate, type CalendarRefiner } from '../chronoCandidates.js';
import { WEEKDAY_MODIFIER } from '../constants.js';
import { rangeLastDay } from '../dateRange.js';
import { directionOf, yearlessDirectionOf } from '../tense.js';

/** A weekday without a date: the one a modifier names ("last Thursday" never the day before publication, which is "yesterday"), else by the news convention (the latest such day) unless the clause looks ahead. */
function weekdayDate(weekday: number, phrase: string, published: string, direction: Direction): string {
  const modifier = WEEKDAY_MODIFIER.exec(phrase)?.[1]?.toLowerCase();
  if (modifier === 'past') return weekdayOnOrBefore(published, weekday, true);
  if (modifier === 'last') {
    // The day before publication is "yesterday" to a writer: "last Thursday" in Friday's paper is the week before's.
    const latest = weekdayOnOrBefore(published, weekday, true);
    return latest === addDays(published, -1) ? addDays(latest, -7) : latest;
  }
  if (modifier === 'next' || modifier === 'coming') return weekdayOnOrAfter(published, weekday, true);
  if (direction === 'future') return weekdayOnOrAfter(published, weekday);
  if (direction === 'nearest') return nearestWeekday(published, weekday);
  return weekdayOnOrBefore(published, weekday);
}

/** The date a kept candidate names: from the text when it gives its year, else counted from publication. */
function resolveCandidate({ result, sentence, start, end, phrase }: CalendarCandidate): ResolvedDate | null {
  const c = result.start;
  const { text, published } = sentence;
  const direction = directionOf(text, start, end);
  if (c.isCertain('month') && c.isCertain('day')) {
    const m = c.get('month')!;
    const d = c.get('day')!;
    if (c.isCertain('year')) {
      const iso = isoFromParts(c.get('year')!, m, d);
      return iso ? { date: iso, precision: 'day', basis: 'text' } : null;
    }
    if (!published) return null;
    const iso = yearFor(m, d, published, yearlessDirectionOf(text, start, end));
    return iso ? { date: iso, precision: 'day', basis: 'publication' } : null;
  }
  if (c.isCertain('month')) {
    if (c.isCertain('year')) return { date: firstOfMonth(c.get('year')!, c.get('month')!), precision: 'month', basis: 'text' };
    if (!published) return null;
    return { date: monthFor(c.get('month')!, published, yearlessDirectionOf(text, start, end)), precision: 'month', basis: 'publication' };
  }
  if (c.isCertain('weekday') && !c.isCertain('day') && published) {
    return { date: weekdayDate(c.get('weekday')!, phrase, published, direction), precision: 'day', basis: 'publication' };
  }
  return null;
}

/**
 * Calendar dates and weekdays as chrono-node reads them ("Friday", "Dec. 31", "3 January 2020",
 * "March 2019"), less what `refiners` drop, each dated from the text or from publication.
 */
export function calendarDate(refiners: readonly CalendarRefiner[]): DateParser {
  return {
    name: 'calendar-date',
    reason:
      'Dates and weekdays written the calendar way are read by chrono-node and dated from the text, or from publication when the text gives no year; a range longer than a happening of three days ("July 2 - 24", not "March 9 - 10") is the week, month or year that holds it, not its first day.',
    find(sentence) {
      const found: FoundDate[] = [];
      for (const candidate of calendarCandidates(sentence)) {
        if (refiners.some((r) => r.drops(candidate))) continue;
        const resolved = resolveCandidate(candidate);
        if (!resolved) continue;
        const range = resolved.precision === 'day' && candidate.result.start.isCertain('day') ? rangeLastDay(candidate, resolved.date) : null;
        if (!range) {
          found.push({ start: candidate.start, end: candidate.end, text: candidate.phrase, ...resolved });
          continue;
        }
        const period = enclosingPeriod(resolved.date, range.date);
        const text = sentence.text.slice(candidate.start, range.end);
        if (period) found.push({ start: candidate.start, end: range.end, text, ...period, basis: resolved.basis });
      }
      return found;
    },
  };
}
