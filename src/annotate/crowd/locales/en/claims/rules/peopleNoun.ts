import { GATHERED_NOUNS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const peopleNoun: FigureRule = {
  name: 'people-noun',
  reason: 'A figure counting people ("500,000 Shiite worshippers") is a crowd in a clause about a gathering, or when the noun says it gathered ("protesters").',
  judge: ({ sentence: { tokens }, peopleNoun: head, aboutGathering }) => {
    if (head === null) return undefined;
    const noun = tokens[head]!;
    return !aboutGathering && !GATHERED_NOUNS.has(noun.lower) ? 'drop' : { counted: noun.text };
  },
};
