import { FUNCTION_WORDS, GATHERING_NOUNS, STANDING_BODY_NOUNS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const strongCrowd: FigureRule = {
  name: 'strong-crowd',
  reason:
    'A "10,000-strong crowd" counts the noun after "strong", else people; a standing body so sized ("the 100,000-strong union", "the 100,000-strong AFSCME District Council 37", a name) counts its members, no crowd.',
  judge: ({ sentence: { tokens }, peopleNoun }) => {
    if (peopleNoun === null || tokens[peopleNoun]!.lower !== 'strong') return undefined;
    const next = tokens[peopleNoun + 1];
    if (next?.kind === 'word' && !GATHERING_NOUNS.has(next.lower) && (STANDING_BODY_NOUNS.has(next.lower) || /^\p{Lu}/u.test(next.text))) return 'drop';
    return { counted: next?.kind === 'word' && !FUNCTION_WORDS.has(next.lower) ? next.text : 'people' };
  },
};
