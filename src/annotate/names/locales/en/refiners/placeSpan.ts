import { isPlaceWord, lexiconTags } from '../../../../core/lexicon.js';
import { isSpaced } from '../../../../core/tokens.js';
import { expandsToPlace, isOrgHead } from '../predicates.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { PLACE_TAGS } from '../words.js';
import type { SpanRefiner } from './context.js';

/** The run ends in a place's name, is one the lexicon knows as a whole ("United States"), or a place word follows it. */
function isPlaceSpan(text: string, tokens: NameToken[], span: Span, personHint: boolean): boolean {
  const last = tokens[span.to - 1]!;
  if (isOrgHead(last) || personHint) return false;
  if (has(last, ...PLACE_TAGS)) return true;
  // a name the lexicon knows as a whole: "United States"
  const whole = text.slice(tokens[span.nameFrom]!.start, last.end).toLowerCase();
  if (whole.includes(' ') && expandsToPlace(lexiconTags(whole))) return true;
  const next = tokens[span.to];
  return !!next && !next.cap && isSpaced(next.gap) && (has(next, ...PLACE_TAGS) || isPlaceWord(next.lower));
}

export const placeSpan: SpanRefiner = {
  name: 'place-span',
  reason: 'A name that is a place\'s ("Baghdad", "United States", "Tahrir Square") is no person or body, unless something says person.',
  judge: ({ text, tokens, span, personHint }) => (isPlaceSpan(text, tokens, span, personHint) ? 'drop' : undefined),
};
