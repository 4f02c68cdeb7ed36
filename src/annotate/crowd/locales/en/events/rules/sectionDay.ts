import type { LocateRule, Located } from '../located.js';
import { sections } from './sectionPlace.js';

export const sectionDay: LocateRule = {
  name: 'section-day',
  reason:
    'A claim that its sentence and paragraph do not date, in a report written in sections by place ("-- In Chicago, 10,000 marchers endured blazing heat July 19" then "Thousands … turned out to the march"), is about the day an earlier claim of its section gives, not the day the rest of the article names most.',
  apply(located, corpus) {
    const ofArticle = new Map<string, ReturnType<typeof sections>>();
    for (const l of located) {
      if (l.dateSource !== 'article' && l.dateSource !== 'published') continue;
      const { articleId } = l.claim;
      let found = ofArticle.get(articleId);
      if (!found) ofArticle.set(articleId, (found = sections(corpus.passagesOfArticle.get(articleId) ?? [], corpus.placeNames)));
      const start = found.get(l.passage.paragraph)?.start ?? -1;
      if (start < 0) continue;
      let dated: Located | undefined;
      for (const o of located) {
        const para = o.passage.paragraph;
        if (o.claim.articleId !== articleId || o.dateSource !== 'passage' || o.passage.kind !== 'body' || para < start || o.claim.start >= l.claim.start)
          continue;
        if (!dated || o.claim.start > dated.claim.start) dated = o;
      }
      if (dated) Object.assign(l, { date: dated.date, dateSource: 'paragraph' as const });
    }
  },
};
