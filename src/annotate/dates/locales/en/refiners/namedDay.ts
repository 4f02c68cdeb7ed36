import type { CalendarRefiner } from '../chronoCandidates.js';
import { NAMED_DAY_PREFIX } from '../constants.js';

/** "Good Friday", "Black Friday", "Super Tuesday": a day with a name of its own, not the most recent Friday. */
export const namedDay: CalendarRefiner = {
  name: 'named-day',
  reason: 'A weekday that is part of a day\'s own name ("Good Friday", "Super Tuesday") is no weekday counted from publication.',
  drops: ({ result, sentence, start }) => {
    const c = result.start;
    return !c.isCertain('month') && c.isCertain('weekday') && !c.isCertain('day') && NAMED_DAY_PREFIX.test(sentence.text.slice(0, start));
  },
};
