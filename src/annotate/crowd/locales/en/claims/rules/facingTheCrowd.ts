import type { Token } from '../../../../../core/tokens.js';
import { ADDRESS_VERBS, DETERMINERS, FACED_CROWD_NOUNS, GATHERING_VERB_PARTICLES, GATHERING_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** Token k is a gathering verb as the figure-verb rules read it ("marched", "turned out"; not "took turns"). */
function gatheringVerb(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || !GATHERING_VERBS.has(t.lower)) return false;
  const particles = GATHERING_VERB_PARTICLES[t.lower];
  return !particles || particles.includes(tokens[k + 1]?.lower ?? '');
}

/** "addressing the crowd", "spoke to the marchers": token k is an address verb whose object is the crowd. */
function addressesCrowd(tokens: Token[], k: number): boolean {
  if (!ADDRESS_VERBS.has(tokens[k]!.lower)) return false;
  let j = k + 1;
  if (tokens[j]?.lower === 'to') j++;
  if (!DETERMINERS.has(tokens[j]?.lower ?? '')) return false;
  return FACED_CROWD_NOUNS.has(tokens[j + 1]?.lower ?? '');
}

export const facingTheCrowd: FigureRule = {
  name: 'facing-the-crowd',
  reason:
    'A figure whose verb, before any gathering verb of its sentence, addresses the crowd ("over a dozen activists took turns addressing the crowd", "the two candidates heard the crowd") counts those who faced the crowd, not the crowd.',
  judge: ({ sentence: { tokens, quantities }, q }) => {
    for (let k = q.last + 1; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (['.', '!', '?', ';'].includes(t.text) || quantities.some((o) => o.first === k) || gatheringVerb(tokens, k)) return undefined;
      if (addressesCrowd(tokens, k)) return 'drop';
    }
    return undefined;
  },
};
