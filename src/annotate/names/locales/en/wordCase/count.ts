import { capitalised, tokenizeWords } from '../../../../core/tokens.js';

/**
 * How a word form is written in running prose, counted over large unlabelled text (`npm run fit:word-case`):
 * - `cap`: capitalised where nothing but the word itself capitalises it (not a sentence's or a line's first word);
 * - `lower`: written in lower case;
 * - `start`: capitalised as a sentence's first word (the position, not the word, may capitalise it);
 * - `afterIn`: of the `cap` uses, those right after "in" ("in Hoboken", "in March"): a place's or a time's share.
 * Words in capitals throughout ("NATO", "SAID") are counted nowhere: capitals say nothing of a word's case.
 */
export interface WordCaseCounts {
  cap: number;
  lower: number;
  start: number;
  afterIn: number;
}

/** A paragraph that is prose: enough words, few in capitals, and not Title Case (a headline, a menu, a table). */
export function isProse(paragraph: string): boolean {
  const words = paragraph.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 8) return false;
  const allCaps = words.filter((w) => w.length > 1 && w === w.toUpperCase()).length;
  if (allCaps / words.length > 0.2) return false;
  const long = words.filter((w) => w.length > 3);
  const caps = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  // a headline or a list of names and links: most long words capitalised
  if (long.length && caps / long.length > 0.6) return false;
  // running prose has a sentence's end
  return /[.!?]["”’)]?\s*$|[.!?]\s+\p{Lu}/u.test(paragraph.trim());
}

/** Adds one word's reading to the counts. */
function add(counts: Map<string, WordCaseCounts>, lower: string, field: keyof WordCaseCounts): void {
  const c = counts.get(lower);
  if (c) c[field]++;
  else counts.set(lower, { cap: 0, lower: 0, start: 0, afterIn: 0, [field]: 1 });
}

/** A word in letters only (with inner apostrophes and hyphens), at least two letters: numbers and initials are not counted. */
const COUNTED = /^\p{L}[\p{L}'’-]*\p{L}$/u;

/**
 * Counts the words of one prose paragraph. A word after a line break in the paragraph is counted only when in lower
 * case (a wrapped text's line may open a new paragraph or a heading as well as go on with a sentence).
 */
export function countParagraph(paragraph: string, counts: Map<string, WordCaseCounts>): void {
  const tokens = tokenizeWords(paragraph);
  tokens.forEach((t, i) => {
    const text = t.text.replace(/\.$/, '');
    if (!COUNTED.test(text)) return;
    const lower = text.toLowerCase().replace(/’/g, "'");
    if (text === text.toLowerCase()) {
      add(counts, lower, 'lower');
      return;
    }
    if (text === text.toUpperCase() || !capitalised(text) || t.gap.includes('\n')) return;
    add(counts, lower, t.sentenceStart ? 'start' : 'cap');
    if (!t.sentenceStart && t.gap === ' ' && tokens[i - 1]?.text === 'in') add(counts, lower, 'afterIn');
  });
}

/** Counts every prose paragraph of `paragraphs` into `counts` (a new map when none is given). */
export function countWordCase(paragraphs: Iterable<string>, counts = new Map<string, WordCaseCounts>()): Map<string, WordCaseCounts> {
  for (const p of paragraphs) if (isProse(p)) countParagraph(p, counts);
  return counts;
}
