import { matchWords, type Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import { FIGURE_AUXILIARIES, GATHERING_STATES, GATHERING_VERB_PARTICLES, GATHERING_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** "thousands marched", "2 million turned out", "hundreds of thousands are marching", "5,000 have been on strike". */
function verbAfter(tokens: Token[], q: Quantity): boolean {
  let j = q.resume;
  while (tokens[j] && FIGURE_AUXILIARIES.has(tokens[j]!.lower)) j++;
  if (GATHERING_STATES.some((words) => matchWords(tokens, j, words))) return true;
  const verb = tokens[j];
  if (!verb || verb.kind !== 'word' || !GATHERING_VERBS.has(verb.lower)) return false;
  const particles = GATHERING_VERB_PARTICLES[verb.lower];
  return !particles || particles.includes(tokens[j + 1]?.lower ?? '');
}

export const gatheringVerbAfter: FigureRule = {
  name: 'gathering-verb-after',
  reason: 'A bare figure followed by a gathering verb ("thousands marched", "2 million turned out") counts people.',
  judge: ({ sentence: { tokens }, q }) => (verbAfter(tokens, q) ? { counted: 'people' } : undefined),
};
