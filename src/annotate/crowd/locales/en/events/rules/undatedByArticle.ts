import type { DayRule } from '../located.js';

export const undatedByArticle: DayRule = {
  name: 'undated-by-article',
  reason:
    'Claims no text or publication dates are not one day: each article\'s undated claims are grouped apart, so that a strike in Chicago never joins an undated protest in Moscow; a claim its own clause times apart ("two days after the attacks", "later in the week") keeps to its own sentence.',
  apply: (groups) =>
    groups.flatMap((group) => {
      if (group[0]?.date !== null) return [group];
      const byArticle = new Map<string, typeof group>();
      for (const l of group) {
        const key = l.apart ? `${l.claim.articleId} ${l.passage.id}` : l.claim.articleId;
        (byArticle.get(key) ?? byArticle.set(key, []).get(key)!).push(l);
      }
      return [...byArticle.values()];
    }),
};
