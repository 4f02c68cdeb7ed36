import { isPlaceWord } from '../../../../core/lexicon.js';
import { isSpaced } from '../../../../core/tokens.js';
import { isOrgHead } from '../predicates.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { ROLE_STOP_TAGS } from '../words.js';
import type { SpanRefiner } from './context.js';

/**
 * "Dock workers walked out": a lone capitalised first word followed by a noun is an
 * ordinary word at the start of a sentence, unless compromise knows it as a name.
 */
function startsLikeCommonNoun(tokens: NameToken[], span: Span): boolean {
  const first = tokens[span.from]!;
  const next = tokens[span.to];
  if (!first.sentenceStart || span.to - span.from !== 1 || first.possessive || !next) return false;
  // "PMF commanders said": an acronym is never an ordinary word, wherever it stands
  if (has(first, 'Person', 'FirstName', 'Place', 'Acronym')) return false;
  // "Coalition talks stalled": an institution word is a common noun when it stands alone
  if (isOrgHead(first) || isPlaceWord(first.lower)) return true;
  return !next.cap && isSpaced(next.gap) && has(next, 'Noun') && !has(next, 'Verb', 'Pronoun', ...ROLE_STOP_TAGS);
}

export const commonNounStart: SpanRefiner = {
  name: 'common-noun-start',
  reason: 'A lone capitalised first word followed by a noun ("Dock workers walked out") is an ordinary word at the start of a sentence.',
  judge: ({ tokens, span }) => (startsLikeCommonNoun(tokens, span) ? 'drop' : undefined),
};
