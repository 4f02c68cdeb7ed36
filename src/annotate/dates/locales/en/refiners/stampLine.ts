import type { CalendarRefiner } from '../chronoCandidates.js';
import { STAMP_LINE_BYLINE_TAIL, STAMP_LINE_LEAD, STAMP_LINE_TAIL } from '../constants.js';

/**
 * "Tuesday 8th January 2008", "Posted in Sony, News by Darrin Olson on January 7th, 2008", "Written on August 9, 2012 by Rich
 * Johnston in Comics": a line that is the page's stamp.
 */
export const stampLine: CalendarRefiner = {
  name: 'stamp-line',
  reason:
    'A sentence that is only a full date, with at most its weekday, a stamp\'s label ("Posted … on", "Last Updated:") and a time, is the page\'s own stamp left in the text: it says when the page went up, as a dateline does, and tells no happening.',
  drops: ({ result, sentence, start, end }) =>
    result.start.isCertain('year') &&
    result.start.isCertain('day') &&
    STAMP_LINE_LEAD.test(sentence.text.slice(0, start)) &&
    (STAMP_LINE_TAIL.test(sentence.text.slice(end)) || STAMP_LINE_BYLINE_TAIL.test(sentence.text.slice(end))),
};
