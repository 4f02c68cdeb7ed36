import { APPROXIMATE, LOWER_BOUND, UPPER_BOUND } from '../../quantity/words.js';
import { BODY_HOLDS_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { gatheringVerbAt } from './gatheringVerbAfter.js';
import type { Token } from '../../../../../core/tokens.js';

/** A relative pronoun between the count and its verb: "represents 800 workers who walked out". */
const RELATIVE_WORDS = new Set(['who', 'that']);

/** The hedge words a figure may open with ("about", "some", "more than"), read past to the verb before it. */
const HEDGES = new Set([...APPROXIMATE, ...LOWER_BOUND, ...UPPER_BOUND].flat());

/** The verb right before the figure, past hedge words the quantity did not take in. */
function verbBefore(tokens: Token[], first: number): Token | undefined {
  let k = first - 1;
  while (k >= 0 && HEDGES.has(tokens[k]!.lower)) k--;
  return tokens[k];
}

export const heldByBody: FigureRule = {
  name: 'held-by-body',
  reason:
    'People a body represents, groups, covers or employs ("the union, which represents about 2,300 workers", "the Confederation of Copperworkers, which groups 22,000 workers", "new contracts covering some 500,000 U.S. workers", "the mill employs 525 people") are its membership or staff, no turnout, even in a sentence about a strike; unless a gathering verb follows the count ("represents 800 workers who walked out" is read by the rules after).',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    const verb = verbBefore(tokens, q.first);
    if (!verb || verb.kind !== 'word' || !BODY_HOLDS_VERBS.has(verb.lower)) return undefined;
    let next = (peopleNoun ?? q.last) + 1;
    if (RELATIVE_WORDS.has(tokens[next]?.lower ?? '')) next++;
    return gatheringVerbAt(tokens, next) ? undefined : 'drop';
  },
};
