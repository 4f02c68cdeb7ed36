import type { CalendarRefiner } from '../chronoCandidates.js';
import { DAY_CUE_BEFORE, NAME_AFTER_WEEKDAY, ON_SUNDAY_TITLE, WEEKDAY_MODIFIER } from '../constants.js';

/** "the Sunday Telegraph reported", "told the Mail on Sunday", "a Saturday Night Live sketch": a weekday in a title. */
export const weekdayInName: CalendarRefiner = {
  name: 'weekday-in-name',
  reason:
    'A weekday that begins or ends the name of a newspaper or programme ("the Sunday Times", "the Mail on Sunday", "Saturday Night Live") names no day, unless a preposition says it does ("on Sunday Times journalists").',
  drops: ({ result, sentence, start, end, phrase }) => {
    const c = result.start;
    if (c.isCertain('month') || c.isCertain('day') || !c.isCertain('weekday') || WEEKDAY_MODIFIER.test(phrase)) return false;
    const before = sentence.text.slice(0, start);
    if (ON_SUNDAY_TITLE.test(before) && /^sunday$/i.test(sentence.text.slice(start, end))) return true;
    return NAME_AFTER_WEEKDAY.test(sentence.text.slice(end)) && !DAY_CUE_BEFORE.test(before);
  },
};
