import { createHash } from 'node:crypto';
import path from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { systemClock, utcDay, type Clock } from '../corpus/clock.js';
import { assembleCorpus, assembleCorpusSliced, timed, type PhaseTimer } from './assemble.js';
import type { Corpus } from './corpus.js';
import { pipelineFingerprint } from './fingerprint.js';
import type { BuildRequest } from './buildProtocol.js';
import { Builder, type BuildDone } from './builder.js';
import { corpusHashSteps, type FileDigest } from './corpusHash.js';
import { copiedDigests, folderListing, readDigests, rememberedFrom, writeDigests, type Listing, type RememberedDigests } from './fileDigests.js';
import { DEFAULT_CACHE_DIR, DEFAULT_CORPUS_DIR } from '../config/paths.js';
import { writeSegments } from './articleWork.js';
import { decodeSnapshot, readSnapshot, writeSnapshot } from './snapshot.js';
import { runSteps, slicedPause } from './steps.js';
import { warmPassageIndex } from '../search/passageIndex.js';

export { DEFAULT_CORPUS_DIR } from '../config/paths.js';

/** Where snapshots go unless the caller says: EVENTDESK_CACHE_DIR, read when called (after an entry point's .env). */
export const defaultCacheDir = (): string => process.env.EVENTDESK_CACHE_DIR?.trim() || DEFAULT_CACHE_DIR;

export interface LoadOptions {
  cacheDir?: string;
  /** false: never read or write a snapshot. */
  snapshot?: boolean;
  /**
   * Build on a worker thread, so the process keeps answering while thousands of
   * articles are parsed and indexed. Default: from WORKER_MIN_FILES files.
   */
  worker?: boolean;
  /** The build worker to use, kept warm between builds (a CorpusStore's); by default one per build. */
  builder?: Builder;
  /** Receives each stage's duration (read, snapshot-read, parse, passages, annotate, index, snapshot-write). */
  onPhase?: PhaseTimer;
  /**
   * What "today" is for publication dates (one after tomorrow is refused).
   * The system clock by default; given, the build runs in this thread (a
   * worker reads the system clock).
   */
  clock?: Clock;
  /**
   * Score every term's postings ahead, in the background (warmPassageIndex),
   * so first searches are as fast as later ones. Default true; off for a
   * story loaded on demand among many, where it would compete with the next
   * loads for CPU and keep memory for terms never searched.
   */
  warmIndex?: boolean;
}

export interface LoadResult {
  corpus: Corpus;
  fromSnapshot: boolean;
  /** Built on a worker thread (false when loaded from a snapshot or built in process). */
  builtOnWorker?: boolean;
  /**
   * Its files' digests, each with the listing entry it was read under (from the files when they were
   * read, else kept beside the snapshot; possibly none): what an update in place needs to read only
   * the files changed.
   */
  digests: RememberedDigests;
}

/**
 * A key from the files' names, sizes and change times (and the pipeline's
 * code): when it matches a key saved beside a snapshot, the content hash is
 * known without reading and hashing every file, which at thousands of
 * articles is most of a warm start.
 */
async function listingKey(dir: string): Promise<string | null> {
  const listing = await folderListing(dir);
  return listing && keyOfListing(dir, listing);
}

function keyOfListing(dir: string, listing: Listing): string {
  const hash = createHash('sha256').update(pipelineFingerprint()).update(path.resolve(dir));
  for (const [name, listed] of listing) hash.update(`\0${name}\0${listed}`);
  return hash.digest('hex').slice(0, 24);
}

const listingPath = (cacheDir: string, key: string) => path.join(cacheDir, `listing-${key}`);

/** The content hash a folder has as it is listed now, when known (a snapshot was saved or found for that listing); else null. */
export async function knownContentHash(dir: string, cacheDir: string = defaultCacheDir()): Promise<{ key: string; hash: string } | null> {
  const key = await listingKey(dir);
  const hash = key ? await readFile(listingPath(cacheDir, key), 'utf8').catch(() => null) : null;
  return key && hash ? { key, hash: hash.trim() } : null;
}

/**
 * Records that `dir`, as it is listed now, has the content `hash`: for a
 * folder just made as a copy of one whose hash was known (the caller checks
 * that the original did not change meanwhile), so its first load finds the
 * snapshot without reading and hashing every file. Given the `original`,
 * its files' digests are kept for the copy too, so that the copy's first
 * update in place reads only the files changed.
 */
export async function rememberContentHash(dir: string, cacheDir: string, hash: string, original?: { dir: string; cacheDir: string }): Promise<void> {
  const listing = await folderListing(dir);
  if (!listing) return;
  await saveListing(cacheDir, keyOfListing(dir, listing), hash);
  const originalListing = original ? await folderListing(original.dir) : null;
  if (!original || !originalListing) return;
  const digests = copiedDigests(await readDigests(original.cacheDir, hash), originalListing, listing);
  if (digests.size) await writeDigests(cacheDir, hash, digests);
}

export { slicedPause } from './steps.js';

/** Articles in a folder -> a ready corpus, from the snapshot when the files and code are unchanged. */
export async function loadCorpus(dir: string = DEFAULT_CORPUS_DIR, options: LoadOptions = {}): Promise<LoadResult> {
  const result = await loadFolder(dir, options);
  // Sliced itself, on timers of its own that never keep the process alive.
  if (options.warmIndex ?? true) warmPassageIndex(result.corpus.index);
  return result;
}

