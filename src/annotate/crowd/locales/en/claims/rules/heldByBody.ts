import { APPROXIMATE, LOWER_BOUND, UPPER_BOUND } from '../../quantity/words.js';
import { BODY_HOLDS_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { gatheringVerbAt } from './gatheringVerbAfter.js';
import type { Token } from '../../../../../core/tokens.js';

/** A relative pronoun between the count and its verb: "represents 800 workers who walked out". */
const RELATIVE_WORDS = new Set(['who', 'that']);

/** The hedge words a figure may open with ("about", "some", "more than"), read past to the verb before it. */
const HEDGES = new Set([...APPROXIMATE, ...LOWER_BOUND, ...UPPER_BOUND].flat());

/** The index of a holding verb right before the figure ("represents", "covers"), past hedge words the quantity did not take in. */
export function holdingVerbBefore(tokens: Token[], first: number): number | undefined {
  let k = first - 1;
  while (k >= 0 && HEDGES.has(tokens[k]!.lower)) k--;
  const verb = tokens[k];
  return verb && verb.kind === 'word' && BODY_HOLDS_VERBS.has(verb.lower) ? k : undefined;
}

export const heldByBody: FigureRule = {
  name: 'held-by-body',
  reason:
    'People a body represents, groups, covers or employs ("the union, which represents about 2,300 workers", "the Confederation of Copperworkers, which groups 22,000 workers", "new contracts covering some 500,000 U.S. workers", "the mill employs 525 people") are its membership or staff, no turnout, even in a sentence about a strike; unless a gathering verb follows the count ("represents 800 workers who walked out" is read by the rules after); a body told on strike before the verb is read by `striking-body-holding`, asked first.',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    if (holdingVerbBefore(tokens, q.first) === undefined) return undefined;
    let next = (peopleNoun ?? q.last) + 1;
    if (RELATIVE_WORDS.has(tokens[next]?.lower ?? '')) next++;
    return gatheringVerbAt(tokens, next) ? undefined : 'drop';
  },
};
