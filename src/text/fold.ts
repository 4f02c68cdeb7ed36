/**
 * Folding shared by search and name matching: case, diacritics, apostrophe
 * variants (Kata'ib, Kata’ib, Kataib all fold to "kataib") and dotted
 * acronyms (U.S. -> us).
 */

const APOSTROPHES = /['’‘ʼʻ`´]/g;
/** A soft hyphen is a line-break hint, not a character of the word ("Netan\u00ADyahu" is "Netanyahu"). */
const SOFT_HYPHEN = /\u00AD/g;
const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}/gu;
/**
 * Any character past ASCII. Most text is ASCII, and there the Unicode classes are the ASCII ones: no mark nor soft
 * hyphen to drop, and letters and digits are [A-Za-z0-9]. The same result, without the costlier Unicode scans.
 */
const NON_ASCII = /[\u0080-\uFFFF]/;

export function foldText(text: string): string {
  const decomposed = text.normalize('NFKD');
  return (NON_ASCII.test(decomposed) ? decomposed.replace(/\p{M}+/gu, '').replace(SOFT_HYPHEN, '') : decomposed)
    .replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''))
    .replace(APOSTROPHES, '')
    .toLowerCase();
}

/** Folded words: letters and digits only, split at everything else (hyphens included). */
export function foldedWords(text: string): string[] {
  const folded = foldText(text);
  return (NON_ASCII.test(folded) ? folded.split(/[^\p{L}\p{N}]+/u) : folded.split(/[^A-Za-z0-9]+/)).filter(Boolean);
}
