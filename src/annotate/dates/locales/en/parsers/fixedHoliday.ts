import { yearFor } from '../../../calendar.js';
import type { DateParser, FoundDate } from '../../../types.js';
import { FIXED_HOLIDAYS } from '../constants.js';
import { yearlessDirectionOf } from '../tense.js';

const HOLIDAY = new RegExp(`\\b(?:${FIXED_HOLIDAYS.map((h) => `(${h.pattern})`).join('|')})(?!['’]s?\\s+\\p{Lu})`, 'gu');

/**
 * `fixed-holiday`: a day with a name of its own and a fixed date ("May Day", "Christmas Eve", "Bastille
 * Day") is that day, in the year a date written without one would take. Only capitalised names: "a may
 * day" is no holiday; holidays whose date moves (Easter, Labor Day) are left out.
 */
export const fixedHoliday: DateParser = {
  name: 'fixed-holiday',
  reason: 'A holiday with a fixed date ("May Day", "Christmas Eve") is that day, in the year nearest publication that the sentence\'s tense allows.',
  find({ text, published }) {
    if (!published) return [];
    const found: FoundDate[] = [];
    for (const m of text.matchAll(HOLIDAY)) {
      const holiday = FIXED_HOLIDAYS[m.slice(1).findIndex((g) => g !== undefined)]!;
      const end = m.index + m[0].length;
      const date = yearFor(holiday.month, holiday.day, published, yearlessDirectionOf(text, m.index, end));
      if (date) found.push({ start: m.index, end, text: m[0], date, precision: 'day', basis: 'publication' });
    }
    return found;
  },
};
