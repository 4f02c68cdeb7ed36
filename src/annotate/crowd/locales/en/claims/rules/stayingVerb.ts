import type { Token } from '../../../../../core/tokens.js';
import { FIGURE_AUXILIARIES, STAYING_FILLERS, STAYING_NON_GATHERING_PLACES, STAYING_PLACE_PREPOSITIONS, STAYING_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** Words read after the place preposition for a place of care or custody: "in the police cells". */
const PLACE_REACH = 4;

/**
 * Whether the figure's verb is one of staying put with a place after it: 'gathering' for a square or a
 * parliament ("spent the night in the square"), 'elsewhere' for care, custody or lodging ("in hospital"),
 * null for no staying verb with a place ("spent $2,000").
 */
function stayingPlace(tokens: Token[], head: number): 'gathering' | 'elsewhere' | null {
  let j = head + 1;
  while (tokens[j] && FIGURE_AUXILIARIES.has(tokens[j]!.lower)) j++;
  if (!STAYING_VERBS.has(tokens[j]?.lower ?? '')) return null;
  j++;
  while (tokens[j] && STAYING_FILLERS.has(tokens[j]!.lower) && !STAYING_PLACE_PREPOSITIONS.has(tokens[j]!.lower)) j++;
  // "stayed on in the square": "on" before another preposition is a particle
  if (tokens[j]?.lower === 'on' && STAYING_PLACE_PREPOSITIONS.has(tokens[j + 1]?.lower ?? '')) j++;
  if (!STAYING_PLACE_PREPOSITIONS.has(tokens[j]?.lower ?? '')) return null;
  for (let k = j + 1; k < tokens.length && k <= j + PLACE_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct') break;
    if (STAYING_NON_GATHERING_PLACES.has(t.lower)) return 'elsewhere';
  }
  return 'gathering';
}

export const stayingVerb: FigureRule = {
  name: 'staying-verb',
  reason:
    'People who stayed put at a place ("hundreds spent the night in the square", "some 2,000 camped outside parliament", "thousands stayed on in the square overnight") are a crowd; a night in hospital, custody or jail is not, nor is money spent.',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    const place = stayingPlace(tokens, peopleNoun ?? q.resume - 1);
    if (place === null) return undefined;
    return place === 'elsewhere' ? 'drop' : { counted: peopleNoun === null ? 'people' : tokens[peopleNoun]!.lower };
  },
};
