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

export type BuildReply =
  | { ok: true; hash: string; written: true; phases: Record<string, number> }
  | { ok: true; hash: string; written: false; bytes: Uint8Array; phases: Record<string, number> }
  | { ok: false; message: string };
