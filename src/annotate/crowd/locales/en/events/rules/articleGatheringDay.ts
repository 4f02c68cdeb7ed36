import { days, mostFrequent, type DatingRule } from '../dating.js';
import { daysToBorrow } from './plannedDay.js';

export const articleGatheringDay: DatingRule = {
  name: 'article-gathering-day',
  reason:
    'Else the day the article\'s sentences about a gathering name most often ("the march on Friday"), before a day of a briefing in the paragraph; a crowd that turned out takes none told as ahead (planned-day).',
  date: (input) => {
    const { sameArticle, byPassage, index, claim } = input;
    const usual = index.memo(`article-gathering-day:${claim.forecast}`, () =>
      mostFrequent(
        daysToBorrow(
          input,
          days(
            byPassage,
            sameArticle.filter((p) => index.aboutGathering(p)),
          ),
        ).map((d) => d.date),
      ),
    );
    return usual ? [usual, 'article'] : undefined;
  },
};
