import type { Passage } from '../passages/types.js';
import { foldedWords } from '../text/fold.js';

/** Words per shingle: long enough that two different reports rarely share many, short enough to survive small edits. */
const SHINGLE_WORDS = 4;
/** At or above this Jaccard similarity two articles are the same story with trivial differences. */
export const DUPLICATE_SIMILARITY = 0.8;

/** An article's reporting reduced to what survives whitespace, case, chrome and headline changes. */
export interface TextFingerprint {
  /** The folded words of the passages, joined: equal strings mean the same text. */
  words: string;
  shingles: Set<string>;
}

/** Built from extracted passages, so chrome is already gone; headlines are left out so a new headline changes nothing. */
export function fingerprintOf(passages: Passage[]): TextFingerprint {
  const words = passages.filter((p) => p.kind !== 'headline').flatMap((p) => foldedWords(p.text));
  const shingles = new Set<string>();
  if (words.length < SHINGLE_WORDS) {
    if (words.length) shingles.add(words.join(' '));
  } else {
    for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) shingles.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  }
  return { words: words.join(' '), shingles };
}

export function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface DuplicateMatch<T> {
  of: T;
  similarity: number;
  sameText: boolean;
}

/** The existing article the candidate duplicates most, if any reaches the threshold. */
export function findDuplicate<T>(
  candidate: TextFingerprint,
  existing: Iterable<{ item: T; fingerprint: TextFingerprint }>,
  threshold = DUPLICATE_SIMILARITY,
): DuplicateMatch<T> | null {
  let best: DuplicateMatch<T> | null = null;
  for (const { item, fingerprint } of existing) {
    if (candidate.words && candidate.words === fingerprint.words) return { of: item, similarity: 1, sameText: true };
    const similarity = jaccard(candidate.shingles, fingerprint.shingles);
    if (similarity >= threshold && similarity > (best?.similarity ?? 0)) best = { of: item, similarity, sameText: false };
  }
  return best;
}
