import { isoFromParts } from '../../../../../corpus/isoDate.js';
import { addDays, nearestOccurrence, nthWeekdayOfMonth } from '../../../calendar.js';
import type { DateParser, FoundDate } from '../../../types.js';
import { FIXED_HOLIDAYS, HOLIDAY_SPAN_AFTER, MOVABLE_HOLIDAYS, NAME_AFTER_DATE } from '../constants.js';
import { yearlessDirectionOf } from '../tense.js';

interface Holiday {
  pattern: string;
  /** The holiday's day in a year. */
  dayIn: (year: number) => string | null;
}

/**
 * A parser of named days: each capitalised name is the holiday's day in the year nearest publication that
 * the sentence's tense allows, unless it opens a body's name ("the May Day Coalition") or names the
 * holiday's weekend ("Labor Day weekend"), which are no day.
 */
function holidayParser(name: string, reason: string, holidays: readonly Holiday[]): DateParser {
  const pattern = new RegExp(`\\b(?:${holidays.map((h) => `(${h.pattern})`).join('|')})(?!['’]s?\\s+\\p{Lu})`, 'gu');
  return {
    name,
    reason,
    find({ text, published }) {
      if (!published) return [];
      const found: FoundDate[] = [];
      for (const m of text.matchAll(pattern)) {
        const holiday = holidays[m.slice(1).findIndex((g) => g !== undefined)]!;
        const end = m.index + m[0].length;
        const after = text.slice(end);
        if (NAME_AFTER_DATE.test(after) || HOLIDAY_SPAN_AFTER.test(after)) continue;
        const date = nearestOccurrence(holiday.dayIn, published, yearlessDirectionOf(text, m.index, end));
        if (date) found.push({ start: m.index, end, text: m[0], date, precision: 'day', basis: 'publication' });
      }
      return found;
    },
  };
}

/**
 * `fixed-holiday`: a day with a name of its own and a fixed date ("May Day", "Christmas Eve", "Bastille
 * Day") is that day, in the year a date written without one would take. Only capitalised names: "a may
 * day" is no holiday.
 */
export const fixedHoliday = holidayParser(
  'fixed-holiday',
  'A holiday with a fixed date ("May Day", "Christmas Eve") is that day, in the year nearest publication that the sentence\'s tense allows, unless it opens a body\'s name ("the May Day Coalition").',
  FIXED_HOLIDAYS.map((h) => ({ pattern: h.pattern, dayIn: (year) => isoFromParts(year, h.month, h.day) })),
);

/** `movable-holiday`: "Labor Day", "Thanksgiving", "Memorial Day": a weekday of a month, in the year as above. */
export const movableHoliday = holidayParser(
  'movable-holiday',
  'A holiday fixed to a weekday of a month ("Labor Day", the first Monday of September; "Thanksgiving", the fourth Thursday of November) is that day, in the year nearest publication that the sentence\'s tense allows, unless it names the holiday\'s weekend.',
  MOVABLE_HOLIDAYS.map((h) => ({ pattern: h.pattern, dayIn: (year) => addDays(nthWeekdayOfMonth(year, h.month, h.weekday, h.n), h.after ?? 0) })),
);
