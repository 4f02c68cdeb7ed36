import type { DateMention } from '../../../../../dates/types.js';
import { OTHER_DAY_PHRASE, PERIOD_NOT_OWN_BEFORE } from '../../timeWords.js';
import type { Located, LocateRule } from '../located.js';
import { figureClause } from './sentenceDay.js';

/** Dates the rule may overrule: a day borrowed from the claim's paragraph, article or publication, not its own sentence. */
const BORROWED = new Set<Located['dateSource']>(['paragraph', 'article', 'published']);

/** Whether the day `day` (YYYY-MM-DD) falls in the week, month or year `period` stands for. */
export function inPeriod(day: string, period: DateMention): boolean {
  if (period.precision === 'year') return day.slice(0, 4) === period.date.slice(0, 4);
  if (period.precision === 'month') return day.slice(0, 7) === period.date.slice(0, 7);
  const days = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${period.date}T00:00:00Z`)) / 86_400_000;
  return days >= 0 && days < 7;
}

/** The week, month or year mentions of the claim's own clause that time its gathering ("stunned last year by the turnout of 300,000"). */
function ownPeriods(l: Located, periods: DateMention[]): DateMention[] {
  const [from, to] = figureClause(l.passage, l.claim);
  const text = l.passage.text;
  return periods.filter((d) => {
    const at = d.start - l.passage.start;
    if (at < from || d.end - l.passage.start > to) return false;
    const before = /([\p{L}]+)\W*$/u.exec(text.slice(Math.max(0, at - 20), at))?.[1]?.toLowerCase();
    return !before || !PERIOD_NOT_OWN_BEFORE.has(before);
  });
}

export const ownTime: LocateRule = {
  name: 'own-time',
  reason:
    'A gathering is a place and a day: a claim whose own clause times its gathering apart ("stunned last year by the turnout of some 300,000", "a march of 200 people the day before", "The morning after the arrests, several hundred students marched") is not on the day borrowed from its paragraph or article: it takes the year its clause gives, or is left undated.',
  apply(located, corpus) {
    for (const l of located) {
      if (!BORROWED.has(l.dateSource) || !l.date) continue;
      const [from, to] = figureClause(l.passage, l.claim);
      const apart = ownPeriods(l, corpus.periodsByPassage.get(l.passage.id) ?? []).find((p) => !inPeriod(l.date!, p));
      if (apart?.precision === 'year') Object.assign(l, { date: `${apart.date.slice(0, 4)}-01-01`, dateSource: 'year' });
      else if (apart || OTHER_DAY_PHRASE.test(l.passage.text.slice(from, to))) Object.assign(l, { date: null, dateSource: 'none', apart: true });
    }
  },
};
