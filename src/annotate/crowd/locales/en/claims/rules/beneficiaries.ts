import type { FigureRule } from '../figureTypes.js';
import { FOR_WHOM } from '../../words.js';

export const beneficiaries: FigureRule = {
  name: 'beneficiaries',
  reason:
    'A figure right after "for" counts the people something is for ("prayers for 40 black men", "a vigil for 12 victims", "a permit for 5,000 people"), not who gathered.',
  judge: ({ sentence: { tokens }, q }) => {
    let k = q.first - 1;
    if (tokens[k]?.lower === 'the') k--;
    return FOR_WHOM.has(tokens[k]?.lower ?? '') ? 'drop' : undefined;
  },
};
