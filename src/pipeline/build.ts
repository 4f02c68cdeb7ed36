import { annotate } from '../annotate/index.js';
import type { ArticleSource, CorpusProblem } from '../corpus/types.js';
import { extractPassages } from '../passages/extract.js';
import { timed, type PhaseTimer } from './assemble.js';
import type { CorpusData } from './corpus.js';

// Kept apart from corpus.ts so that a start from a snapshot never loads the
// extractors (compromise and chrono-node alone take about half a second to import).
export function corpusDataFrom(hash: string, sources: ArticleSource[], problems: CorpusProblem[], onPhase?: PhaseTimer): CorpusData {
  const articles = sources.map((s) => s.article);
  const passages = timed(onPhase, 'passages', () => sources.flatMap((s) => extractPassages(s)));
  const annotations = timed(onPhase, 'annotate', () => annotate(articles, passages));
  return { hash, articles, passages, annotations, problems };
}
