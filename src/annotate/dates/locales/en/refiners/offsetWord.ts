import type { CalendarRefiner } from '../chronoCandidates.js';
import { OFFSET_WORDS } from '../constants.js';

/** "Friday before last", "the Monday after", "today": counted from another moment, never a happening's own date. */
export const offsetWord: CalendarRefiner = {
  name: 'offset-word',
  reason: 'A calendar phrase with "before", "after", "later", "ago", "now" or "today" in it is counted from another moment, so it names no date of its own.',
  drops: ({ phrase }) => OFFSET_WORDS.test(phrase),
};
