import type { CalendarRefiner } from '../chronoCandidates.js';
import { WEEKEND_WORD } from '../constants.js';

/**
 * `weekend-no-day`: chrono-node reads "weekend" as the Saturday nearest ("over the weekend", "a weekend golfer", "the
 * weekend of February 2"), but a weekend is two days, or a kind of thing: no day. "this weekend", "last weekend" are
 * read by the weekend parser as their week.
 */
export const weekendNoDay: CalendarRefiner = {
  name: 'weekend-no-day',
  reason: 'A weekend is two days or a kind of thing ("over the weekend", "a weekend golfer"), never one Saturday; "last weekend" is read as its week.',
  drops: ({ phrase }) => WEEKEND_WORD.test(phrase),
};
