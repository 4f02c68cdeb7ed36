import { isoFromParts } from '../../../../../corpus/isoDate.js';
import { addDays, enclosingPeriod } from '../../../calendar.js';
import { CURRENT_YEAR, yearlessDate } from '../currentYear.js';
import type { DateParser, FoundDate, ResolvedDate } from '../../../types.js';
import { DAY_PAIR_MONTH, MONTH_DAY_PAIR, MONTHS } from '../constants.js';

/** The longest pair of days told with "between … and" that is still one happening on each of its days (as ../dateRange.ts). */
const SHORT_RANGE_DAYS = 2;

interface Pair {
  /** Where the whole phrase is, and where the day that chrono-node does not read is. */
  start: number;
  end: number;
  lone: { start: number; end: number };
  month: number;
  first: number;
  last: number;
  year: number | null;
  between: boolean;
}

function dayOf(pair: Pair, day: number, text: string, published: string | null): ResolvedDate | null {
  if (pair.year) {
    const iso = isoFromParts(pair.year, pair.month, day);
    return iso ? { date: iso, precision: 'day', basis: 'text' } : null;
  }
  if (!published) return null;
  const { date, overridden } = yearlessDate(pair.month, day, published, { text, start: pair.start, end: pair.end });
  if (!date) return null;
  return { date, precision: 'day', basis: 'publication', ...(overridden ? { rules: [CURRENT_YEAR.name] } : {}) };
}

function pairsOf(text: string): Pair[] {
  const pairs: Pair[] = [];
  for (const m of text.matchAll(MONTH_DAY_PAIR)) {
    // "between October 11 and 13": chrono-node reads "October 11"; the lone day is "13".
    const second = m.index + m[0].lastIndexOf(m[4]!, m[5] ? m[0].lastIndexOf(m[5]) : undefined);
    pairs.push({
      start: m.index + (m[1]?.length ?? 0),
      end: m.index + m[0].length,
      lone: { start: second, end: second + m[4]!.length },
      month: MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1,
      first: Number(m[3]),
      last: Number(m[4]),
      year: m[5] ? Number(m[5]) : null,
      between: !!m[1],
    });
  }
  for (const m of text.matchAll(DAY_PAIR_MONTH)) {
    // "between 3 and 5 March": chrono-node reads "5 March"; the lone day is "3".
    const first = m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
    pairs.push({
      start: first,
      end: m.index + m[0].length,
      lone: { start: first, end: first + m[2]!.length },
      month: MONTHS.indexOf(m[4]!.slice(0, 3).toLowerCase()) + 1,
      first: Number(m[2]),
      last: Number(m[3]),
      year: m[5] ? Number(m[5]) : null,
      between: m[1]!.toLowerCase() === 'between',
    });
  }
  return pairs.filter((p) => p.month > 0 && p.first >= 1 && p.last <= 31 && p.first < p.last);
}

/**
 * `day-pair`: two days of one month told with "and" ("June 20 and 24", "between October 11 and 13",
 * "between 3 and 5 March"). chrono-node reads only one of the two days, and for "between 3 and 5 March"
 * the later one, as if the range began there. Each day is a day of its own (a list, or a happening of a
 * few days, as ../dateRange.ts keys it); a longer stretch told with "between" ("between 3 and 15 March")
 * is the week, month or year that holds it.
 */
export const dayPair: DateParser = {
  name: 'day-pair',
  reason:
    'Two days of one month told with "and" ("June 20 and 24", "between 3 and 5 March") are each a day, of which chrono-node reads only one; a longer stretch told with "between" is the period that holds it.',
  find({ text, published }) {
    const found: FoundDate[] = [];
    for (const pair of pairsOf(text)) {
      const first = dayOf(pair, pair.first, text, published);
      const last = dayOf(pair, pair.last, text, published);
      if (!first || !last) continue;
      if (pair.between && last.date > addDays(first.date, SHORT_RANGE_DAYS)) {
        const period = enclosingPeriod(first.date, last.date);
        if (period) found.push({ start: pair.start, end: pair.end, text: text.slice(pair.start, pair.end), ...period, basis: first.basis });
        continue;
      }
      const lone = pair.lone.start === pair.start ? first : last;
      found.push({ start: pair.lone.start, end: pair.lone.end, text: text.slice(pair.lone.start, pair.lone.end), ...lone });
    }
    return found;
  },
};
