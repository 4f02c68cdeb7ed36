import { isAboutGathering } from '../../gathering.js';
import { days, mostFrequent, type DatingRule } from '../dating.js';

export const articleGatheringDay: DatingRule = {
  name: 'article-gathering-day',
  reason: 'Else the day the article\'s sentences about a gathering name most often ("the march on Friday"), before a day of a briefing in the paragraph.',
  date: ({ sameArticle, byPassage }) => {
    const usual = mostFrequent(
      days(
        byPassage,
        sameArticle.filter((p) => isAboutGathering(p.text)),
      ).map((d) => d.date),
    );
    return usual ? [usual, 'article'] : undefined;
  },
};
