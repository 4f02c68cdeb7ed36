import { firstOfMonth, monthFor } from '../../../calendar.js';
import type { DateParser, FoundDate } from '../../../types.js';
import { MONTH_PART, MONTHS } from '../constants.js';
import { yearlessDirectionOf } from '../tense.js';

/**
 * `month-part`: "at the end of August", "the beginning of May 2019", "mid-July" name a part of a month, not
 * one of its days (chrono-node reads "the end of August" as 31 August). The month, so the day-precise
 * calendar date does not stand: an earlier parser wins where two overlap.
 */
export const monthPart: DateParser = {
  name: 'month-part',
  reason: 'A part of a month ("the end of August", "mid-July") is that month, not its last or first day.',
  find({ text, published }) {
    const found: FoundDate[] = [];
    for (const m of text.matchAll(MONTH_PART)) {
      const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
      const end = m.index + m[0].length;
      if (m[2]) found.push({ start: m.index, end, text: m[0], date: firstOfMonth(Number(m[2]), month), precision: 'month', basis: 'text' });
      else if (published)
        found.push({
          start: m.index,
          end,
          text: m[0],
          date: monthFor(month, published, yearlessDirectionOf(text, m.index, end)),
          precision: 'month',
          basis: 'publication',
        });
    }
    return found;
  },
};
