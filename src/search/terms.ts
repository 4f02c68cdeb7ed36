import { stemmer } from 'stemmer';
import { foldedWords } from '../text/fold.js';

// Function words carry no meaning for passage search ("how many people marched").
const STOPWORDS = new Set(
  `a an and are as at be been but by did do does for from had has have he her his how i in into is it its
  of on or our she so that the their them then there these they this to was we were what when where which
  who whom why will with would you your about after before than also`.split(/\s+/),
);

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** The index's tokenizer: folded words. */
export function tokenize(text: string): string[] {
  return foldedWords(text);
}

/** The index's term processor: drop stopwords, stem the rest (marched, marching -> march). */
export function processTerm(term: string): string | null {
  if (STOPWORDS.has(term)) return null;
  return term.length > 3 && !/\d/.test(term) ? stemmer(term) : term;
}
