import type { DatingRule } from '../dating.js';

export const publicationDay: DatingRule = {
  name: 'publication-day',
  reason: "Else the article's publication date: a report tells of its own day unless it says otherwise.",
  date: ({ article }) => (article?.published ? [article.published, 'published'] : undefined),
};
