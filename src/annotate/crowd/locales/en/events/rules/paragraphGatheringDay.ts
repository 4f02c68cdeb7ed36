import { days, nearest, paragraphOf, type DatingRule } from '../dating.js';
import { daysToBorrow } from './plannedDay.js';

export const paragraphGatheringDay: DatingRule = {
  name: 'paragraph-gathering-day',
  reason:
    "Else a day in the paragraph's sentences about a gathering, the one nearest the figure; a crowd that turned out takes none told as ahead (planned-day).",
  date: (input) => {
    const found = input.index.memo(`paragraph-gathering-days:${input.passage.paragraph}:${input.claim.forecast}`, () =>
      daysToBorrow(
        input,
        days(
          input.byPassage,
          paragraphOf(input).filter((p) => input.index.aboutGathering(p)),
        ),
      ),
    );
    return found.length ? [nearest(found, input.claim.start)!.date, 'paragraph'] : undefined;
  },
};
