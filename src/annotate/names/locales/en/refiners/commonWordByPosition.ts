import { has, type NameToken, type Span } from '../tokens.js';
import { commonByWordCase } from '../wordCase/nameLike.js';
import type { SpanRefiner } from './context.js';

/** Lexicon tags that say a word may be a name whatever prose does with it: a given name, a place, an acronym. */
const NAME_TAGS = ['Person', 'FirstName', 'Place', 'Acronym'];

/**
 * "Whole families fled", "Committees met", "Local people said": one capitalised word opening a sentence, that prose
 * writes in lower case everywhere else (the word-case table), is capitalised by its place, not as a name.
 */
function capitalisedByPosition(tokens: NameToken[], span: Span): boolean {
  const first = tokens[span.from]!;
  if (!first.sentenceStart || span.to - span.from !== 1 || /^\p{Lu}{2,}$/u.test(first.text)) return false;
  // 'called Smith "Liar"': a quote mark alone opens a quotation, not a sentence
  if (span.from > 0 && /^[\s"“”‘’']+$/u.test(first.gap)) return false;
  return !has(first, ...NAME_TAGS) && commonByWordCase(first.text);
}

export const commonWordByPosition: SpanRefiner = {
  name: 'common-word-by-position',
  reason:
    'One capitalised word opening a sentence that prose writes in lower case nearly always (the word-case table: "Whole", "Committees", "Local") is capitalised by its position, not as a name.',
  judge: ({ tokens, span }) => (capitalisedByPosition(tokens, span) ? 'drop' : undefined),
};
