import { watch, type FSWatcher } from 'node:fs';
import { warmAnswers } from '../answers/warm.js';
import type { Corpus } from './corpus.js';
import { Builder } from './builder.js';
import { defaultCacheDir, loadCorpus, type LoadOptions } from './loadCorpus.js';
import { deltaCorpusSteps, deltaFits, folderListing, listingByNames, listingChanges, type DeltaLimits, type Listing, type ListingChanges } from './delta.js';
import type { ChangedArticles } from './buildProtocol.js';
import { digestsUnknown, folderHash, type RememberedDigests } from './fileDigests.js';
import { runSteps, slicedPause, timedSteps, type Pause } from './steps.js';
import { utcDay, systemClock } from '../corpus/clock.js';
import { warmPassageIndex } from '../search/passageIndex.js';
// A serving store reads article files when they change: their parser (front matter's yaml, the chrome rules) loads with
// the store, not in a reload's stall; a process answering from a snapshot alone does without it (loadCorpus imports it on use).
import '../corpus/readArticles.js';

/** An answer's structures built for a corpus, in slices: `pause` between them (it may throw, to stop the work). */
export type Prepare = (corpus: Corpus, pause?: Pause) => Promise<unknown>;

export interface StoreOptions extends LoadOptions {
  /**
   * Run on each corpus loaded before it is served (requests meanwhile get the
   * one served before): by default the answers' warm-up, in slices, so the
   * first replies from a new corpus do not build its structures. Never fails a load.
   */
  prepare?: Prepare;
  /**
   * A folder that differs from the corpus served by a few articles is updated
   * in place (delta.ts): those articles read, the rest kept, served at once
   * (the answers' warm-up runs after, in slices). `false`: always build.
   */
  /** Shared by the stores of one process (a bot's and its stories'); by default the store's own. */
  serving?: Serving;
  delta?: false | (DeltaLimits & { /** The exact build follows once the folder has been quiet this long (default 60 s). */ quietMs?: number });
}