async function loadFolder(dir: string, options: LoadOptions): Promise<LoadResult> {
  const cacheDir = options.cacheDir ?? defaultCacheDir();
  const useSnapshot = options.snapshot ?? true;
  const { onPhase } = options;
  let t0 = performance.now();

  const clock = options.clock ?? systemClock;
  // A snapshot is of the files' content; a problem that time solves (a date after tomorrow) makes it stale on that day.
  const fresh = (snap: Awaited<ReturnType<typeof readSnapshot>>) => {
    if (!snap) return null;
    const today = utcDay(clock());
    return snap.data.problems.some((p) => p.until !== undefined && p.until <= today) ? null : snap;
  };

  // Listed before any file is read: a digest is remembered under the entry its file had before it was read.
  const listing = await folderListing(dir);
  const key = useSnapshot && listing ? keyOfListing(dir, listing) : null;
  if (key) {
    const known = (await readFile(listingPath(cacheDir, key), 'utf8').catch(() => null))?.trim();
    const snap = fresh(known ? await readSnapshot(cacheDir, known, slicedPause()) : null);
    onPhase?.('snapshot-read', performance.now() - t0);
    if (known && snap) {
      const digests = await readDigests(cacheDir, known);
      return { corpus: await assembleCorpusSliced(snap.data, snap.index, slicedPause()), fromSnapshot: true, digests };
    }
    t0 = performance.now();
  }

  // Loaded here, past the snapshot of a listing seen before: a bot's start from it parses no article file.
  const { parseArticleFiles, readArticleFiles } = await import('../corpus/readArticles.js');
  const { files, problems: readProblems } = await readArticleFiles(dir);
  const fileDigests: FileDigest[] = [];
  const hash = await runSteps(corpusHashSteps(files, fileDigests), slicedPause());
  const digests = rememberedFrom(listing, fileDigests);
  onPhase?.('read', performance.now() - t0);
  // The hash is of the files read. A folder that cannot be read, or a file in it that cannot, is a fact about
  // this folder now, not about that content: such a corpus is never served from a snapshot nor saved to one,
  // or every missing folder (no files, one hash) would answer with another one's problem.
  const cacheable = useSnapshot && readProblems.length === 0;

  if (cacheable) {
    t0 = performance.now();
    const snap = fresh(await readSnapshot(cacheDir, hash, slicedPause()));
    onPhase?.('snapshot-read', performance.now() - t0);
    if (snap) {
      if (key) await saveListing(cacheDir, key, hash);
      // The same content listed otherwise (files restored, a folder copied): kept under this listing from now on.
      await writeDigests(cacheDir, hash, digests);
      return { corpus: await assembleCorpusSliced(snap.data, snap.index, slicedPause()), fromSnapshot: true, digests };
    }
  }
  if (!options.clock && files.length && (options.worker ?? files.length >= WORKER_MIN_FILES)) {
    const built = await buildInWorker({ dir, cacheDir: cacheable ? cacheDir : null }, options.builder);
    if (built) {
      for (const [phase, ms] of Object.entries(built.phases)) onPhase?.(phase, ms);
      t0 = performance.now();
      const snap = built.written
        ? await readSnapshot(cacheDir, built.hash, slicedPause())
        : await decodeSnapshot(Buffer.from(built.bytes.buffer, built.bytes.byteOffset, built.bytes.byteLength), built.hash, slicedPause());
      onPhase?.('snapshot-read', performance.now() - t0);
      if (snap) {
        // The listing key is only good for the files hashed: the worker read them again, maybe changed.
        if (built.written && key && built.hash === hash) await saveListing(cacheDir, key, hash);
        return { corpus: await assembleCorpusSliced(snap.data, snap.index, slicedPause()), fromSnapshot: false, builtOnWorker: true, digests: built.digests };
      }
    }
  }

  const { corpusDataFrom } = await import('./build.js');
  const { sources, problems } = timed(onPhase, 'parse', () => parseArticleFiles(files, { clock }));
  const built = await corpusDataFrom(hash, sources, [...readProblems, ...problems], { cacheDir: cacheable ? cacheDir : null, onPhase });
  const corpus = assembleCorpus(built.data, undefined, onPhase);
  if (cacheable) {
    await writeSegments(cacheDir, hash, built.made, built.keys);
    t0 = performance.now();
    // A cache that cannot be written (read-only disk) costs speed, never an answer.
    const written = await writeSnapshot(cacheDir, corpus).then(
      () => true,
      () => false,
    );
    if (written && key) await saveListing(cacheDir, key, hash);
    if (written) await writeDigests(cacheDir, hash, digests);
    onPhase?.('snapshot-write', performance.now() - t0);
  }
  return { corpus, fromSnapshot: false, digests };
}

/** From this many files a build runs on a worker thread; a few articles build faster than a worker starts. */
const WORKER_MIN_FILES = 100;

/**
 * Builds in a worker thread: the caller's, kept warm, or one for this build
 * alone, which has exited (its memory given back) before this resolves. Null
 * when the worker cannot run here (the caller then builds in process).
 */
async function buildInWorker(request: BuildRequest, builder: Builder | undefined): Promise<BuildDone | null> {
  if (builder) return builder.build(request);
  const once = new Builder(0);
  try {
    return await once.build(request);
  } finally {
    await once.close();
  }
}

async function saveListing(cacheDir: string, key: string, hash: string): Promise<void> {
  await writeFile(listingPath(cacheDir, key), hash).catch(() => undefined);
}
