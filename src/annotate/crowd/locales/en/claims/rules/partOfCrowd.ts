import { FOCUS_WORDS, GATHERING_NOUNS, PART_GATHERING_MODIFIERS, PART_NOUNS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const partOfCrowd: FigureRule = {
  name: 'part-of-crowd',
  reason:
    'A figure after a part\'s noun and "of" ("a committee of just six people", "a contingent of 300 nurses", "another wave of hundreds of people", "a feeder march of some 1,500 students") counts a body or a part of a crowd, not a gathering\'s size.',
  judge: ({ sentence: { tokens }, q }) => {
    // "a committee of just six people"
    const of = FOCUS_WORDS.has(tokens[q.first - 1]?.lower ?? '') ? q.first - 2 : q.first - 1;
    if (tokens[of]?.lower !== 'of') return undefined;
    const noun = tokens[of - 1]?.lower ?? '';
    if (PART_NOUNS.has(noun)) return 'drop';
    return GATHERING_NOUNS.has(noun) && PART_GATHERING_MODIFIERS.has(tokens[of - 2]?.lower ?? '') ? 'drop' : undefined;
  },
};
