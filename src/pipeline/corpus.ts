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

/** Called after each build stage with its duration; the benchmark uses it, nothing else needs to. */
export type PhaseTimer = (phase: string, ms: number) => void;

export function timed<T>(onPhase: PhaseTimer | undefined, phase: string, work: () => T): T {
  if (!onPhase) return work();
  const t0 = performance.now();
  const result = work();
  onPhase(phase, performance.now() - t0);
  return result;
}

export function corpusDataFrom(
  hash: string,
  sources: ArticleSource[],
  problems: CorpusProblem[],
  onPhase?: PhaseTimer,
): CorpusData {
  const articles = sources.map((s) => s.article);
  const passages = timed(onPhase, 'passages', () => sources.flatMap((s) => extractPassages(s)));
  const annotations = timed(onPhase, 'annotate', () => annotate(articles, passages));
  return { hash, articles, passages, annotations, problems };
}

export function assembleCorpus(data: CorpusData, index?: PassageIndex, onPhase?: PhaseTimer): Corpus {
  return {
    ...data,
    index: index ?? timed(onPhase, 'index', () => buildPassageIndex(data.articles, data.passages)),
    articleById: new Map(data.articles.map((a) => [a.id, a])),
    passageById: new Map(data.passages.map((p) => [p.id, p])),
  };
}
