import { lexiconTags } from '../../../../core/lexicon.js';
import { describes, isModifier, roleNounBeforeName } from '../predicates.js';
import { has, type NameToken, type Span } from '../tokens.js';
import type { SpanRefiner } from './context.js';

/**
 * "Professor Keith Still of", "Senator Young voted", "Taylor Swift's": a capitalised adjective (no demonym) ending a
 * name in mid-sentence is a surname right after a first name or a word the lexicon files as a person's name
 * ("Taylor", a surname too), and right after a title when it describes
 * (core/lexicon.ts); "Iraqi Shiite" and "Chief Executive" are no one's names.
 */
function isSurname(tokens: NameToken[], span: Span): boolean {
  const last = tokens[span.to - 1]!;
  if (last.sentenceStart || has(last, 'Demonym') || lexiconTags(last.lower).includes('Demonym')) return false;
  const before = tokens[span.to - 2];
  if (span.to - span.nameFrom >= 2 && before && has(before, 'FirstName', 'MaleName', 'FemaleName')) return true;
  // "Taylor Swift": a given name the lexicon files as a person's name, not only as a first name (it is a surname too)
  if (span.to - span.nameFrom >= 2 && before && has(before, 'Person') && !has(before, 'Place', 'Actor', 'Honorific')) return true;
  return span.nameFrom > span.from && span.to - span.nameFrom === 1 && describes(last);
}

export const modifierNotSurname: SpanRefiner = {
  name: 'modifier-not-surname',
  reason: 'A name ending in an adjective ("Iraqi Shiite", "Chief Executive") names no one, unless the adjective is a surname ("Keith Still", "Senator Young").',
  judge: ({ tokens, span, name, hasTitle }) =>
    isModifier(name.at(-1)!) && !isSurname(tokens, span) && (hasTitle || !roleNounBeforeName.holds(tokens, span)) ? 'drop' : undefined,
};
