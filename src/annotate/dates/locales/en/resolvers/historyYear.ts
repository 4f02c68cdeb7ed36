import { isoFromParts } from '../../../../../corpus/isoDate.js';
import { firstOfMonth, parseIso } from '../../../calendar.js';
import type { DateMention, DateResolver } from '../../../types.js';
import { HISTORY_WINDOW, HISTORY_YEARS_APART, MONTH_WORD } from '../constants.js';
import { clauseAround, looksAhead } from '../tense.js';

/**
 * `history-year`: a report that tells a history ("Mountbatten decided to advance the date to August 15, 1947. … Mountbatten
 * chose August 15 as the date") writes the year once and then leaves it out, as a reader of that history expects: a
 * year-less date told after a full date of a year at least two before publication is of that year, not of the year
 * nearest publication. The history ends where the report comes back to its own time (a weekday, "yesterday", "last week",
 * a date of the publication's years), where another year is written, or after a few sentences; a year-less date told as
 * ahead keeps its reading.
 */

/** A year-less date the calendar parser dated from publication: a day and month ("August 15", the "9" of "August 6 and 9") or a month ("September"). */
function yearless(m: DateMention): boolean {
  if (m.basis !== 'publication') return false;
  if (m.precision === 'day') return MONTH_WORD.test(m.text) || !!m.rules?.includes('day-pair');
  return m.precision === 'month' && MONTH_WORD.test(m.text);
}

export const historyYear: DateResolver = {
  name: 'history-year',
  reason:
    'A year-less date told just after a full date of a history years before publication ("advance the date to August 15, 1947 … chose August 15") is of that year, as a reader of the history takes it.',
  resolve({ passages, mentions, published }) {
    const at = new Map(passages.map((p, i) => [p.id, i]));
    const found: DateMention[] = [];
    let anchor: { year: number; article: string; index: number } | null = null;
    for (const m of mentions) {
      const index = at.get(m.passageId);
      const passage = index === undefined ? undefined : passages[index];
      const pub = passage ? published(passage.articleId) : null;
      if (!passage || !pub || index === undefined) continue;
      if (anchor && (anchor.article !== passage.articleId || index - anchor.index > HISTORY_WINDOW)) anchor = null;
      const pubYear = parseIso(pub).year;
      if (m.basis === 'text') {
        const year = parseIso(m.date).year;
        anchor = m.precision === 'day' && pubYear - year >= HISTORY_YEARS_APART ? { year, article: passage.articleId, index } : null;
        continue;
      }
      if (m.basis === 'context' || m.basis === 'event') continue;
      if (!yearless(m)) {
        anchor = null;
        continue;
      }
      if (!anchor) continue;
      const start = m.start - passage.start;
      if (looksAhead(clauseAround(passage.text, start, start + m.text.length))) continue;
      const { month, day } = parseIso(m.date);
      const date = m.precision === 'month' ? firstOfMonth(anchor.year, month) : isoFromParts(anchor.year, month, day);
      if (date) found.push({ ...m, rules: [], date, basis: 'context' });
    }
    return found;
  },
};
