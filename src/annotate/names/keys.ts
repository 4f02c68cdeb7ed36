import { foldText } from '../../text/fold.js';

/**
 * Keys that let differently transliterated spellings of one name meet:
 * Muqtada al-Sadr / Moqtada Sadr, Qasem / Qassem, Kataib / Kata’ib / Kataeb.
 * These are spelling rules, not a list of names.
 */

/** Arabic article forms written before a name with a hyphen (al-Sadr, el-Sisi, ash-Sharif). */
const HYPHEN_PARTICLE = /^(?:al|el|ul|il|ad|ed|ar|as|ash|at|az|an|ud|ut|ur|us)$/;
/** A company's legal suffix, written or left out of one name (Pacific Gas & Electric Co. / Pacific Gas & Electric). */
export const CORPORATE_SUFFIX = /^(?:co|cos|inc|corp|ltd|llc|plc)$/;
/** Words a name keeps besides such a suffix: "Co." alone, or "Acme Co.", stays as written. */
const SUFFIXED_NAME_MIN = 2;
/** The same particles written as a separate word inside a name (Moqtada al Sadr). */
const WORD_PARTICLE = /^(?:al|el|ul)$/;

/**
 * One word's transliteration key: in a word of six letters or more (doubles counted once) the vowels
 * transliterations swap (e, i, o, u, and y after the first letter: Yusuf / Youssef,
 * Muqtada / Moqtada, Kataib / Kataeb) are one vowel; q is written k and doubled
 * letters count once. "a" stays itself, which keeps Hassan apart from Hussein.
 */
export function wordKey(word: string): string {
  const once = (text: string) => text.replace(/(\p{L})\1+/gu, '$1');
  const letters = once(
    foldText(word)
      .replace(/[^\p{L}\p{N}]/gu, '')
      .replace(/q/g, 'k')
      // "Mueller" is "Müller" written without its umlaut as German does (umlautSpelledOut)
      .replace(UMLAUT_SPELLED_OUT, '$1'),
  );
  // Short names differ by their vowels (Momo, Mimi; Tormo, Tormi): only longer ones are folded.
  return letters.length >= VOWEL_FOLD_MIN ? once(letters.replace(/(?!^)y/g, 'u').replace(/[eiou]/g, 'u')) : letters;
}

const VOWEL_FOLD_MIN = 6;

/** "ue" and "oe" between consonants, German's spelling of ü and ö without the umlaut (Mueller, Schroeder, Goethe). */
const UMLAUT_SPELLED_OUT = /(?<=[^aeiouy])([uo])e(?=[^aeiouy])/g;

export const umlautSpelledOut = {
  name: 'umlaut-spelled-out',
  reason:
    'German writes ü and ö as "ue" and "oe" where the umlaut is left out ("Mueller", "Schroeder"), while the English press mostly drops the dots ("Muller"): one key for the three spellings of one name.',
};

/**
 * The words of a name as written, folded, with hyphens split and Arabic
 * particles dropped: "Al-Sadr" -> ["sadr"], "Adel Abdul-Mahdi" -> ["adel", "abdul", "mahdi"].
 */
export function nameWords(name: string): string[] {
  const out: string[] = [];
  const folded = foldText(name).replace(/[’‘ʼ']/g, '');
  for (const word of folded.split(/[^\p{L}\p{N}-]+/u).filter(Boolean)) {
    const parts = word.split('-').filter(Boolean);
    parts.forEach((part, i) => {
      const hyphenated = i < parts.length - 1;
      if (hyphenated && HYPHEN_PARTICLE.test(part)) return;
      if (!hyphenated && parts.length === 1 && WORD_PARTICLE.test(part) && out.length > 0) return;
      out.push(part);
    });
  }
  return out;
}

/** The transliteration keys of a name's words, in order, without a company's legal suffix. */
export function nameKey(name: string): string[] {
  const words = nameWords(name);
  if (words.length > SUFFIXED_NAME_MIN && CORPORATE_SUFFIX.test(words.at(-1)!)) words.pop();
  return words.map(wordKey).filter(Boolean);
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** How many edits a typed word of this length may be from a name's word and still match. */
export function allowedTypos(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}
