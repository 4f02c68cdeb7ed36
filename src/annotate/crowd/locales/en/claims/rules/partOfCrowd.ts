import { FOCUS_WORDS, GATHERING_NOUNS, INCLUDE_SUBJECT_REACH, INCLUDE_VERBS, PART_GATHERING_MODIFIERS, PART_NOUNS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const partOfCrowd: FigureRule = {
  name: 'part-of-crowd',
  reason:
    'A figure after a part\'s noun and "of" ("a committee of just six people", "a contingent of 300 nurses", "another wave of hundreds of people", "a feeder march of some 1,500 students"), or after a gathering and a verb of including ("The multiracial crowd included 100 students"), counts a body or a part of a crowd, not a gathering\'s size.',
  judge: ({ sentence: { tokens }, q }) => {
    // "The multiracial crowd included 100 students": a part of the crowd its subject counts
    if (INCLUDE_VERBS.has(tokens[q.first - 1]?.lower ?? '')) {
      for (let k = q.first - 2; k >= 0 && k >= q.first - 1 - INCLUDE_SUBJECT_REACH; k--) {
        if (tokens[k]!.kind === 'punct') break;
        if (GATHERING_NOUNS.has(tokens[k]!.lower)) return 'drop';
      }
    }
    // "a committee of just six people"
    const of = FOCUS_WORDS.has(tokens[q.first - 1]?.lower ?? '') ? q.first - 2 : q.first - 1;
    if (tokens[of]?.lower !== 'of') return undefined;
    const noun = tokens[of - 1]?.lower ?? '';
    if (PART_NOUNS.has(noun)) return 'drop';
    return GATHERING_NOUNS.has(noun) && PART_GATHERING_MODIFIERS.has(tokens[of - 2]?.lower ?? '') ? 'drop' : undefined;
  },
};
