import { isoFromParts } from '../../../../../corpus/isoDate.js';
import {
  addDays,
  enclosingPeriod,
  firstOfMonth,
  monthFor,
  nearestOccurrence,
  nearestWeekday,
  weekdayOnOrAfter,
  weekdayOf,
  weekdayOnOrBefore,
  type Direction,
} from '../../../calendar.js';
import type { DateParser, FoundDate, ResolvedDate } from '../../../types.js';
import { calendarCandidates, type CalendarCandidate, type CalendarRefiner } from '../chronoCandidates.js';
import { BRACKET_CLOSE, BRACKET_OPEN, COUNT_AFTER_DATE, WEEKDAY_MODIFIER, ZONE_AFTER_WEEKDAY, ZONE_BRACKET_BEFORE } from '../constants.js';
import { rangeLastDay } from '../dateRange.js';
import { CURRENT_YEAR, yearlessDate } from '../currentYear.js';
import { toldAsSchedule } from '../presentSchedule.js';
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

/**
 * `weekday-agrees`: a year-less date written with its weekday ("Friday, Dec. 12", "Friday (Dec. 12)") is in
 * the year, of those beside publication, in which that day falls on that weekday; when none or the tense's
 * own year does, as any year-less date.
 */
function yearlessDay(
  month: number,
  day: number,
  weekday: number | undefined,
  published: string,
  at: { text: string; start: number; end: number },
): { date: string | null; overridden: boolean } {
  const agreeing =
    weekday === undefined
      ? null
      : nearestOccurrence(
          (year) => {
            const iso = isoFromParts(year, month, day);
            return iso && weekdayOf(iso) === weekday ? iso : null;
          },
          published,
          'either',
        );
  const byTense = yearlessDate(month, day, published, at);
  return agreeing && (!byTense.date || weekdayOf(byTense.date) !== weekday) ? { date: agreeing, overridden: false } : byTense;
}

/**
 * `count-after-date`: figures after a date and a comma are a count, not its year ("On June 9, 30 people came", "As of
 * December 16, 13 cases"): chrono-node reads them as the year 2030 or 2013, but a year is written in four figures.
 * The candidate is cut before the comma and dated as a year-less date.
 */
export function countAfterDate(candidate: CalendarCandidate): CalendarCandidate {
  const count = COUNT_AFTER_DATE.exec(candidate.phrase);
  if (!count || !candidate.result.start.isCertain('year') || !candidate.result.start.isCertain('day')) return candidate;
  const phrase = candidate.phrase.slice(0, count.index);
  return { ...candidate, phrase, end: candidate.start + phrase.length, yearUnwritten: true };
}

/** The date a kept candidate names: from the text when it gives its year, else counted from publication. `weekday`: one written beside it in brackets. */
function resolveCandidate({ result, sentence, start, end, phrase, yearUnwritten }: CalendarCandidate, bracketWeekday?: number): ResolvedDate | null {
  const c = result.start;
  const { text, published } = sentence;
  const direction = directionOf(text, start, end);
  if (c.isCertain('month') && c.isCertain('day')) {
    const m = c.get('month')!;
    const d = c.get('day')!;
    if (c.isCertain('year') && !yearUnwritten) {
      const iso = isoFromParts(c.get('year')!, m, d);
      return iso ? { date: iso, precision: 'day', basis: 'text' } : null;
    }
    if (!published) return null;
    const weekday = bracketWeekday ?? (c.isCertain('weekday') ? c.get('weekday')! : undefined);
    const { date, overridden } = yearlessDay(m, d, weekday, published, { text, start, end });
    if (!date) return null;
    return { date, precision: 'day', basis: 'publication', ...(overridden ? { rules: [CURRENT_YEAR.name] } : {}) };
  }
  if (c.isCertain('month')) {
    if (c.isCertain('year')) return { date: firstOfMonth(c.get('year')!, c.get('month')!), precision: 'month', basis: 'text' };
    if (!published) return null;
    return { date: monthFor(c.get('month')!, published, yearlessDirectionOf(text, start, end)), precision: 'month', basis: 'publication' };
  }
  if (c.isCertain('weekday') && !c.isCertain('day') && published) {
    // `present-schedule`: with no tense word, a verb of the simple present ("faces arraignment Friday") looks ahead.
    const told = direction === 'either' && toldAsSchedule(text, start, end) ? 'future' : direction;
    return { date: weekdayDate(c.get('weekday')!, phrase, published, told), precision: 'day', basis: 'publication' };
  }
  return null;
}

