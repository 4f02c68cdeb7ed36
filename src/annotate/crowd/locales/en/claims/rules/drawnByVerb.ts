import type { FigureRule } from '../figureTypes.js';
import { DRAW_VERBS } from '../../words.js';

export const drawnByVerb: FigureRule = {
  name: 'drawn-by-verb',
  reason:
    'In a clause about a gathering, a bare figure that a verb of drawing people takes as its object ("brought millions to the streets", "protests have involved tens of thousands", "marches drew out tens of thousands") is a crowd\'s size, and so is each figure joined after it ("drew 1,500 and 500, respectively").',
  judge: ({ sentence: { tokens }, opener, aboutGathering }) => {
    // figures joined after the verb are its objects too: "drew 1,500 and 500, respectively"
    const first = opener.first;
    // "two separate marches drew out tens of thousands"
    const verb = tokens[first - 1]?.lower === 'out' ? first - 2 : first - 1;
    const before = tokens[verb];
    return aboutGathering && before?.kind === 'word' && DRAW_VERBS.has(before.lower) ? { counted: 'people' } : undefined;
  },
};
