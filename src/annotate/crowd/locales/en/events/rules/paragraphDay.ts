import { days, nearest, paragraphOf, type DatingRule } from '../dating.js';

export const paragraphDay: DatingRule = {
  name: 'paragraph-day',
  reason: 'Else any day the paragraph gives ("a spokesperson told reporters on Tuesday"), the one nearest the figure.',
  date: (input) => {
    const found = input.index.memo(`paragraph-days:${input.passage.paragraph}`, () => days(input.byPassage, paragraphOf(input)));
    return found.length ? [nearest(found, input.claim.start)!.date, 'paragraph'] : undefined;
  },
};
