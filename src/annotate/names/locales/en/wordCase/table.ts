import { once } from '../../../../../text/memo.js';
import type { WordCaseCounts } from './count.js';
import WORD_CASE_LINES from './wordCase.json' with { type: 'json' };

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

const table = once(() => {
  const byWord = new Map<string, WordCase>();
  for (const line of WORD_CASE_LINES as string[]) {
    const [word, cap, lower, afterIn] = line.split(' ');
    byWord.set(word!, { cap: Number(cap), lower: Number(lower), afterIn: Number(afterIn ?? 0) });
  }
  return byWord;
});

/** The counts of a word (any case; a possessive or a dot already cut), or undefined when it was seen too rarely. */
export function wordCaseOf(word: string): WordCase | undefined {
  return table().get(word.toLowerCase().replace(/’/g, "'"));
}

/** The share of a word's mid-sentence uses written with a capital, or undefined when it was seen too rarely. */
export function capitalShare(word: string): number | undefined {
  const c = wordCaseOf(word);
  return c ? c.cap / (c.cap + c.lower) : undefined;
}
