import { addDays } from '../../../../../dates/calendar.js';
import { contextPhrases } from '../../../../../dates/index.js';
import { isAboutGathering } from '../../gathering.js';
import { RELATIVE_SPAN } from '../../words.js';
import { eachLocated, STRONG, type EventCorpus, type Located, type LocateRule } from '../located.js';
import { figureClause } from './sentenceDay.js';

/** The days counted by the first day phrase counted from context ("The next day", "a week later") in `text`. */
const relativeDaysIn = (text: string) => contextPhrases(text).find((p) => p.precision === 'day')?.days;

/**
 * A locate rule counting a claim's day from the gathering told just before it in the article, by the days
 * `countedDays` finds for it (undefined: none).
 */
function countedFromPrevious(rule: { name: string; reason: string }, countedDays: (l: Located, corpus: EventCorpus) => number | undefined): LocateRule {
  return {
    ...rule,
    apply(located, corpus) {
      let previous: Located | undefined;
      for (const l of located) {
        if (previous?.claim.articleId !== l.claim.articleId) previous = undefined;
        const days = countedDays(l, corpus);
        if (days !== undefined && previous?.date) Object.assign(l, { date: addDays(previous.date, days), dateSource: 'passage' });
        if (l.date && STRONG.includes(l.dateSource)) previous = l;
      }
    },
  };
}

export const relativeDay: LocateRule = countedFromPrevious(
  {
    name: 'relative-day',
    reason:
      'A claim whose sentence counts its day from context ("The next day, 200 students rallied", "another 700 came a week later") with no date resolved is counted from the gathering told just before it in the article.',
  },
  (l) => {
    if (l.dateSource === 'passage') return undefined;
    const [from, to] = figureClause(l.passage, l.claim);
    return relativeDaysIn(l.passage.text.slice(from, to));
  },
);

/**
 * The day phrase of the nearest earlier sentence of the claim's paragraph that tells of a gathering and resolved
 * no date ("The next day the coalition organized a rally outside the agency. More than 100 people showed up"); a
 * sentence with a date of its own before it stops the search.
 */
function paragraphRelativeDays(l: Located, corpus: EventCorpus): number | undefined {
  if (l.dateSource === 'passage' || l.dateSource === 'paragraph') return undefined;
  const earlier = (corpus.passagesOfArticle.get(l.claim.articleId) ?? []).filter((p) => p.paragraph === l.passage.paragraph && p.start < l.passage.start);
  for (const p of earlier.reverse()) {
    if (corpus.byPassage.get(p.id)?.length) return undefined;
    const days = isAboutGathering(p.text) ? relativeDaysIn(p.text) : undefined;
    if (days !== undefined) return days;
  }
  return undefined;
}

export const paragraphRelativeDay: LocateRule = countedFromPrevious(
  {
    name: 'paragraph-relative-day',
    reason:
      'A claim whose own sentence gives no day, after a sentence of its paragraph that tells of a gathering on a day counted from context ("The next day the coalition organized a rally. More than 100 people showed up"), is counted from the gathering told just before it.',
  },
  paragraphRelativeDays,
);

export const relativeSpan: LocateRule = eachLocated({
  name: 'relative-span',
  reason:
    'A claim whose own clause counts a week or a month from context ("Later that week, 120 people attended a meeting", "the following week") with no date resolved took place on a day the text does not give: it is left undated rather than dated by its paragraph or article.',
  correct(l) {
    if (l.dateSource === 'passage' || l.dateSource === 'year') return;
    const [from, to] = figureClause(l.passage, l.claim);
    const clause = l.passage.text.slice(from, to);
    if (RELATIVE_SPAN.test(clause) || contextPhrases(clause).some((p) => p.precision === 'week'))
      Object.assign(l, { date: null, dateSource: 'none', apart: true });
  },
});
