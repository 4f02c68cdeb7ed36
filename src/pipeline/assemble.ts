import { buildPassageIndex, type PassageIndex } from '../search/passageIndex.js';
import type { Corpus, CorpusData } from './corpus.js';
import { every, finish, runSteps, type Pause, type Steps } from './steps.js';

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
  return finish(assembleSteps(data, ready));
}

/** The same, with the index given, in slices between which `pause` lets the event loop turn (the lookup maps of 100,000 passages take tens of ms). */
export function assembleCorpusSliced(data: CorpusData, index: PassageIndex, pause: Pause): Promise<Corpus> {
  return runSteps(assembleSteps(data, index), pause);
}

function* assembleSteps(data: CorpusData, index: PassageIndex): Steps<Corpus> {
  const tick = every(4096);
  const articleById = new Map<string, CorpusData['articles'][number]>();
  for (const a of data.articles) {
    articleById.set(a.id, a);
    if (tick()) yield;
  }
  const passageById = new Map<string, CorpusData['passages'][number]>();
  for (const p of data.passages) {
    passageById.set(p.id, p);
    if (tick()) yield;
  }
  return { ...data, index, articleById, passageById };
}
