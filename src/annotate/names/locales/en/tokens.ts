import { wordTags } from '../../../core/lexicon.js';
import { isSpaced, type WordToken } from '../../../core/tokens.js';
import { PLACE_PREPOSITIONS } from './words.js';

/** A word of a passage as the name rules read it: capitalised, and whether it may be part of a name. */
export interface NameToken extends WordToken {
  nameLike: boolean;
  cap: boolean;
}

/** A run of capitalised words, perhaps a name. */
export interface Span {
  /** Token range [from, to) of the whole capitalised run. */
  from: number;
  to: number;
  /** First token of the name proper, after any title. */
  nameFrom: number;
  dropped: boolean;
  /** The span refiner (or the role pass, for an acronym in a role) that kept it, if one did (read by --explain). */
  keptBy?: string;
}

/** Whether the lexicon gives the token any of `tags`. */
export const has = (t: NameToken, ...tags: string[]) => hasAny(t, tags);

/** Whether the lexicon gives the token any of `tags` (a list kept as a constant: no array per call). */
export function hasAny(t: NameToken, tags: readonly string[]): boolean {
  for (const tag of tags) if (t.tags.has(tag)) return true;
  return false;
}

/** A headline in Title Case capitalises every word, so capitals say nothing about names there. */
export function looksTitleCased(tokens: NameToken[]): boolean {
  const words = tokens.filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text));
  if (words.length < 4) return false;
  const caps = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  return caps / words.length > 0.8;
}

/** "in Santiago", "to the Middle East": a place preposition, but not "according to" (a source, not a place). */
export function isPlacePreposition(tokens: NameToken[], k: number): boolean {
  const t = tokens[k];
  if (!t || !PLACE_PREPOSITIONS.has(t.lower)) return false;
  return !(t.lower === 'to' && tokens[k - 1]?.lower === 'according' && isSpaced(t.gap));
}

/** A stand-in token for looking a lone word up as a title. */
export function tokenLike(word: string): NameToken {
  return {
    text: word,
    start: 0,
    end: word.length,
    lower: word,
    tags: wordTags(word),
    possessive: false,
    gap: ' ',
    sentenceStart: false,
    nameLike: false,
    cap: false,
  };
}
