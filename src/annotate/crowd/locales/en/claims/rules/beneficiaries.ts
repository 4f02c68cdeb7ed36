import type { FigureRule } from '../figureTypes.js';
import { FOR_WHOM, GATHERED_NOUNS } from '../../words.js';

export const beneficiaries: FigureRule = {
  name: 'beneficiaries',
  reason:
    'A figure right after "for" counts the people something is for ("prayers for 40 black men", "a vigil for 12 victims", "a permit for 5,000 people"), not who gathered, unless its noun says they gather ("for hundreds of protesters").',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    // "gearing up for hundreds of protesters passing through": people the noun says gather
    if (peopleNoun !== null && GATHERED_NOUNS.has(tokens[peopleNoun]!.lower)) return undefined;
    let k = q.first - 1;
    if (tokens[k]?.lower === 'the') k--;
    return FOR_WHOM.has(tokens[k]?.lower ?? '') ? 'drop' : undefined;
  },
};
