import { foldedWords } from '../text/fold.js';

/**
 * Whether an item's title or summary holds any of the keywords: whole words
 * (a keyword of several words as a phrase), folding case and diacritics, so
 * "strike" matches "Strike" and "STRIKE!" but not "strikers". No keywords
 * take every item.
 */
export function matchingKeyword(keywords: readonly string[], ...texts: Array<string | null | undefined>): string | null | undefined {
  if (!keywords.length) return undefined;
  const words = texts.flatMap((t) => (t ? foldedWords(t) : []));
  for (const keyword of keywords) {
    const wanted = foldedWords(keyword);
    if (!wanted.length) continue;
    for (let i = 0; i + wanted.length <= words.length; i++) {
      if (wanted.every((w, j) => words[i + j] === w)) return keyword;
    }
  }
  return null;
}

/** "a, b ,,c" -> ["a", "b", "c"]: the keywords as a moderator types them, blanks and repeats dropped. */
export function parseKeywords(text: string | null | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of (text ?? '').split(',')) {
    const keyword = raw.trim().replace(/\s+/g, ' ');
    const key = foldedWords(keyword).join(' ');
    if (!key || seen.has(key)) continue;
    seen.add(key);
    out.push(keyword);
  }
  return out;
}
