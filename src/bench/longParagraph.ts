/**
 * Ingest throughput on one long paragraph: an article of 500 to 4,000 sentences with no paragraph break,
 * built from the seed's sentences (./generate.ts), read, split, annotated and indexed as a corpus of its
 * own. Linear extraction keeps the throughput the same at every length; the ratio of the longest's to the
 * shortest's says how near it is (below 1: time grows faster than the text). Runs in a fresh process
 * (child.ts), after a build of the seeds and of a paragraph as long as the shortest, of another seed, so that what a
 * first build loads and compiles (the lexicon, the date parsers, the JIT) is not counted against the shortest.
 */
import path from 'node:path';
import { loadCorpus } from '../pipeline/loadCorpus.js';
import { generateLongParagraph, readSeedMaterial } from './generate.js';

export const PARAGRAPH_SENTENCES = [500, 1000, 2000, 4000];

export interface ParagraphRun {
  sentences: number;
  bytes: number;
  passages: number;
  wallMs: number;
  /** CPU time of the process over the build: on a shared machine the wall time also waits for a core. */
  cpuMs: number;
  /** KB of article text per second of CPU time, and of wall time. */
  kbPerCpuSecond: number;
  kbPerSecond: number;
}

export interface ParagraphReport {
  runs: ParagraphRun[];
  /** KB/s (CPU) of the longest paragraph over that of the shortest: 1 when time is linear in length. */
  linearity: number;
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

export async function measureLongParagraphs(seedDir: string, workDir: string, sizes: number[] = PARAGRAPH_SENTENCES): Promise<ParagraphReport> {
  const seed = await readSeedMaterial(seedDir);
  await loadCorpus(seedDir, { snapshot: false, worker: false });
  const warmDir = path.join(workDir, 'paragraph-warm-up');
  generateLongParagraph(seed, warmDir, { sentences: Math.min(...sizes), seed: 7 });
  await loadCorpus(warmDir, { snapshot: false, worker: false });
  const runs: ParagraphRun[] = [];
  for (const sentences of sizes) {
    const dir = path.join(workDir, `paragraph-${sentences}`);
    const { bytes } = generateLongParagraph(seed, dir, { sentences });
    const c0 = cpuMs();
    const t0 = performance.now();
    const { corpus } = await loadCorpus(dir, { snapshot: false, worker: false });
    const wallMs = performance.now() - t0;
    const cpu = cpuMs() - c0;
    if (corpus.problems.length) throw new Error(`the ${sentences}-sentence paragraph was refused: ${corpus.problems[0]!.message}`);
    const kb = bytes / 1024;
    runs.push({
      sentences,
      bytes,
      passages: corpus.passages.length,
      wallMs: Math.round(wallMs),
      cpuMs: Math.round(cpu),
      kbPerCpuSecond: Math.round(kb / (cpu / 1000)),
      kbPerSecond: Math.round(kb / (wallMs / 1000)),
    });
  }
  const first = runs[0]!;
  const last = runs.at(-1)!;
  return { runs, linearity: Math.round((last.kbPerCpuSecond / first.kbPerCpuSecond) * 100) / 100 };
}