/** Set once any store sharing it serves a corpus: from then on every build of theirs runs on a worker thread. */
export interface Serving {
  serving: boolean;
}

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
  lastLoad:
    | {
        fromSnapshot: boolean;
        builtOnWorker: boolean;
        durationMs: number;
        prepareMs: number;
        /** 'delta': updated in place, its exact build still to come; 'exact': loaded or built from the whole folder. */
        kind: 'delta' | 'exact';
      }
    | undefined;
  /** The folder's listing when the corpus served was read: what the next reload compares with. */
  private listing: Listing | undefined;
  /** The served corpus was updated in place: an exact build is due once the folder is quiet. */
  private inexact = false;
  private exactTimer: NodeJS.Timeout | undefined;
  /** Set to make the next load an exact one. */
  private exactNext = false;
  /** Set while an update in place is being made: the served corpus's warm-up waits for it. */
  private updating: Promise<void> | undefined;
  /**
   * Each file's digest as last read (or kept beside the snapshot loaded), with its listing entry then:
   * an update in place reads only the files listed otherwise now, in this thread or on the worker.
   */
  private digests: RememberedDigests = new Map();

  /** Whether this store, or another sharing the flag, serves a corpus. */
  readonly serving: Serving;

  constructor(
    readonly dir: string,
    private readonly options: StoreOptions = {},
  ) {
    this.serving = options.serving ?? { serving: false };
  }

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
    const { prepare = warmAnswers, delta: _delta, ...options } = this.options;
    const started = performance.now();
    const exact = this.exactNext;
    this.exactNext = false;
    if (!exact) {
      const updated = await this.loadDelta(prepare, started);
      if (updated) return updated;
    }
    // Listed before anything is read: a file that changes during the load differs from it at the next reload.
    const listing = (await folderListing(this.dir)) ?? undefined;
    // Another store's corpus (a story) being served counts too: its first load must not hold up those replies.
    const worker = options.worker ?? (this.corpus || this.serving.serving ? true : undefined);
    const { corpus, fromSnapshot, builtOnWorker, digests } = await loadCorpus(this.dir, { builder: this.builder, ...options, worker });
    this.listing = listing;
    // Those loaded win; the ones remembered stay for files they lack (a snapshot kept without its digests).
    this.digests = new Map([...this.digests, ...digests]);
    // The corpus served was updated in place: this one, of the same content or not, is what serves from now on.
    const replacesInexact = this.inexact;
    this.inexact = false;
    clearTimeout(this.exactTimer);
    // The same content as the corpus served (a reload asked again for a change the load before had already seen): kept as it is, warmed.
    if (again && !replacesInexact && this.corpus && corpus.hash === this.corpus.hash) return this.corpus;
    const loaded = performance.now();
    // Warmed before it is swapped in: meanwhile requests are answered from the corpus served until now.
    await prepare(corpus).catch(() => undefined);
    const prepareMs = performance.now() - loaded;
    this.lastLoad = { fromSnapshot, builtOnWorker: builtOnWorker ?? false, durationMs: performance.now() - started, prepareMs, kind: 'exact' };
    this.serve(corpus, replacesInexact);
    return corpus;
  }

  /** Serves `corpus`; listeners are told when its content is new, or (`replaces`) its answers may differ all the same. */
  private serve(corpus: Corpus, replaces = false): void {
    const changed = replaces || corpus.hash !== this.corpus?.hash;
    this.corpus = corpus;
    this.serving.serving = true;
    if (changed) for (const l of this.listeners) l(corpus);
  }

  /**
   * The served corpus updated in place when the folder differs from it by a
   * few articles (delta.ts); the served corpus itself when only change times
   * moved; null when this load must build (no corpus yet, too many changes,
   * a file that cannot be read, a problem that time has solved).
   */
  private async loadDelta(prepare: Prepare, started: number): Promise<Corpus | null> {
    const limits = this.options.delta;
    const base = this.corpus;
    const before = this.listing;
    if (limits === false || !base || !before) return null;
    const today = utcDay((this.options.clock ?? systemClock)());
    if (base.problems.some((p) => p.scope === 'folder' || (p.until !== undefined && p.until <= today))) return null;
    let updated!: () => void;
    this.updating = new Promise<void>((resolve) => (updated = resolve));
    try {
      return await this.tryDelta(base, before, limits ?? {}, prepare, started);
    } finally {
      this.updating = undefined;
      updated();
    }
  }

  /** loadDelta's listing and update, made while `updating` holds the served corpus's warm-up and stops the last update's full listing. */
  private async tryDelta(base: Corpus, before: Listing, limits: DeltaLimits, prepare: Prepare, started: number): Promise<Corpus | null> {
    // Listed before anything is read, by names first: a file added or removed shows without a stat of every file.
    let listing = await listingByNames(this.dir, before);
    let changes = listing && listingChanges(before, listing);
    const byNames = !!changes && changes.read.length + changes.removed.length > 0;
    if (!byNames) {
      // None: a file changed in place under its name shows only in the full listing.
      listing = await folderListing(this.dir);
      changes = listing && listingChanges(before, listing);
    }
    if (!listing || !changes) return null;
    if (!changes.read.length && !changes.removed.length) return base;
    if (!deltaFits(changes, base.articles.length, limits)) return null;
    return this.updateInPlace(base, listing, changes, byNames, prepare, started);
  }

  /** The update in place itself (see loadDelta). */
  private async updateInPlace(
    base: Corpus,
    listing: Listing,
    changes: ListingChanges,
    byNames: boolean,
    prepare: Prepare,
    started: number,
  ): Promise<Corpus | null> {
    const onPhase = this.options.onPhase ?? (() => undefined);
    onPhase('delta-listing', performance.now() - started);
    let t = performance.now();
    // Read: the files added or changed, and any whose digest is not known as it is listed now (all of them when no digests were kept).
    const changed = await this.readChanged(changes.read, digestsUnknown(listing, this.digests, new Set(changes.read)));
    onPhase('delta-articles', performance.now() - t);
    for (const [phase, ms] of Object.entries(changed?.phases ?? {})) onPhase(phase, ms);
    if (!changed || changed.readProblems.length) return null;
    t = performance.now();
    const hash = folderHash(listing, this.digests, changed.read);
    onPhase('delta-hash', performance.now() - t);
    if (hash === null) return null;
    this.listing = listing;
    if (hash !== base.hash) {
      t = performance.now();
      const work = { ms: 0 };
      const steps = deltaCorpusSteps(base, new Set([...changes.read, ...changes.removed]), { hash, data: changed.data });
      const pending = await runSteps(timedSteps(steps, work), slicedPause());
      onPhase('delta-corpus', performance.now() - t);
      onPhase('delta-corpus-work', work.ms);
      if (!pending) return null;
      // The index changes and the corpus is served in one turn: no reply sees one without the other.
      t = performance.now();
      const corpus = pending.commit();
      onPhase('delta-commit', performance.now() - t);
      this.serve(corpus);
      this.lastLoad = { fromSnapshot: false, builtOnWorker: false, durationMs: performance.now() - started, prepareMs: 0, kind: 'delta' };
      // Served first, warmed after, in slices: an answer asked meanwhile builds what it needs of it. Started
      // in a later turn, so that not even its first slice runs before the callers of this reload answer.
      setImmediate(() => void prepare(corpus, this.warmPause(corpus)).catch(() => undefined));
      // The index's postings are scored again after an update (the document count changed): stopped by the next.
      if (this.options.warmIndex ?? true) warmPassageIndex(corpus.index, { while: () => this.corpus === corpus && !this.updating });
    }
    this.inexact = this.inexact || hash !== base.hash;
    if (this.inexact) this.scheduleExact();
    if (byNames) void this.checkListing(listing);
    return this.corpus!;
  }

  /**
   * Pauses for the warm-up of a corpus updated in place: held while the next update is made (it goes
   * first: its slices would otherwise alternate with these), and the warm-up stopped (the pause throws)
   * once another corpus is served, whose own warm-up follows. A request on `corpus` still in flight builds
   * what it needs at once, as before any warm-up.
   */
  private warmPause(corpus: Corpus): Pause {
    const pause = slicedPause();
    return async () => {
      await pause();
      while (this.updating) await this.updating;
      if (this.corpus !== corpus) throw new Error('another corpus is served');
    };
  }

  /**
   * After an update from a listing by names, off the reply path: the full listing, compared with that
   * one; a file changed in place meanwhile (which only the full listing shows) is reloaded. Stopped when
   * another load starts (its `stat`s would queue before that load's read of the folder): that load
   * takes the full listing itself when it finds no file added or removed, and checks after an update.
   */
  private async checkListing(listed: Listing): Promise<void> {
    // Once the update that asks for it has ended (it is called from inside it).
    await this.updating;
    const full = await folderListing(this.dir, () => this.listing === listed && !this.updating);
    // Another load has listed the folder since: it saw as much.
    if (!full || this.listing !== listed) return;
    const changes = listingChanges(listed, full);
    if (changes.read.length || changes.removed.length) await this.reload().catch(() => undefined);
  }

  /** The few articles read (and the files named `digestOnly` for their digest): on the store's warm build worker, or in process when it cannot run or a clock is given. */
  private async readChanged(names: string[], digestOnly: string[]): Promise<ChangedArticles | null> {
    const cacheDir = this.options.snapshot === false ? null : (this.options.cacheDir ?? defaultCacheDir());
    // One article or none is read here when the worker is not running: starting one costs seconds, that article tens of ms.
    const onWorker = this.options.worker === true || (this.options.worker !== false && (this.builder.started || names.length > 1));
    if (!this.options.clock && onWorker) {
      const done = await this.builder.articles({ dir: this.dir, names, digestOnly, cacheDir });
      if (done) return done;
    }
    const { readChangedArticles } = await import('./changedArticles.js');
    const clock = this.options.clock ? { clock: this.options.clock } : {};
    return readChangedArticles(this.dir, names, { digestOnly, cacheDir, ...clock }).catch(() => null);
  }

  /** The exact build, once the folder has been quiet for `quietMs`: the corpus then is the one a build from scratch makes. */
  private scheduleExact(): void {
    clearTimeout(this.exactTimer);
    const quietMs = (this.options.delta || undefined)?.quietMs ?? 60_000;
    this.exactTimer = setTimeout(() => void this.reconcile().catch(() => undefined), quietMs);
    this.exactTimer.unref();
  }

  /** Whether the corpus served was updated in place and its exact build has not followed yet. */
  get approximate(): boolean {
    return this.inexact;
  }

  /** Builds the folder exactly now (what follows an update in place once the folder is quiet) and serves it. */
  reconcile(): Promise<Corpus> {
    clearTimeout(this.exactTimer);
    this.exactNext = true;
    return this.reload();
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
    clearTimeout(this.exactTimer);
    this.watcher?.close();
    this.watcher = undefined;
    void this.builder.close();
  }
}
