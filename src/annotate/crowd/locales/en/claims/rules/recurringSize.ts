import { FREQUENCY_REACH, FREQUENCY_WORDS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const recurringSize: FigureRule = {
  name: 'recurring-size',
  reason:
    'A size told with a word of frequency before its verb ("mass assemblies, sometimes drawing as many as 1,500 people", "the rallies often draw thousands") is what gatherings of a kind reach now and then, no size of one gathering.',
  judge: ({ sentence: { tokens }, q }) => {
    for (let k = q.first - 1; k >= 0 && k >= q.first - FREQUENCY_REACH; k--) {
      const t = tokens[k]!;
      if (t.kind === 'punct') return undefined;
      if (FREQUENCY_WORDS.has(t.lower)) return 'drop';
    }
    return undefined;
  },
};
