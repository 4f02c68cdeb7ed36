import { FUNCTION_WORDS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const strongCrowd: FigureRule = {
  name: 'strong-crowd',
  reason: 'A "10,000-strong crowd" counts the noun after "strong", else people.',
  judge: ({ sentence: { tokens }, peopleNoun }) => {
    if (peopleNoun === null || tokens[peopleNoun]!.lower !== 'strong') return undefined;
    const next = tokens[peopleNoun + 1];
    return { counted: next?.kind === 'word' && !FUNCTION_WORDS.has(next.lower) ? next.text : 'people' };
  },
};
