import { lexiconTags } from '../../../../core/lexicon.js';
import { describes, isModifier, roleNounBeforeName } from '../predicates.js';
import { has, type NameToken, type Span } from '../tokens.js';
import type { SpanRefiner } from './context.js';

/**
 * "Professor Keith Still of", "Senator Young voted": a capitalised adjective (no demonym) ending a name in
 * mid-sentence is a surname right after a first name, and right after a title when it describes
 * (core/lexicon.ts); "Iraqi Shiite" and "Chief Executive" are no one's names.
 */
function isSurname(tokens: NameToken[], span: Span): boolean {
  const last = tokens[span.to - 1]!;
  if (last.sentenceStart || has(last, 'Demonym') || lexiconTags(last.lower).includes('Demonym')) return false;
  const before = tokens[span.to - 2];
  if (span.to - span.nameFrom >= 2 && before && has(before, 'FirstName', 'MaleName', 'FemaleName')) return true;
  return span.nameFrom > span.from && span.to - span.nameFrom === 1 && describes(last);
}

export const modifierNotSurname: SpanRefiner = {
  name: 'modifier-not-surname',
  reason: 'A name ending in an adjective ("Iraqi Shiite", "Chief Executive") names no one, unless the adjective is a surname ("Keith Still", "Senator Young").',
  judge: ({ tokens, span, name, hasTitle }) =>
    isModifier(name.at(-1)!) && !isSurname(tokens, span) && (hasTitle || !roleNounBeforeName.holds(tokens, span)) ? 'drop' : undefined,
};
