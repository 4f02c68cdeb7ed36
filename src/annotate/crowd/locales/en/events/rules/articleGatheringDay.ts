import { days, mostFrequent, type DatingRule } from '../dating.js';

export const articleGatheringDay: DatingRule = {
  name: 'article-gathering-day',
  reason: 'Else the day the article\'s sentences about a gathering name most often ("the march on Friday"), before a day of a briefing in the paragraph.',
  date: ({ sameArticle, byPassage, index }) => {
    const usual = index.memo('article-gathering-day', () =>
      mostFrequent(
        days(
          byPassage,
          sameArticle.filter((p) => index.aboutGathering(p)),
        ).map((d) => d.date),
      ),
    );
    return usual ? [usual, 'article'] : undefined;
  },
};
