import { matchWords, type Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import {
  ASPECT_VERBS,
  COMPOUND_DETERMINERS,
  DASHES,
  FIGURE_AUXILIARIES,
  GATHERING_STATES,
  GATHERING_VERB_PARTICLES,
  GATHERING_VERBS,
  NARRATIVE_ADVERBS,
  PART_OF_GROUP,
} from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** "thousands marched", "2 million turned out", "hundreds of thousands are marching", "5,000 have been on strike". */
function verbAfter(tokens: Token[], q: Quantity): boolean {
  // "several hundreds of them started to protest" (a part after a count is dropped before: part-of-group)
  const after = tokens[q.resume]?.lower === 'of' && PART_OF_GROUP.has(tokens[q.resume + 1]?.lower ?? '') ? q.resume + 2 : q.resume;
  return gatheringVerbAt(tokens, after) || grownInAside(tokens, q);
}

/** A dash, written "--", "—" or "–", ending at token k (-1 if none); its first token's index. */
function dashEndingAt(tokens: Token[], k: number): number {
  if (DASHES.has(tokens[k]?.text ?? '')) return k;
  return tokens[k]?.text === '-' && tokens[k - 1]?.text === '-' ? k - 1 : -1;
}

/**
 * "Hundreds of people--then thousands--turned out": a size the crowd grew to, in a dash aside opened by a word of
 * sequence after an earlier figure, takes the verb after the aside.
 */
function grownInAside(tokens: Token[], q: Quantity): boolean {
  if (!NARRATIVE_ADVERBS.has(tokens[q.first - 1]?.lower ?? '') || dashEndingAt(tokens, q.first - 2) < 0) return false;
  let j = q.resume;
  if (DASHES.has(tokens[j]?.text ?? '')) j++;
  else if (tokens[j]?.text === '-' && tokens[j + 1]?.text === '-') j += 2;
  else return false;
  return j > q.resume && gatheringVerbAt(tokens, j);
}

/** The verb group at token j, past its auxiliaries, is a gathering verb or state ("marched", "have been on strike"). */
export function gatheringVerbAt(tokens: Token[], j: number): boolean {
  while (tokens[j] && FIGURE_AUXILIARIES.has(tokens[j]!.lower)) j++;
  // "started to protest", "began to march": the verb after a verb of starting or going on
  if (ASPECT_VERBS.has(tokens[j]?.lower ?? '') && tokens[j + 1]?.lower === 'to') j += 2;
  if (GATHERING_STATES.some((words) => matchWords(tokens, j, words))) return true;
  const verb = tokens[j];
  if (!verb || verb.kind !== 'word' || !GATHERING_VERBS.has(verb.lower)) return false;
  const particles = GATHERING_VERB_PARTICLES[verb.lower];
  return !particles || particles.includes(tokens[j + 1]?.lower ?? '');
}

/**
 * "the two protest groups": after a determiner, a gathering verb in its base form before a plural noun modifies the
 * noun; no verb ("Thousands protest cuts" has no determiner).
 */
function compoundNoun(tokens: Token[], q: Quantity): boolean {
  if (!COMPOUND_DETERMINERS.has(tokens[q.first - 1]?.lower ?? '')) return false;
  const verb = tokens[q.resume];
  const next = tokens[q.resume + 1];
  return !!verb && !/(?:ed|ing)$/.test(verb.lower) && next?.kind === 'word' && /^\p{Ll}+s$/u.test(next.text);
}

export const gatheringVerbAfter: FigureRule = {
  name: 'gathering-verb-after',
  reason:
    'A bare figure followed by a gathering verb ("thousands marched", "2 million turned out") counts people; so does a size the crowd grew to in a dash aside before the verb ("Hundreds of people--then thousands--turned out"), and a figure that started or went on to gather ("several hundreds of them started to protest").',
  judge: ({ sentence: { tokens }, q }) => (verbAfter(tokens, q) && !compoundNoun(tokens, q) ? { counted: 'people' } : undefined),
};
