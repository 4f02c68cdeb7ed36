import type { CorpusProblem } from '../corpus/types.js';
import type { CorpusData } from './corpus.js';
import type { RememberedDigests } from './fileDigests.js';

/**
 * What the main thread asks of the build worker (buildWorker.ts) and what it
 * answers: the worker writes the snapshot itself when there is a cache folder
 * to write to, and otherwise hands the snapshot's bytes back. A worker kept
 * warm (builder.ts) is asked again for each build, one at a time.
 */
export interface BuildRequest {
  dir: string;
  /** Where to write the snapshot; null: hand its bytes back instead. */
  cacheDir: string | null;
  /**
   * Keep the articles' segments in memory for the next build (a worker kept warm); false for a
   * worker that ends after this build, which then holds no segment longer than it takes to write it.
   */
  remember?: boolean;
}

/** `digests`: every file's, with its entry in the listing the worker took before reading (also kept beside a snapshot written). */
export type BuildReply =
  | { ok: true; hash: string; written: true; phases: Record<string, number>; digests: RememberedDigests }
  | { ok: true; hash: string; written: false; bytes: Uint8Array; phases: Record<string, number>; digests: RememberedDigests }
  | { ok: false; message: string };

/**
 * A few articles read for a corpus updated in place (delta.ts): the folder's
 * content hash, and the named files' articles, passages and annotations, as
 * the corpus's passes make them from those articles alone.
 */
export interface ArticlesRequest {
  kind: 'articles';
  dir: string;
  /** The files to read (added or changed since the corpus served). */
  names: string[];
  /** The folder's listing as the store read it (file name, size and change times), in name order. */
  listing: Array<[string, string]>;
  /** Where kept segments may be read from (never written: the exact build that follows writes them). */
  cacheDir: string | null;
  /**
   * The digests the store remembers (the worker keeps none of its own, so one that exited idle costs
   * nothing): each is used only when its file is listed now as it was when read.
   */
  digests: RememberedDigests;
}

export type ArticlesReply = ({ ok: true } & ChangedArticles) | { ok: false; message: string };

export interface ChangedArticles {
  /** The content hash of the whole folder as read now. */
  hash: string;
  /** Every article file the folder lists now (read or not). */
  names: string[];
  /** Problems reading the folder or any of its files (not parsing): such a folder takes the full path. */
  readProblems: CorpusProblem[];
  /** The named files' corpus data (their parse problems in `problems`); `hash` is the folder's. */
  data: CorpusData;
  /** Every file's digest as now known: the ones given, with the files read now and without the files gone. */
  digests: RememberedDigests;
  /** How long each part took where it was read (ms): digests, parse, segments, passages, find, annotate. */
  phases: Record<string, number>;
}
