import { buildPassageIndex, warmPassageIndex, type PassageIndex } from '../search/passageIndex.js';
import type { Corpus, CorpusData } from './corpus.js';

/** Called after each build stage with its duration; the benchmark uses it, nothing else needs to. */
export type PhaseTimer = (phase: string, ms: number) => void;

export function timed<T>(onPhase: PhaseTimer | undefined, phase: string, work: () => T): T {
  if (!onPhase) return work();
  const t0 = performance.now();
  const result = work();
  onPhase(phase, performance.now() - t0);
  return result;
}

export function assembleCorpus(data: CorpusData, index?: PassageIndex, onPhase?: PhaseTimer): Corpus {
  const ready = index ?? timed(onPhase, 'index', () => buildPassageIndex(data.articles, data.passages));
  warmPassageIndex(ready);
  return {
    ...data,
    index: ready,
    articleById: new Map(data.articles.map((a) => [a.id, a])),
    passageById: new Map(data.passages.map((p) => [p.id, p])),
  };
}
