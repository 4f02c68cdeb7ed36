import { CURRENT_YEAR, yearlessDate } from '../currentYear.js';
import type { DateParser, FoundDate } from '../../../types.js';
import { MONTH_DAY_BEFORE_MONTH_WORD, MONTHS } from '../constants.js';

/**
 * `date-before-march`: "at the May 2 march", "the Oct. 6 march on the Capitol": a day written after its month, then the noun
 * "march" (or the verb "may"). chrono-node pairs the day with the lower-case word ("2 march", 2 March), which the
 * month-as-word refiner then drops, losing the day; the month written first is the date's.
 */
export const dateBeforeMarch: DateParser = {
  name: 'date-before-march',
  reason: 'In "the May 2 march" the day belongs to the capitalised month before it, not to the lower-case "march" after it.',
  find({ text, published }) {
    const found: FoundDate[] = [];
    if (!published) return found;
    for (const m of text.matchAll(MONTH_DAY_BEFORE_MONTH_WORD)) {
      const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
      const end = m.index + m[0].length;
      const { date, overridden } = yearlessDate(month, Number(m[2]), published, { text, start: m.index, end });
      if (date)
        found.push({ start: m.index, end, text: m[0], date, precision: 'day', basis: 'publication', ...(overridden ? { rules: [CURRENT_YEAR.name] } : {}) });
    }
    return found;
  },
};
