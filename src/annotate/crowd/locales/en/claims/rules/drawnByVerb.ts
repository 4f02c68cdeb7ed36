import type { FigureRule } from '../figureTypes.js';
import { DRAW_VERBS } from '../../words.js';

export const drawnByVerb: FigureRule = {
  name: 'drawn-by-verb',
  reason:
    'In a clause about a gathering, a bare figure that a verb of drawing people takes as its object ("brought millions to the streets", "protests have involved tens of thousands") is a crowd\'s size.',
  judge: ({ sentence: { tokens }, q, aboutGathering }) => {
    const before = tokens[q.first - 1];
    return aboutGathering && before?.kind === 'word' && DRAW_VERBS.has(before.lower) ? { counted: 'people' } : undefined;
  },
};
