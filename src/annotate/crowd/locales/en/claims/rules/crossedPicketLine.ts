import type { Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import { CROSSED_LINE_WORDS, CROSSING_REACH, CROSSING_VERBS, LINE_NOUNS } from '../../peopleWords.js';
import type { FigureRule } from '../figureTypes.js';

/** "crossed the picket lines", "are crossing picket lines", "crossed the line": a crossing verb and a line after a few words of its own. */
function crossesLine(tokens: Token[], q: Quantity): boolean {
  for (let k = q.resume; k < tokens.length && k <= q.resume + CROSSING_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (!CROSSING_VERBS.has(t.lower)) continue;
    let m = k + 1;
    while (m < tokens.length && CROSSED_LINE_WORDS.has(tokens[m]!.lower)) m++;
    return LINE_NOUNS.has(tokens[m]?.lower ?? '');
  }
  return false;
}

export const crossedPicketLine: FigureRule = {
  name: 'crossed-picket-line',
  reason:
    'People counted as crossing a picket line ("about 70 workers are crossing picket lines", "only 38 nurses have reportedly crossed the picket line") broke the strike: they are no crowd of it, though the sentence is about pickets; another line a march crosses ("2,000 marchers crossed the state line") is not read: only "the", "a", "picket", "their" or "union" may come between.',
  judge: ({ sentence: { tokens }, q }) => (crossesLine(tokens, q) ? 'drop' : undefined),
};
