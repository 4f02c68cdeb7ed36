import type { DayRule } from '../located.js';

export const undatedByArticle: DayRule = {
  name: 'undated-by-article',
  reason:
    "Claims no text or publication dates are not one day: each article's undated claims are grouped apart, so that a strike in Chicago never joins an undated protest in Moscow.",
  apply: (groups) =>
    groups.flatMap((group) => {
      if (group[0]?.date !== null) return [group];
      const byArticle = new Map<string, typeof group>();
      for (const l of group) (byArticle.get(l.claim.articleId) ?? byArticle.set(l.claim.articleId, []).get(l.claim.articleId)!).push(l);
      return [...byArticle.values()];
    }),
};
