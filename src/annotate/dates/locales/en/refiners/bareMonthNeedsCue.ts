import type { CalendarRefiner } from '../chronoCandidates.js';
import { MONTH_WORD, TIME_CUE } from '../constants.js';

/** "in March", "since May": a month with no day or year is a time only after a time word; "May" is a name too. */
export const bareMonthNeedsCue: CalendarRefiner = {
  name: 'bare-month-needs-cue',
  reason: 'A month written with no day or year is a time only after a time word ("in March", "since May"); alone it may be a name.',
  drops: ({ phrase, result, sentence, start }) => {
    const month = MONTH_WORD.exec(phrase);
    if (!month || month[0][0] !== month[0][0]!.toUpperCase()) return false;
    const c = result.start;
    return !c.isCertain('day') && !c.isCertain('year') && !TIME_CUE.test(sentence.text.slice(0, start + month.index));
  },
};
