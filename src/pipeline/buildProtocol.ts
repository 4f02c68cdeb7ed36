import type { CorpusProblem } from '../corpus/types.js';
import type { CorpusData } from './corpus.js';
import type { FileDigest } from './corpusHash.js';
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
 * A few articles read for a corpus updated in place (delta.ts): the named
 * files' articles, passages and annotations, as the corpus's passes make them
 * from those articles alone, and the digests of the files read (the store
 * makes the folder's content hash from them and those it remembers: neither
 * the folder's listing nor every file's digest crosses to the worker).
 */
export interface ArticlesRequest {
  kind: 'articles';
  dir: string;
  /** The files to read and parse (added or changed since the corpus served). */
  names: string[];
  /** Files to read for their digest alone (the store knows none for them as they are listed now). */
  digestOnly: string[];
  /** Where kept segments may be read from (never written: the exact build that follows writes them). */
  cacheDir: string | null;
}

export type ArticlesReply = ({ ok: true } & ChangedArticles) | { ok: false; message: string };

export interface ChangedArticles {
  /** The digest of each file read (named or digest only). */
  read: FileDigest[];
  /** Problems reading any of those files (not parsing): such a folder takes the full path. */
  readProblems: CorpusProblem[];
  /** The named files' corpus data (their parse problems in `problems`); its `hash` is left empty, the folder's is the store's to make. */
  data: CorpusData;
  /** How long each part took where it was read (ms): read, parse, segments, passages, find, annotate. */
  phases: Record<string, number>;
}
