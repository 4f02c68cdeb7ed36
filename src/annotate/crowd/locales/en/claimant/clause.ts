import type { Token } from '../../../../core/tokens.js';
import { BREAK_MARKS } from '../claimantWords.js';
import { ATTRIBUTION_VERBS, CLAUSE_WORDS, PRONOUNS } from '../words.js';

/** The clause a claimant is read in: where it breaks, which word speaks, what a claimant may look like. */

export function isClauseBreak(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === 'punct') {
    if (BREAK_MARKS.has(t.text)) return true;
    // a spaced hyphen is a dash
    if (t.text === '-' && tokens[i - 1]?.end !== t.start) return true;
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
 * part of a name, not a verb ("the United States", "Across the United States, 3 million marched").
 */
export function isSpeechVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !ATTRIBUTION_VERBS.has(t.lower)) return false;
  return t.text === t.lower || tokens[i - 1]?.kind !== 'word';
}

export function hasCapital(t: Token | undefined): boolean {
  return !!t && /\p{Lu}/u.test(t.text);
}

/** A claimant as written, spaces tidied; null when empty, wordless or longer than a name and its role. */
export function cleanClaimant(raw: string): string | null {
  const phrase = raw.replace(/\s+/g, ' ').trim();
  const words = phrase.split(' ');
  if (!phrase || words.length > 16 || !/\p{L}/u.test(phrase)) return null;
  return phrase;
}

export function isPronoun(claimant: string): boolean {
  return PRONOUNS.has(claimant.toLowerCase());
}
