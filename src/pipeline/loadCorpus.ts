import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticleFiles, readArticleFiles, type ArticleFile } from '../corpus/readArticles.js';
import { assembleCorpus, corpusDataFrom, timed, type Corpus, type PhaseTimer } from './corpus.js';
import { pipelineFingerprint } from './fingerprint.js';
import { readSnapshot, writeSnapshot } from './snapshot.js';

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..').replace(/[\\/]dist$/, '');

export const DEFAULT_CORPUS_DIR = path.join(PROJECT_ROOT, 'data', 'articles');
export const DEFAULT_CACHE_DIR = process.env.EVENTDESK_CACHE_DIR ?? path.join(PROJECT_ROOT, '.cache');

export interface LoadOptions {
  cacheDir?: string;
  /** false: never read or write a snapshot. */
  snapshot?: boolean;
  /** Receives each stage's duration (read, snapshot-read, parse, passages, annotate, index, snapshot-write). */
  onPhase?: PhaseTimer;
}

export interface LoadResult {
  corpus: Corpus;
  fromSnapshot: boolean;
}

export function corpusHash(files: ArticleFile[]): string {
  const hash = createHash('sha256').update(pipelineFingerprint());
  for (const f of files) hash.update(`\0${f.name}\0${f.bytes.byteLength}\0`).update(f.bytes);
  return hash.digest('hex').slice(0, 24);
}

/** Articles in a folder -> a ready corpus, from the snapshot when the files and code are unchanged. */
export async function loadCorpus(dir: string = DEFAULT_CORPUS_DIR, options: LoadOptions = {}): Promise<LoadResult> {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const useSnapshot = options.snapshot ?? true;
  const { onPhase } = options;
  let t0 = performance.now();
  const { files, problems: readProblems } = await readArticleFiles(dir);
  const hash = corpusHash(files);
  onPhase?.('read', performance.now() - t0);

  if (useSnapshot) {
    t0 = performance.now();
    const snap = await readSnapshot(cacheDir, hash);
    onPhase?.('snapshot-read', performance.now() - t0);
    if (snap) return { corpus: assembleCorpus(snap.data, snap.index), fromSnapshot: true };
  }
  const { sources, problems } = timed(onPhase, 'parse', () => parseArticleFiles(files));
  const corpus = assembleCorpus(corpusDataFrom(hash, sources, [...readProblems, ...problems], onPhase), undefined, onPhase);
  if (useSnapshot) {
    t0 = performance.now();
    // A cache that cannot be written (read-only disk) costs speed, never an answer.
    await writeSnapshot(cacheDir, corpus).catch(() => undefined);
    onPhase?.('snapshot-write', performance.now() - t0);
  }
  return { corpus, fromSnapshot: false };
}
