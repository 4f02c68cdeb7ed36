import { readFileSync } from 'node:fs';
import { once } from '../../../../../text/memo.js';
import type { WordCaseCounts } from './count.js';
// The type only: the file is read once, on first use, and its parsed lines dropped (an import would hold them for good).
import type WORD_CASE_LINES from './wordCase.json';

/**
 * The word-case table (`wordCase.json`, made by `npm run fit:word-case`; docs/dependencies.md says on what text): for
 * each word form seen at least `WORD_CASE_MIN_SEEN` times in running prose, how often it was capitalised where only the
 * word itself capitalises it (mid-sentence) and how often it was written in lower case. A name is capitalised wherever
 * it stands ("Reagan" 1,208 to 0); a common word only where a sentence or a heading opens ("whole" 11 to 1,666), so
 * its share of capitals tells one from the other where compromise's lexicon, which lacks most common nouns, cannot.
 */

/** Words seen fewer times than this (capitalised in mid-sentence or in lower case) are left out of the table. */
export const WORD_CASE_MIN_SEEN = 10;

/** The table's text: a JSON array of "word cap lower afterIn" (afterIn left out when 0), sorted by word, one a line. */
export function wordCaseTable(counts: ReadonlyMap<string, WordCaseCounts>): string {
  const lines = [...counts]
    .filter(([, c]) => c.cap + c.lower >= WORD_CASE_MIN_SEEN)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([w, c]) => `${w} ${c.cap} ${c.lower}${c.afterIn ? ` ${c.afterIn}` : ''}`);
  return `[\n${lines.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]\n`;
}

/** How one word is written in the table's prose: capitalised in mid-sentence, in lower case, capitalised right after "in". */
export interface WordCase {
  cap: number;
  lower: number;
  afterIn: number;
}

/**
 * The table in memory, compact: its words in the file's order (sorted by UTF-16 code unit, as `<` sorts) in one string,
 * separated by "\n", where each word starts (`starts`, one more than the words: the last is the string's length + 1),
 * and each word's three counts side by side in one typed array. About 0.6 MB where a Map of one object per word held
 * 2.5 MB, and the file's 23,550 parsed lines 1.6 MB more for as long as the process lived (docs/benchmark.md).
 */
export interface CompactWordCase {
  words: string;
  starts: Uint32Array;
  /** cap, lower, afterIn of word i at 3i, 3i + 1, 3i + 2. */
  counts: Uint32Array;
}

/** The compact table of the file's lines ("word cap lower [afterIn]", sorted by word). */
export function compactWordCase(lines: readonly string[]): CompactWordCase {
  const words: string[] = [];
  const starts = new Uint32Array(lines.length + 1);
  const counts = new Uint32Array(lines.length * 3);
  let at = 0;
  lines.forEach((line, i) => {
    const [word, cap, lower, afterIn] = line.split(' ');
    if (i && !(words[i - 1]! < word!)) throw new Error(`wordCase.json: "${word}" out of order or twice`);
    words.push(word!);
    starts[i] = at;
    at += word!.length + 1;
    counts.set([Number(cap), Number(lower), Number(afterIn ?? 0)], i * 3);
  });
  starts[lines.length] = at;
  return { words: words.join('\n'), starts, counts };
}

/** Compares `key` with word `i` of the table as `<` compares strings (-1, 0, 1), without cutting the word out. */
function compareWith(table: CompactWordCase, key: string, i: number): number {
  const from = table.starts[i]!;
  const length = table.starts[i + 1]! - 1 - from;
  const n = Math.min(key.length, length);
  for (let k = 0; k < n; k++) {
    const d = key.charCodeAt(k) - table.words.charCodeAt(from + k);
    if (d) return d < 0 ? -1 : 1;
  }
  return key.length === length ? 0 : key.length < length ? -1 : 1;
}

/** The counts of `key` (already lower case) in `table`, found by halves, or undefined. */
export function lookUpWordCase(table: CompactWordCase, key: string): WordCase | undefined {
  let lo = 0;
  let hi = table.starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const d = compareWith(table, key, mid);
    if (d === 0) return { cap: table.counts[mid * 3]!, lower: table.counts[mid * 3 + 1]!, afterIn: table.counts[mid * 3 + 2]! };
    if (d < 0) hi = mid - 1;
    else lo = mid + 1;
  }
  return undefined;
}

/** The shipped table's file, read and parsed on first use. */
export function wordCaseLines(): typeof WORD_CASE_LINES {
  return JSON.parse(readFileSync(new URL('./wordCase.json', import.meta.url), 'utf8')) as typeof WORD_CASE_LINES;
}

const table = once(() => compactWordCase(wordCaseLines()));

/** The counts of a word (any case; a possessive or a dot already cut), or undefined when it was seen too rarely. */
export function wordCaseOf(word: string): WordCase | undefined {
  return lookUpWordCase(table(), word.toLowerCase().replace(/’/g, "'"));
}

/** The share of a word's mid-sentence uses written with a capital, or undefined when it was seen too rarely. */
export function capitalShare(word: string): number | undefined {
  const c = wordCaseOf(word);
  return c ? c.cap / (c.cap + c.lower) : undefined;
}
