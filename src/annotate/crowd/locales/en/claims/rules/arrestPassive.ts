import { matchWords, type Token } from '../../../../../core/tokens.js';
import { ARREST_PASSIVES, BE_VERBS, CLAUSE_WORDS, FIGURE_AUXILIARIES, HAVE_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { isVerbWord } from '../grammar.js';

/** Words read after the figure (or its people noun) for its passive: "400 protesters outside the ministry were rounded up". */
const PASSIVE_REACH = 8;

/**
 * The figure's own verb, past a place phrase, is a passive of arresting: "were rounded up", "have been
 * hauled away". Another verb first ("2,000 marched after 40 were detained") or a relative clause ("400
 * protesters who were detained last year marched") leaves the figure to the other rules.
 */
function arrestedInPassive(tokens: Token[], head: number): boolean {
  for (let k = head + 1; k < tokens.length && k <= head + PASSIVE_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' || (CLAUSE_WORDS.has(t.lower) && t.lower !== 'and' && t.lower !== 'or')) return false;
    if (HAVE_VERBS.has(t.lower) || (FIGURE_AUXILIARIES.has(t.lower) && !BE_VERBS.has(t.lower))) continue;
    if (!BE_VERBS.has(t.lower)) {
      if (t.kind === 'word' && t.text === t.lower && isVerbWord(tokens, k)) return false;
      continue;
    }
    while (BE_VERBS.has(tokens[k + 1]?.lower ?? '')) k++;
    return ARREST_PASSIVES.some((words) => matchWords(tokens, k + 1, words));
  }
  return false;
}

export const arrestPassive: FigureRule = {
  name: 'arrest-passive',
  reason:
    'People a passive says were taken ("400 protesters were rounded up", "about 90 were detained", "scores were hauled away") are counted as arrested, not as a crowd; "were gathered outside" is no arrest.',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => (arrestedInPassive(tokens, peopleNoun ?? q.resume - 1) ? 'drop' : undefined),
};
