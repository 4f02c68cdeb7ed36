import type MiniSearch from 'minisearch';
import type { Options, SearchOptions } from 'minisearch';
import { memoize } from '../text/memo.js';
import { processTerm, tokenize } from './terms.js';

/** How passages are indexed and searched: the options every index is built, loaded and queried with. */

export interface IndexedPassage {
  id: string;
  text: string;
  title: string;
  publisher: string;
}

export type PassageIndex = MiniSearch<IndexedPassage>;

// Building the index stems every word of every passage, and tokenizes the same
// title and publisher once per passage of the article: both are remembered (pure, see memoize).
export const memoProcessTerm = memoize(processTerm);
const tokenizeField = memoize(tokenize);

export function memoTokenize(text: string, field?: string): string[] {
  return field === 'title' || field === 'publisher' ? tokenizeField(text) : tokenize(text);
}

export const INDEX_OPTIONS: Options<IndexedPassage> = {
  fields: ['text', 'title', 'publisher'],
  storeFields: [],
  tokenize: memoTokenize,
  processTerm: memoProcessTerm,
};

/**
 * Prefix matching from three characters and fuzziness by term length keep
 * short queries from expanding to most of the vocabulary on a large corpus.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: { text: 2, title: 0.5, publisher: 1 },
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
  maxFuzzy: 2,
  combineWith: 'OR',
  weights: { fuzzy: 0.3, prefix: 0.6 },
};
