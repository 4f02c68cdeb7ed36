import { lexiconTags, wordTags } from '../../../../core/lexicon.js';
import type { Token } from '../../../../core/tokens.js';
import type { CrowdPlace } from '../../../types.js';
import { BACK_STOPS, DEFINITE_WORDS, PHRASE_DETERMINERS, PLACE_TAG } from '../placeWords.js';
import { isCapitalised, placeKey } from './places.js';

/** Words a place before a gathering noun may take: "the Los Angeles march", "the Rio de Janeiro rally" stay short. */
const MODIFIER_REACH = 3;

/** Capitalised words before a gathering noun name a place: the corpus writes them as one, or the lexicon knows them as one. */
function isPlaceName(words: Token[], known: Set<string>): boolean {
  const key = words.map((w) => placeKey(w.text)).join(' ');
  if (known.has(key)) return true;
  if (lexiconTags(words.map((w) => w.lower).join(' ')).some((t) => PLACE_TAG.test(t))) return true;
  return words.every((w) => wordTags(w.text).has('Place'));
}

/**
 * A place written before gathering noun n as its modifier: "the Washington march", "Sunday's Berlin rally",
 * "the Paris protest". Its words are capitalised, none a possessive ("the Women's march", "Trump's rally"),
 * a day or a month, opened by a determiner, a possessive or the sentence's start, and not after a comparison
 * ("than the Paris rally"); they must name a place (`isPlaceName`: not "the Pride march", "the Trump rally").
 */
export function modifierPlace(text: string, tokens: Token[], n: number, known: Set<string>): CrowdPlace | null {
  let k = n - 1;
  while (k >= 0 && n - k <= MODIFIER_REACH && isCapitalised(tokens[k]!) && !/['’]s$/u.test(tokens[k]!.text)) k--;
  const first = k + 1;
  if (first === n) return null;
  const opener = tokens[k];
  if (opener && !(opener.kind === 'word' && (PHRASE_DETERMINERS.has(opener.lower) || /\p{L}['’]s$/u.test(opener.text)))) return null;
  if (opener && BACK_STOPS.has(tokens[k - 1]?.lower ?? '')) return null;
  const words = tokens.slice(first, n);
  if (!isPlaceName(words, known)) return null;
  return {
    text: text.slice(words[0]!.start, words.at(-1)!.end),
    keys: [...new Set(words.filter((w) => w.text.length >= 3 || /^\p{Lu}\p{Ll}/u.test(w.text)).map((w) => placeKey(w.text)))],
    preposition: 'in',
    noun: tokens[n]!.text,
    definite: !!opener && (DEFINITE_WORDS.has(opener.lower) || /\p{L}['’]s$/u.test(opener.text)),
  };
}
