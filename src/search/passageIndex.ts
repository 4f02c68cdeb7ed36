import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { processTerm, tokenize } from './terms.js';

export interface IndexedPassage {
  id: string;
  text: string;
  title: string;
  publisher: string;
}

export type PassageIndex = MiniSearch<IndexedPassage>;

export const INDEX_OPTIONS: Options<IndexedPassage> = {
  fields: ['text', 'title', 'publisher'],
  storeFields: [],
  tokenize,
  processTerm,
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

export function buildPassageIndex(articles: Article[], passages: Passage[]): PassageIndex {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const index = new MiniSearch<IndexedPassage>(INDEX_OPTIONS);
  index.addAll(
    passages.map((p) => {
      const article = byId.get(p.articleId);
      return { id: p.id, text: p.text, title: article?.title ?? '', publisher: article?.publisher ?? '' };
    }),
  );
  return index;
}

export function loadPassageIndex(json: unknown): PassageIndex {
  return MiniSearch.loadJS(json as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
}

export interface PassageHit {
  id: string;
  score: number;
}

/** Best passages for free text; `filter` narrows by passage id before ranking. */
export function searchPassages(
  index: PassageIndex,
  query: string,
  options: { limit?: number; filter?: (id: string) => boolean } = {},
): PassageHit[] {
  const hits = index.search(query, {
    ...SEARCH_OPTIONS,
    ...(options.filter ? { filter: (r) => options.filter!(String(r.id)) } : {}),
  });
  const out = hits.map((h) => ({ id: String(h.id), score: h.score }));
  return options.limit === undefined ? out : out.slice(0, options.limit);
}
