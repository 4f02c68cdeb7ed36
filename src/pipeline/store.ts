import { watch, type FSWatcher } from 'node:fs';
import { warmAnswers } from '../answers/warm.js';
import type { Corpus } from './corpus.js';
import { Builder } from './builder.js';
import { loadCorpus, type LoadOptions } from './loadCorpus.js';

export interface StoreOptions extends LoadOptions {
  /**
   * Run on each corpus loaded before it is served (requests meanwhile get the
   * one served before): by default the answers' warm-up, in slices, so the
   * first replies from a new corpus do not build its structures. Never fails a load.
   */
  prepare?: (corpus: Corpus) => Promise<unknown>;
}

/** Set once any store in this process serves a corpus: from then on every build runs on a worker thread. */
let serving = false;

/**
 * The corpus a long-running process answers from. `current()` is read once
 * per request, so a request in flight keeps the corpus it started with while
 * a reload swaps in the new one.
 */
export class CorpusStore {
  private corpus: Corpus | undefined;
  private watcher: FSWatcher | undefined;
  private pending: Promise<Corpus> | undefined;
  /** Set when a reload is asked for while one runs: the files may have changed after it read them. */
  private dirty = false;
  private timer: NodeJS.Timeout | undefined;
  /** Its build worker, kept warm between reloads: a corpus that changes often is rebuilt in proportion to the change. */
  private readonly builder = new Builder();
  private readonly listeners = new Set<(corpus: Corpus) => void>();
  /** How the corpus now served was made. */
  lastLoad: { fromSnapshot: boolean; builtOnWorker: boolean; durationMs: number; prepareMs: number } | undefined;

  constructor(
    readonly dir: string,
    private readonly options: StoreOptions = {},
  ) {}

  current(): Corpus {
    if (!this.corpus) throw new Error('the corpus is not loaded yet');
    return this.corpus;
  }

  /**
   * Loads (or reloads) the folder. A call while a load runs does not join it:
   * the files may have changed after that load read them, so one more load
   * follows it (however many calls came meanwhile), and every caller gets the
   * corpus of the last load. Once a corpus is being served (by this store or
   * another in the process), a build runs on a worker thread however few the
   * articles: even five take long enough in process (0.4 s) to hold up replies.
   */
  reload(): Promise<Corpus> {
    if (this.pending) {
      this.dirty = true;
      return this.pending;
    }
    this.pending = this.loadUntilClean().finally(() => {
      this.pending = undefined;
    });
    return this.pending;
  }

  private async loadUntilClean(): Promise<Corpus> {
    for (let again = false; ; again = true) {
      this.dirty = false;
      let corpus: Corpus;
      try {
        corpus = await this.loadOnce(again);
      } catch (err) {
        if (this.dirty) continue;
        throw err;
      }
      if (!this.dirty) return corpus;
    }
  }

  /** `again`: a load that follows another because a reload was asked during it. */
  private async loadOnce(again: boolean): Promise<Corpus> {
    const { prepare = warmAnswers, ...options } = this.options;
    // Another store's corpus (a story) being served counts too: its first load must not hold up those replies.
    const worker = options.worker ?? (this.corpus || serving ? true : undefined);
    const started = performance.now();
    const { corpus, fromSnapshot, builtOnWorker } = await loadCorpus(this.dir, { builder: this.builder, ...options, worker });
    // The same content as the corpus served (a reload asked again for a change the load before had already seen): kept as it is, warmed.
    if (again && this.corpus && corpus.hash === this.corpus.hash) return this.corpus;
    const loaded = performance.now();
    // Warmed before it is swapped in: meanwhile requests are answered from the corpus served until now.
    await prepare(corpus).catch(() => undefined);
    const prepareMs = performance.now() - loaded;
    this.lastLoad = { fromSnapshot, builtOnWorker: builtOnWorker ?? false, durationMs: performance.now() - started, prepareMs };
    const changed = corpus.hash !== this.corpus?.hash;
    this.corpus = corpus;
    serving = true;
    if (changed) for (const l of this.listeners) l(corpus);
    return corpus;
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
    void this.builder.close();
  }
}
