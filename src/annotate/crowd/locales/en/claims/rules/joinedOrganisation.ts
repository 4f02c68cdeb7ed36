import type { Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import { GATHERING_NOUNS, JOIN_VERBS, MEMBERSHIP_NOUNS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** Words read after the figure for its joining verb, and after that verb for what is joined. */
const JOIN_REACH = 8;
const JOINED_REACH = 3;

/** "Thousands of Tunisians have flocked to join jihadist groups": the figure's people joined a body, not a gathering. */
function joinedBody(tokens: Token[], q: Quantity): boolean {
  for (let k = q.resume; k < tokens.length && k <= q.resume + JOIN_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') return false;
    if (!JOIN_VERBS.has(t.lower)) continue;
    for (let m = k + 1; m < tokens.length && m <= k + JOINED_REACH; m++) {
      const w = tokens[m]!;
      if (w.kind === 'punct' || GATHERING_NOUNS.has(w.lower)) return false;
      // "joined the union's march", "joined the party rally": the body names the gathering
      if (MEMBERSHIP_NOUNS.has(w.lower)) return !GATHERING_NOUNS.has(tokens[m + 1]?.lower ?? '') && tokens[m + 1]?.text !== "'" && tokens[m + 1]?.text !== '’';
    }
    return false;
  }
  return false;
}

export const joinedOrganisation: FigureRule = {
  name: 'joined-organisation',
  reason: 'People counted as joining a body ("thousands have flocked to join jihadist groups", "joined the army") enlisted; they are no crowd.',
  judge: ({ sentence: { tokens }, q }) => (joinedBody(tokens, q) ? 'drop' : undefined),
};
