import type { CalendarRefiner } from '../chronoCandidates.js';
import { MONTH_WORD } from '../constants.js';

/** "thousands march", "may have": a month's name in lower case is the verb or the noun. */
export const monthAsWord: CalendarRefiner = {
  name: 'month-as-word',
  reason: 'A month is written with a capital, so "march" and "may" in lower case are the verb or the noun.',
  drops: ({ phrase }) => {
    const month = MONTH_WORD.exec(phrase);
    return !!month && month[0][0] !== month[0][0]!.toUpperCase();
  },
};
