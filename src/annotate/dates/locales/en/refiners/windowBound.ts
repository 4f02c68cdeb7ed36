import { overlaps } from '../../../../core/spans.js';
import type { CalendarRefiner } from '../chronoCandidates.js';
import { DATE_WINDOW } from '../constants.js';

/** "between Nov. 28, 2005, and Oct. 12, 2006": a window of months, whose bounds are no days of a happening. */
export const windowBound: CalendarRefiner = {
  name: 'window-bound',
  reason:
    'The two dates of a window between different months ("sometime between Nov. 28, 2005, and Oct. 12, 2006") bound a stretch of time in which something happened on a day not told, so neither is the day of a happening.',
  drops: ({ sentence, start, end }) => {
    if (!sentence.text.includes('between')) return false;
    const windows = [...sentence.text.matchAll(DATE_WINDOW)]
      .filter((m) => m[1]!.slice(0, 3).toLowerCase() !== m[2]!.slice(0, 3).toLowerCase())
      .map((m) => ({ start: m.index, end: m.index + m[0].length }));
    return overlaps(windows, start, end);
  },
};
