import type { CalendarRefiner } from '../chronoCandidates.js';
import { KIND_AFTER_WEEKDAY } from '../constants.js';

/** "a regular on the Sunday talk shows", "the Saturday papers": a weekday that names a kind of thing. */
export const weekdayOfAKind: CalendarRefiner = {
  name: 'weekday-of-a-kind',
  reason:
    'A weekday after "the" and before a plural of shows or papers ("the Sunday political talk shows", "the Saturday papers") names what comes out every such day, not one day.',
  drops: ({ result, sentence, start, end }) => {
    const c = result.start;
    if (c.isCertain('day') || !c.isCertain('weekday')) return false;
    return /\bthe\s+$/i.test(sentence.text.slice(0, start)) && KIND_AFTER_WEEKDAY.test(sentence.text.slice(end));
  },
};
