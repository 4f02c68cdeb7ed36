import { FILL_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { countedAfter, followedByOtherNoun } from '../people.js';

export const filledWith: FigureRule = {
  name: 'filled-with',
  reason:
    'A figure after a filling verb and "with" ("the mall filled with well over 100,000", "the square was packed with 5,000 people") is the crowd that filled the place, unless it counts things ("a van filled with 300 boxes").',
  judge: ({ sentence: { tokens }, q }) => {
    if (tokens[q.first - 1]?.lower !== 'with' || !FILL_VERBS.has(tokens[q.first - 2]?.lower ?? '')) return undefined;
    return followedByOtherNoun(tokens, q) ? undefined : { counted: countedAfter(tokens, q, 'people') };
  },
};
