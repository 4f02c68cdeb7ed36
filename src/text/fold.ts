/**
 * Folding shared by search and name matching: case, diacritics, apostrophe
 * variants (Kata'ib, Kata’ib, Kataib all fold to "kataib") and dotted
 * acronyms (U.S. -> us).
 */

const APOSTROPHES = /['’‘ʼʻ`´]/g;
/** A soft hyphen is a line-break hint, not a character of the word ("Netan\u00ADyahu" is "Netanyahu"). */
const SOFT_HYPHEN = /\u00AD/g;
const DOTTED_ACRONYM = /\b(?:\p{L}\.){2,}/gu;

export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(SOFT_HYPHEN, '')
    .replace(DOTTED_ACRONYM, (m) => m.replace(/\./g, ''))
    .replace(APOSTROPHES, '')
    .toLowerCase();
}

/** Folded words: letters and digits only, split at everything else (hyphens included). */
export function foldedWords(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}
