import { isoFromParts } from '../../../../../corpus/isoDate.js';
import { firstOfMonth, parseIso } from '../../../calendar.js';
import type { DateMention, DateResolver } from '../../../types.js';
import { clauseAround, looksAhead } from '../tense.js';
import { yearless } from './historyYear.js';

/**
 * `month-year-told`: a report that has named a month with its year ("long before the July 2021 riots", "the 2021 July
 * unrest") and then writes a day of that month alone ("a long time before July 8, when the violence erupted") means
 * that month: the day is of the year told, not of the year nearest publication. Only when the report writes that month
 * with one year alone, a year before publication's; a year-less date told or read as ahead keeps its reading.
 */
export const monthYearTold: DateResolver = {
  name: 'month-year-told',
  reason:
    'A year-less date in a month the report has already named with an earlier year ("the July 2021 riots … before July 8") is of that year, as a reader takes it, not of the year nearest publication.',
  resolve({ passages, mentions, published }) {
    const passageOf = new Map(passages.map((p) => [p.id, p]));
    // Per article, per month (1-12): the years the text wrote with it, so far in reading order.
    const told = new Map<string, Map<number, Set<number>>>();
    const found: DateMention[] = [];
    for (const m of mentions) {
      const passage = passageOf.get(m.passageId);
      const pub = passage ? published(passage.articleId) : null;
      if (!passage || !pub) continue;
      const months = told.get(passage.articleId) ?? new Map<number, Set<number>>();
      told.set(passage.articleId, months);
      const { year, month, day } = parseIso(m.date);
      if (m.basis === 'text' && (m.precision === 'month' || m.precision === 'day')) {
        months.set(month, (months.get(month) ?? new Set()).add(year));
        continue;
      }
      const years = months.get(month);
      if (!yearless(m) || !years || years.size !== 1) continue;
      const [toldYear] = [...years] as [number];
      // Only a date read as gone: one read as ahead of publication ("a rally on the anniversary of his murder June 9") keeps it.
      if (toldYear === year || toldYear >= parseIso(pub).year || m.date > pub) continue;
      const start = m.start - passage.start;
      if (looksAhead(clauseAround(passage.text, start, start + m.text.length))) continue;
      const date = m.precision === 'month' ? firstOfMonth(toldYear, month) : isoFromParts(toldYear, month, day);
      if (date) found.push({ ...m, rules: [], date, basis: 'context' });
    }
    return found;
  },
};
