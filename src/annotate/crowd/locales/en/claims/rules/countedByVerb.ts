import type { Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import { CASUALTY_WORDS, ESTIMATE_VERBS, PUT_AT_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** A bare figure that a counting verb takes as its object: "police counted fewer than 500", "put it at 200,000". */
function countedBy(tokens: Token[], q: Quantity): boolean {
  const before = tokens[q.first - 1];
  if (!before) return false;
  for (let k = q.last + 1; k <= Math.min(tokens.length - 1, q.last + 4); k++) if (CASUALTY_WORDS.has(tokens[k]!.lower)) return false;
  if (ESTIMATE_VERBS.has(before.lower)) return true;
  if (before.lower !== 'at') return false;
  for (let k = q.first - 2; k >= Math.max(0, q.first - 5); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (PUT_AT_VERBS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

export const countedByVerb: FigureRule = {
  name: 'counted-by-verb',
  reason: 'In a clause about a gathering, a bare figure a counting verb takes ("police counted fewer than 500", "put it at 200,000") is the crowd\'s size.',
  judge: ({ sentence: { tokens }, q, aboutGathering }) => (aboutGathering && countedBy(tokens, q) ? { counted: 'people' } : undefined),
};
