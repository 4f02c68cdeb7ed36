import type { Annotations } from '../annotate/index.js';
import type { Article, CorpusProblem } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import type { PassageIndex } from '../search/passageIndex.js';

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
