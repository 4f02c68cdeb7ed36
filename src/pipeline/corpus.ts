import { annotate, type Annotations } from '../annotate/index.js';
import type { Article, ArticleSource, CorpusProblem } from '../corpus/types.js';
import { extractPassages } from '../passages/extract.js';
import type { Passage } from '../passages/types.js';
import { buildPassageIndex, type PassageIndex } from '../search/passageIndex.js';

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

export function corpusDataFrom(hash: string, sources: ArticleSource[], problems: CorpusProblem[]): CorpusData {
  const articles = sources.map((s) => s.article);
  const passages = sources.flatMap((s) => extractPassages(s));
  return { hash, articles, passages, annotations: annotate(articles, passages), problems };
}

export function assembleCorpus(data: CorpusData, index?: PassageIndex): Corpus {
  return {
    ...data,
    index: index ?? buildPassageIndex(data.articles, data.passages),
    articleById: new Map(data.articles.map((a) => [a.id, a])),
    passageById: new Map(data.passages.map((p) => [p.id, p])),
  };
}
