import type { FigureRule } from '../figureTypes.js';
import { followedByOtherNoun, isYear } from '../people.js';

export const yearOrOtherNoun: FigureRule = {
  name: 'year-or-other-noun',
  reason: 'A bare figure that is a year, or counts something other than people ("500,000 dollars", "36 rockets"), is no crowd.',
  judge: ({ sentence: { tokens }, q }) => (isYear(tokens, q) || followedByOtherNoun(tokens, q) ? 'drop' : undefined),
};
