import { watch, type FSWatcher } from 'node:fs';
import type { Corpus } from './corpus.js';
import { loadCorpus, type LoadOptions } from './loadCorpus.js';

/**
 * The corpus a long-running process answers from. `current()` is read once
 * per request, so a request in flight keeps the corpus it started with while
 * a reload swaps in the new one.
 */
export class CorpusStore {
  private corpus: Corpus | undefined;
  private watcher: FSWatcher | undefined;
  private pending: Promise<Corpus> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(corpus: Corpus) => void>();
  /** How the corpus now served was made. */
  lastLoad: { fromSnapshot: boolean; builtOnWorker: boolean; durationMs: number } | undefined;

  constructor(
    readonly dir: string,
    private readonly options: LoadOptions = {},
  ) {}

  current(): Corpus {
    if (!this.corpus) throw new Error('the corpus is not loaded yet');
    return this.corpus;
  }

  /**
   * Loads (or reloads) the folder; concurrent calls share one load. Once a
   * corpus is being served, a rebuild runs on a worker thread however few the
   * articles: even five take long enough in process (0.4 s) to hold up replies.
   */
  async reload(): Promise<Corpus> {
    const worker = this.options.worker ?? (this.corpus ? true : undefined);
    const started = performance.now();
    this.pending ??= loadCorpus(this.dir, { ...this.options, worker })
      .then(({ corpus, fromSnapshot, builtOnWorker }) => {
        this.lastLoad = { fromSnapshot, builtOnWorker: builtOnWorker ?? false, durationMs: performance.now() - started };
        const changed = corpus.hash !== this.corpus?.hash;
        this.corpus = corpus;
        if (changed) for (const l of this.listeners) l(corpus);
        return corpus;
      })
      .finally(() => {
        this.pending = undefined;
      });
    return this.pending;
  }

  onChange(listener: (corpus: Corpus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reloads when files in the folder change (an ingest from any process or shard). */
  watch(debounceMs = 300): void {
    if (this.watcher) return;
    this.watcher = watch(this.dir, () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => void this.reload().catch(() => undefined), debounceMs);
    });
    this.watcher.on('error', () => undefined);
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
  }
}
