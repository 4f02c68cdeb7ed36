import { SCENE_PREPOSITIONS, THE } from './words.js';
import { expandsToPlace } from './predicates.js';
import type { NameToken, Span } from './tokens.js';
import { lexiconTags } from '../../../core/lexicon.js';

/**
 * Where the lexicon's first-name and person tags of a name's words say nothing about the name as a whole:
 * - the lexicon knows the whole name as a place ("Los Angeles", "San Jose", "San Francisco");
 * - it stands right after a place preposition opening the sentence and before a comma ("In Santa Barbara,
 *   police said", "In Jackson, Mississippi,"): the scene of what follows, whose subject comes after the
 *   comma. A title, a role or speech right after the name may still say person.
 */
export function namesAreNoEvidence(text: string, tokens: NameToken[], span: Span): boolean {
  const first = tokens[span.nameFrom];
  const last = tokens[span.to - 1]!;
  if (!first) return false;
  if (span.to - span.nameFrom > 1 && !last.possessive && expandsToPlace(lexiconTags(text.slice(first.start, last.end).toLowerCase()))) return true;
  if (span.nameFrom > span.from || last.possessive) return false;
  const before = tokens[span.from - 1];
  const prep = before && THE.test(before.text) ? tokens[span.from - 2] : before;
  return !!prep && prep.sentenceStart && SCENE_PREPOSITIONS.has(prep.lower) && /^\s*,/.test(text.slice(last.end));
}
