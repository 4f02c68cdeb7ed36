import { CREDIT_BEFORE, CREDIT_WORD } from '../words.js';
import type { NameToken, Span } from '../tokens.js';
import type { SpanRefiner } from './context.js';

/**
 * "Photo: Eric Lalmand/Belga", "Photo by Ahmed Jalil/EPA-EFE": a credit the passage kept
 * names a photographer and an agency, not someone in the story.
 */
function isCredit(text: string, tokens: NameToken[], span: Span): boolean {
  const first = tokens[span.from]!;
  const last = tokens[span.to - 1]!;
  const before = text.slice(Math.max(0, first.start - 40), first.start);
  if (CREDIT_BEFORE.test(before)) return true;
  const prev = tokens[span.from - 1];
  // the agency after the slash, or the photographer before it
  if (prev && /^\s*\/\s*$/.test(first.gap) && CREDIT_BEFORE.test(text.slice(Math.max(0, prev.start - 60), prev.start))) return true;
  return /^\s*\/\s*\p{Lu}/u.test(text.slice(last.end)) && CREDIT_WORD.test(text.slice(Math.max(0, first.start - 60), first.start));
}

export const photoCredit: SpanRefiner = {
  name: 'photo-credit',
  reason: 'A photo credit ("Photo: Eric Lalmand/Belga") names a photographer and an agency, not someone in the story.',
  judge: ({ text, tokens, span }) => (isCredit(text, tokens, span) ? 'drop' : undefined),
};
