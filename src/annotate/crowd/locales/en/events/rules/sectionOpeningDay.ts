import type { LocateRule } from '../located.js';
import { datelinePlace, sections } from './sectionPlace.js';

export const sectionOpeningDay: LocateRule = {
  name: 'section-opening-day',
  reason:
    'A claim that its sentence and paragraph do not date, in a round-up written by datelines, with no earlier dated claim in its section, is about the day the sentence opening with its dateline gives ("SAN DIEGO--… Local 2028 … held its convention here May 15." then "about 200 people attended the convention"), not the day the rest of the article names most.',
  apply(located, corpus) {
    const ofArticle = new Map<string, ReturnType<typeof sections>>();
    for (const l of located) {
      if (l.dateSource !== 'article' && l.dateSource !== 'published') continue;
      const { articleId } = l.claim;
      const passages = corpus.passagesOfArticle.get(articleId) ?? [];
      let found = ofArticle.get(articleId);
      if (!found) ofArticle.set(articleId, (found = sections(passages, corpus.placeNames)));
      const start = found.get(l.passage.paragraph)?.start ?? -1;
      if (start < 0) continue;
      // a dateline's sentence tells the section's news ("SAN DIEGO--… held its convention here May 15"); a heading
      // naming a day alone may open a day of several gatherings, which the day rules keep apart
      const opening = passages.find((p) => p.paragraph === start && p.kind === 'body');
      const day = opening && datelinePlace(opening.text) ? corpus.byPassage.get(opening.id)?.[0] : undefined;
      if (day) Object.assign(l, { date: day.date, dateSource: 'paragraph' as const });
    }
  },
};
