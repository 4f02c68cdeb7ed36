import { PUBLIC_EVENT } from '../../words.js';
import { days, nearest, paragraphOf, type DatingRule } from '../dating.js';

export const paragraphEventDay: DatingRule = {
  name: 'paragraph-event-day',
  reason:
    'Else, for a claim whose own sentence is about a gathering, a day in a sentence of its paragraph that tells of a public event people attend ("On March 13, … organized a forum at the church. A crowd of 700 came"), the one nearest the figure.',
  date: (input) => {
    if (!input.index.aboutGathering(input.passage)) return undefined;
    const found = input.index.memo(`paragraph-event-days:${input.passage.paragraph}`, () =>
      days(
        input.byPassage,
        paragraphOf(input).filter((p) => PUBLIC_EVENT.test(p.text)),
      ),
    );
    return found.length ? [nearest(found, input.claim.start)!.date, 'paragraph'] : undefined;
  },
};
