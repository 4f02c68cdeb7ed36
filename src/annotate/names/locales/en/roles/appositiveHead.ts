import { isPlaceWord } from '../../../../core/lexicon.js';
import { isSpaced } from '../../../../core/tokens.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { APPOSITIVE_HEAD_MAX, APPOSITIVE_HEAD_STOP_TAGS, ROLE_ARTICLE, PLACE_TAGS } from '../words.js';

/** ", 36,": an age set off by commas right after a name. */
const AGE = /^\d{1,3}$/;
const COMMA = /^,\s+$/;

/**
 * "said Aaron Kohli, interest rate strategist at BMO Capital Markets", "Diego Jeronimo, 36, the owner of a
 * store near where…", "Lotfi Azzouz, Tunisia country director for Amnesty International": the noun phrase
 * after the comma, read up to the preposition after its head noun (or its end), when the whole appositive
 * is too long or holds words (a possessive, a clause) that keep it from being a role of its own.
 */
export function appositiveHead(tokens: NameToken[], span: Span): string | null {
  let from = span.to;
  if (AGE.test(tokens[from]?.text ?? '') && COMMA.test(tokens[from]!.gap) && COMMA.test(tokens[from + 1]?.gap ?? '')) from++;
  const first = tokens[from];
  if (!first || !COMMA.test(first.gap)) return null;
  let k = from;
  // "Tunisia country director": a place's name or an acronym before a lower-case role noun
  if (first.cap) {
    const next = tokens[k + 1];
    if (!has(first, 'Acronym', ...PLACE_TAGS) || !next || next.cap || !isSpaced(next.gap)) return null;
    k++;
  }
  if (ROLE_ARTICLE.test(`${tokens[k]?.text ?? ''} `)) k++;
  const words: NameToken[] = [];
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > from && !isSpaced(t.gap)) break;
    if (has(t, 'Preposition')) break;
    if (t.cap || t.possessive || has(t, ...APPOSITIVE_HEAD_STOP_TAGS) || words.length === APPOSITIVE_HEAD_MAX) return null;
    words.push(t);
  }
  const head = words.at(-1);
  if (!head) return null;
  // one person's role is a singular noun ("leading protesters" is what they do, not a role; the lexicon guesses "protesters" singular)
  const plural = has(head, 'Plural') || /[^su]s$/.test(head.lower);
  if (has(words[0]!, 'Conjunction', 'Gerund', 'PastTense') || has(head, 'Conjunction') || plural || isPlaceWord(head.lower)) return null;
  // the head is a noun ("owner", "strategist") or a noun the lexicon files as an adjective ("fellow", "expert"); a verb is no head
  if (!has(head, 'Noun', 'Adjective') || (has(head, 'Verb') && !has(head, 'Noun'))) return null;
  // "interest rate strategist": a word the lexicon files as a verb modifies the noun after it
  if (words.some((t, i) => i < words.length - 1 && has(t, 'Verb') && !has(t, 'Noun', 'Adjective', 'Infinitive'))) return null;
  return tokens
    .slice(from, k)
    .map((t, i) => (i ? t.gap : '') + t.text)
    .join('');
}
