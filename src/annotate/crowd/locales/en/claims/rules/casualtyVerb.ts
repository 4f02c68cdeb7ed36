import type { Token } from '../../../../../core/tokens.js';
import { BE_VERBS, CASUALTY_WORDS, FIGURE_AUXILIARIES, HAVE_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { isVerbWord } from '../grammar.js';

/** Words read after a people count for its verb: "At least 106 protesters in 21 cities have been killed". */
const VERB_REACH = 8;

/**
 * The index of the figure's own verb after its head, past a place phrase and the auxiliaries ("have been killed" gives
 * "killed"), or -1 when a punctuation mark comes first.
 */
export function ownVerbAfter(tokens: Token[], head: number): number {
  for (let k = head + 1; k < tokens.length && k <= head + VERB_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') return -1;
    if (t.kind !== 'word' || t.text !== t.lower || !isVerbWord(tokens, k)) continue;
    while (k < tokens.length && (FIGURE_AUXILIARIES.has(tokens[k]!.lower) || BE_VERBS.has(tokens[k]!.lower) || HAVE_VERBS.has(tokens[k]!.lower))) k++;
    return k;
  }
  return -1;
}

/** The verb of the figure's clause, past a place phrase and the auxiliaries, is a casualty word. */
const verbIsCasualty = (tokens: Token[], head: number) => CASUALTY_WORDS.has(tokens[ownVerbAfter(tokens, head)]?.lower ?? '');

export const casualtyVerb: FigureRule = {
  name: 'casualty-verb',
  reason:
    'People whose own verb, past a place phrase and its auxiliaries, is a casualty\'s ("at least 106 protesters in 21 cities have been killed") are no crowd.',
  judge: ({ sentence: { tokens }, peopleNoun }) => (peopleNoun !== null && verbIsCasualty(tokens, peopleNoun) ? 'drop' : undefined),
};
