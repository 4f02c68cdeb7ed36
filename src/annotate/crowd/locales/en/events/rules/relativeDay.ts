import { addDays } from '../../../../../dates/calendar.js';
import { contextPhrases } from '../../../../../dates/index.js';
import { STRONG, type Located, type LocateRule } from '../located.js';
import { figureClause } from './sentenceDay.js';

/**
 * The day phrase counted from context ("The next day", "a week later", "the same day") in the claim's
 * own clause, when no date of the text resolved it, and the days it counts.
 */
function relativeDays(l: Located): number | undefined {
  const [from, to] = figureClause(l.passage, l.claim);
  return contextPhrases(l.passage.text.slice(from, to)).find((p) => p.precision === 'day')?.days;
}

export const relativeDay: LocateRule = {
  name: 'relative-day',
  reason:
    'A claim whose sentence counts its day from context ("The next day, 200 students rallied", "another 700 came a week later") with no date resolved is counted from the gathering told just before it in the article.',
  apply(located) {
    let previous: Located | undefined;
    for (const l of located) {
      if (previous?.claim.articleId !== l.claim.articleId) previous = undefined;
      const days = l.dateSource === 'passage' ? undefined : relativeDays(l);
      if (days !== undefined && previous?.date) Object.assign(l, { date: addDays(previous.date, days), dateSource: 'passage' });
      if (l.date && STRONG.includes(l.dateSource)) previous = l;
    }
  },
};
