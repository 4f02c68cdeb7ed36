import type { FigureRule } from '../figureTypes.js';
import { DRAW_VERBS } from '../../words.js';

export const drawnByVerb: FigureRule = {
  name: 'drawn-by-verb',
  reason:
    'In a clause about a gathering, a bare figure that a verb of drawing people takes as its object ("brought millions to the streets", "protests have involved tens of thousands", "marches drew out tens of thousands") is a crowd\'s size.',
  judge: ({ sentence: { tokens }, q, aboutGathering }) => {
    // "two separate marches drew out tens of thousands"
    const verb = tokens[q.first - 1]?.lower === 'out' ? q.first - 2 : q.first - 1;
    const before = tokens[verb];
    return aboutGathering && before?.kind === 'word' && DRAW_VERBS.has(before.lower) ? { counted: 'people' } : undefined;
  },
};