/**
 * A weekday with its date in brackets right after it ("Friday (Dec. 12)") is one mention: the date, whose
 * year the weekday picks. Returns the bracketed date's candidate and where the closing bracket ends.
 */
function bracketedDate(weekday: CalendarCandidate, next: CalendarCandidate): { date: CalendarCandidate; end: number } | null {
  const w = weekday.result.start;
  if (!w.isCertain('weekday') || w.isCertain('day') || !next.result.start.isCertain('day')) return null;
  const { text } = weekday.sentence;
  if (!BRACKET_OPEN.test(text.slice(weekday.end, next.start))) return null;
  const close = BRACKET_CLOSE.exec(text.slice(next.end));
  return close ? { date: next, end: next.end + close[0].length } : null;
}

/**
 * `zone-day`: a weekday in brackets right after a day, with a time zone ("wrote on Tuesday (early Wednesday AEST)"),
 * is the same moment told in another zone: the day beside the first that falls on that weekday, not one counted from
 * publication. Null when the two are no neighbours.
 */
function zoneDay(candidate: CalendarCandidate, before: FoundDate | undefined): string | null {
  const c = candidate.result.start;
  if (!before || before.precision !== 'day' || !c.isCertain('weekday') || c.isCertain('day')) return null;
  const { text } = candidate.sentence;
  if (!ZONE_BRACKET_BEFORE.test(text.slice(before.end, candidate.start)) || !ZONE_AFTER_WEEKDAY.test(text.slice(candidate.start))) return null;
  return [addDays(before.date, 1), addDays(before.date, -1)].find((d) => weekdayOf(d) === c.get('weekday')) ?? null;
}

/**
 * Calendar dates and weekdays as chrono-node reads them ("Friday", "Dec. 31", "3 January 2020",
 * "March 2019"), less what `refiners` drop, each dated from the text or from publication.
 */
export function calendarDate(refiners: readonly CalendarRefiner[]): DateParser {
  return {
    name: 'calendar-date',
    reason:
      'Dates and weekdays written the calendar way are read by chrono-node and dated from the text, or from publication when the text gives no year; a range longer than a happening of three days ("July 2 - 24", not "March 9 - 10") is the week, month or year that holds it, not its first day, and a weekday written with a year-less date ("Friday, Dec. 12", "Friday (Dec. 12)") picks the year in which the two agree.',
    find(sentence) {
      const found: FoundDate[] = [];
      const candidates = calendarCandidates(sentence);
      for (let i = 0; i < candidates.length; i++) {
        const candidate = countAfterDate(candidates[i]!);
        if (refiners.some((r) => r.drops(candidate))) continue;
        const next = candidates[i + 1];
        const bracketed = next && !refiners.some((r) => r.drops(next)) ? bracketedDate(candidate, next) : null;
        if (bracketed) {
          i++;
          const resolved = resolveCandidate(bracketed.date, candidate.result.start.get('weekday')!);
          if (resolved) found.push({ start: candidate.start, end: bracketed.end, text: sentence.text.slice(candidate.start, bracketed.end), ...resolved });
          continue;
        }
        const zone = zoneDay(candidate, found.at(-1));
        const resolved = zone ? ({ date: zone, precision: 'day', basis: 'publication' } as const) : resolveCandidate(candidate);
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
