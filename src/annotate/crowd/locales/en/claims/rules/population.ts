import type { Token } from '../../../../../core/tokens.js';
import { DWELLER_NOUNS, POPULATION_BEFORE, SETTLEMENT_NOUNS } from '../../peopleWords.js';
import type { FigureRule } from '../figureTypes.js';
import { gatheringVerbAt } from './gatheringVerbAfter.js';

/** The words right before token k spell `words`. */
const endsWith = (tokens: Token[], k: number, words: readonly string[]) => words.every((w, i) => tokens[k - words.length + i]?.lower === w);

/** "a city of 2 million", "the strip's 2.3 million": a settled place's noun then "of" right before the count. */
function settlementOf(tokens: Token[], first: number): boolean {
  return tokens[first - 1]?.lower === 'of' && SETTLEMENT_NOUNS.has(tokens[first - 2]?.lower ?? '');
}

export const population: FigureRule = {
  name: 'population',
  reason:
    'How many people live somewhere is no crowd: a count after a settled place and "of" ("a city of 2 million", "a country of 90 million people"), after "home to" or "population of", or of inhabitants ("2.3 million inhabitants"); unless a gathering verb follows the count ("a town of 5,000 residents marched" is read by the rules after).',
  judge: ({ sentence: { tokens }, opener, q, peopleNoun }) => {
    const first = opener.first;
    const lives =
      settlementOf(tokens, first) ||
      POPULATION_BEFORE.some((words) => endsWith(tokens, first, words)) ||
      (peopleNoun !== null && DWELLER_NOUNS.has(tokens[peopleNoun]!.lower));
    if (!lives) return undefined;
    return gatheringVerbAt(tokens, (peopleNoun ?? q.last) + 1) ? undefined : 'drop';
  },
};
