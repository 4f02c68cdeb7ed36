import { wordTags } from '../../../../core/lexicon.js';
import {
  COMMON_WORD_CAPITAL_SHARE,
  COMPOUND_PART_MIN,
  NAME_LIKE_CAPITAL_SHARE,
  PLACE_LIKE_AFTER_IN_SHARE,
  PLACE_LIKE_MIN_SEEN,
  RARE_WORD_NOT_A_NAME_TAGS,
  WORD_CASE_TRUSTED_SEEN,
} from '../words.js';
import { wordCaseOf } from './table.js';

/** The words of a name as the table counts them: possessive, dots and lower-case joiners ("of", "de", "van") left out. */
function capitalisedWords(name: string): string[] {
  return name
    .replace(/['’]s?$/, '')
    .split(/\s+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => /^\p{Lu}/u.test(w));
}

/**
 * How the table reads one capitalised word: a `name` where its mid-sentence uses are mostly capitalised, `common`
 * where they are mostly in lower case, `rare` where it was seen too seldom to say (fewer than `WORD_CASE_TRUSTED_SEEN`
 * times in millions of words: no common word), `mixed` otherwise ("union", "convention", "apple").
 */
export type WordCaseReading = 'name' | 'common' | 'rare' | 'mixed';

export function readWordCase(word: string): WordCaseReading {
  const c = wordCaseOf(word);
  if (!c || c.cap + c.lower < WORD_CASE_TRUSTED_SEEN) return 'rare';
  const share = c.cap / (c.cap + c.lower);
  if (share >= NAME_LIKE_CAPITAL_SHARE) return 'name';
  return share <= COMMON_WORD_CAPITAL_SHARE ? 'common' : 'mixed';
}

/** A capitalised word of two letters or more (hyphens and apostrophes inside): digits, initials and acronyms in capitals ("A350", "T", "NATO") are no word the table reads. */
const LETTERS = /^\p{Lu}[\p{L}'’-]*\p{L}$/u;

/** "Leeâ" of "Leeâ€™s": a UTF-8 apostrophe read as Windows-1252 leaves its first byte on the word. */
const MOJIBAKE = /â$/u;

/** A capital or a hyphen inside a word: a brand's or a body's shape ("DoorDash", "MetroTV", "AFL-CIO", "Zanu-PF"). */
const BRAND_SHAPE = /\p{Lu}|-/u;

/** A word the table has seen capitalised right after "in" often enough to be a place's or a time's name ("London", "Albany", "March"). */
export function placeLikeByWordCase(word: string): boolean {
  const c = wordCaseOf(word);
  return !!c && c.cap >= PLACE_LIKE_MIN_SEEN && c.afterIn / c.cap >= PLACE_LIKE_AFTER_IN_SHARE;
}

/** "Muslims", "Latinos", "Republicans": a plural whose singular prose writes as a name is a people's, a faith's or a party's members. */
export function peoplePluralByWordCase(word: string): boolean {
  const singular = /[^s]s$/.test(word) ? word.slice(0, -1) : null;
  return !!singular && readWordCase(singular) === 'name';
}

/** "Newsrooms", "Counterprotests", "Teargas": a rare word in lower case after its capital, made of two common words. */
function commonCompound(word: string): boolean {
  if (/\p{Lu}/u.test(word.slice(1))) return false;
  for (let k = COMPOUND_PART_MIN; k <= word.length - COMPOUND_PART_MIN; k++)
    if (readWordCase(word.slice(0, k)) === 'common' && readWordCase(word.slice(k)) === 'common') return true;
  return false;
}

/**
 * A rare word that may be a name: not one whose ending says a verb's or an adverb's form ("Decluttering", "Rebranded",
 * "Conversely": a sentence's first word), nor two common words run together.
 */
function rareNameLike(word: string): boolean {
  const tags = wordTags(word.toLowerCase());
  return !RARE_WORD_NOT_A_NAME_TAGS.some((t) => tags.has(t)) && !commonCompound(word);
}

/**
 * Whether every capitalised word of `name` is written as a name in prose (or, in a name of two words or more or in a
 * brand's shape, too rare to be a common word), and its last word names no place and no people's plural.
 */
export function nameLikeWords(name: string): boolean {
  const words = capitalisedWords(name);
  const last = words.at(-1);
  if (!last || placeLikeByWordCase(last) || peoplePluralByWordCase(last)) return false;
  // one rare word alone is as often a misspelling, a coinage or a heading's word, unless shaped as a brand's ("DoorDash", "AFL-CIO")
  return words.every((w) => {
    if (!LETTERS.test(w) || MOJIBAKE.test(w)) return false;
    const reading = readWordCase(w);
    return reading === 'name' || (reading === 'rare' && (words.length > 1 || BRAND_SHAPE.test(w.slice(1))) && rareNameLike(w));
  });
}

/** Whether `word` (one word, any case) is a common word by the table: written in lower case in prose nearly always. */
export function commonByWordCase(word: string): boolean {
  return readWordCase(word.replace(/['’]s?$/, '').replace(/\.$/, '')) === 'common';
}
