import type { Annotations } from '../annotate/index.js';
import type { Article, CorpusProblem } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { searchPassages, type PassageHit, type PassageIndex, type SearchPassagesOptions } from '../search/passageIndex.js';

/** Everything an answer function needs; built once, then read-only. */
export interface Corpus {
  /** Content hash of the article files and the pipeline code that read them. */
  hash: string;
  articles: Article[];
  passages: Passage[];
  annotations: Annotations;
  index: PassageIndex;
  /** Files that could not be loaded; they are left out, the rest still answers. */
  problems: CorpusProblem[];
  articleById: Map<string, Article>;
  passageById: Map<string, Passage>;
}

/** The serialisable part of a corpus: what a snapshot stores. */
export interface CorpusData {
  hash: string;
  articles: Article[];
  passages: Passage[];
  annotations: Annotations;
  problems: CorpusProblem[];
}

/**
 * The corpus's passages that best match `query`, best first. A corpus updated
 * in place (delta.ts) shares its index with the corpus served before it, so
 * the index may hold passages of either: then, unless the caller narrows the
 * search to passages of its own (`filter`), it keeps to the corpus's.
 */
export function searchCorpus(corpus: Corpus, query: string, options: SearchPassagesOptions = {}): PassageHit[] {
  const { index } = corpus;
  if (options.filter || index.documentCount === corpus.passages.length) return searchPassages(index, query, options);
  return searchPassages(index, query, { ...options, filter: (id) => corpus.passageById.has(id) });
}
