import type { Token } from '../../../../core/tokens.js';
import {
  BREAK_MARKS,
  DEPICTION_NOUNS,
  FINITE_BE,
  FRAGMENT_WORDS,
  OPENING_QUOTES,
  PLURAL_NOUN_MAKERS,
  QUOTED_NAME_LINKS,
  SENTENCE_OPENERS,
} from '../claimantWords.js';
import { ATTRIBUTION_VERBS, CLAUSE_WORDS, PRONOUNS } from '../words.js';

/** The clause a claimant is read in: where it breaks, which word speaks, what a claimant may look like. */

const QUOTE_MARKS = new Set(['“', '”', '"']);

/** Tokens a quoted name may take: "the “Committee for Free Speech”". */
const QUOTED_NAME_REACH = 8;

/** The quote mark at i encloses a name: capitalised words (and particles) up to its partner, either way. */
function quotesName(tokens: Token[], i: number): boolean {
  for (const step of [1, -1]) {
    let capitals = 0;
    for (let k = i + step; Math.abs(k - i) <= QUOTED_NAME_REACH && k >= 0 && k < tokens.length; k += step) {
      const t = tokens[k]!;
      if (QUOTE_MARKS.has(t.text)) {
        if (capitals > 0) return true;
        break;
      }
      // a comma or stop inside the closing quote mark: 'according to the "Committee for Free Speech," 5,000'
      if ((t.text === ',' || t.text === '.') && (step === 1 ? QUOTE_MARKS.has(tokens[k + 1]?.text ?? '') : k === i - 1)) continue;
      if (t.kind !== 'word') break;
      if (/^\p{Lu}/u.test(t.text)) capitals++;
      else if (!QUOTED_NAME_LINKS.has(t.lower)) break;
    }
  }
  return false;
}

/**
 * Token i is a stop that ends a sentence a passage runs on past (a split the sentence reader missed): a
 * stop, closing quote marks, then an opening quote mark or a word that opens sentences ("…, D.C. The
 * event drew", "…September 11.” “I'm here"). A stop after an abbreviation before a name ("U.S. Embassy") is none.
 */
export function endsSentence(tokens: Token[], i: number): boolean {
  if (!['.', '!', '?'].includes(tokens[i]!.text)) return false;
  let k = i + 1;
  while (tokens[k] && (tokens[k]!.text === '”' || (tokens[k]!.text === '"' && tokens[k + 1] && OPENING_QUOTES.has(tokens[k + 1]!.text)))) k++;
  const next = tokens[k];
  return !!next && (OPENING_QUOTES.has(next.text) || SENTENCE_OPENERS.has(next.text));
}

export function isClauseBreak(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (endsSentence(tokens, i)) return true;
  if (t.kind === 'punct') {
    if (QUOTE_MARKS.has(t.text)) return !quotesName(tokens, i);
    if (BREAK_MARKS.has(t.text)) return true;
    // a spaced hyphen is a dash, and so is a double one ("on April 7--and another 700")
    if (t.text === '-' && (tokens[i - 1]?.end !== t.start || tokens[i + 1]?.text === '-' || tokens[i - 1]?.text === '-')) return true;
    // ", and" / ", while" end a clause; a bare comma may be an apposition
    if (t.text === ',' && tokens[i + 1] && CLAUSE_WORDS.has(tokens[i + 1]!.lower)) return true;
  }
  return false;
}

/** Reading back from a verb, these end its subject: "…, and police", "organisers said they". */
export function endsSubject(t: Token): boolean {
  if (t.kind !== 'word') return false;
  // a lower-case speech verb, not the "States" of "the United States"
  return CLAUSE_WORDS.has(t.lower) || (ATTRIBUTION_VERBS.has(t.lower) && t.text === t.lower);
}

/**
 * Token i is a speech verb ("said", "estimates", "according"): a capitalised word after another word is
 * part of a name, not a verb ("the United States", "Across the United States, 3 million marched"), and
 * a word ending in -s after a determiner or a describing word is a plural noun ("some reports").
 */
export function isSpeechVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !ATTRIBUTION_VERBS.has(t.lower)) return false;
  // "contrary to some reports", "the early estimates": a plural noun
  if (t.lower.endsWith('s') && PLURAL_NOUN_MAKERS.has(tokens[i - 1]?.lower ?? '')) return false;
  return t.text === t.lower || tokens[i - 1]?.kind !== 'word';
}

export function hasCapital(t: Token | undefined): boolean {
  return !!t && /\p{Lu}/u.test(t.text);
}

/** A claimant as written, spaces tidied; null when empty, wordless or longer than a name and its role. */
export function cleanClaimant(raw: string): string | null {
  // the quote marks around a quoted name are no part of it: 'the "Committee for Free Speech"'; nor is a
  // leading dash or a comma inside the closing quote mark
  const phrase = raw
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-—–,;:.\s]+|[,;:\s]+$/g, '');
  const words = phrase.split(' ');
  if (!phrase || words.length > 16 || !/\p{L}/u.test(phrase) || isFragment(words) || isDepiction(words)) return null;
  return phrase;
}

/**
 * `depiction-no-claimant`: a video, footage or a photo that "showed" people depicts them and gives no figure ("A
 * video posted by the group showed two activists climbing on stage"): no claimant; the count is the publisher's.
 */
function isDepiction(words: string[]): boolean {
  return DEPICTION_NOUNS.has(words[words.length - 1]!.toLowerCase());
}

/**
 * A claimant is a name or a noun phrase: never a lone determiner ("the"), nor a clause ("There were
 * protests in six other towns on Friday, with crowds"), which a finite "be" or an opening "there" tells.
 */
function isFragment(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.every((w) => FRAGMENT_WORDS.has(w))) return true;
  return lower[0] === 'there' || lower.some((w) => FINITE_BE.has(w));
}

export function isPronoun(claimant: string): boolean {
  return PRONOUNS.has(claimant.toLowerCase());
}
