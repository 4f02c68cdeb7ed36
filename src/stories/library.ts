import type { Corpus } from '../pipeline/corpus.js';
import { CorpusStore, type Serving } from '../pipeline/store.js';
import { warmPassageIndex } from '../search/passageIndex.js';
import { storyCacheDir, storyDir, type StoryFolders } from './folders.js';
import { storyKey, type StoryRef } from './names.js';

/**
 * What a loaded story is taken to keep in memory, its answers' structures
 * built (they are built as its answers are first asked): fitted on heap and
 * external memory after a full GC, per corpus, over generated corpora of 38
 * to 9,936 passages (docs/benchmark.md, "Stories"): about 2.3 KB a passage
 * (text, annotations, lookups, postings) and 2.9 KB a distinct search term
 * (the index's tree and its scored postings), rounded up, beside a small
 * fixed part. Within 0.7–1.2 of what was measured at every size from 100 passages.
 */
export function estimateCorpusBytes(corpus: Corpus): number {
  return 256 * 1024 + corpus.passages.length * 2400 + corpus.index.termCount * 2900;
}

/**
 * The part of the process's memory budget the stories' estimates may fill:
 * what is left beside the rest of the process (`reservedBytes`), halved, as
 * V8 lets the heap grow to about twice what is live between full collections
 * while stories are loaded and dropped.
 */
export function storiesShare(budgetBytes: number, reservedBytes: number): number {
  return Math.max(0, budgetBytes - reservedBytes) / GC_HEADROOM;
}
const GC_HEADROOM = 2;

/** A story's corpus is served as soon as it is loaded: each answer builds what it needs when first asked (registry.ts `prepare`). */
const servedUnwarmed = async () => undefined;

interface Loaded {
  ref: StoryRef;
  store: CorpusStore;
  bytes: number;
  usedAt: number;
  unlisten: () => void;
  /** The corpus whose search index has been scored ahead (on the story's second use). */
  indexWarmed?: Corpus;
}

/**
 * The stories a running bot answers from, each a CorpusStore of its own
 * folder, loaded on first use and kept while memory allows: past its share of the budget
 * the least recently used are unloaded (a request already holding one keeps
 * its corpus object; the next question loads it again, from its snapshot).
 */
export class StoryLibrary {
  private readonly loaded = new Map<string, Loaded>();
  private readonly loading = new Map<string, Promise<CorpusStore>>();
  private readonly listeners = new Set<(ref: StoryRef, corpus: Corpus) => void>();
  private tick = 0;

  /** What the loaded stories' estimates may add up to (storiesShare). */
  readonly storiesBudgetBytes: number;
  /** Shared with the default story's store: once any story is served, every story builds on a worker thread. */
  private readonly serving: Serving;

  constructor(
    readonly options: StoryFolders & {
      cacheDir: string;
      /** The process's resident memory budget (EVENTDESK_MEMORY_MB). */
      memoryBudgetBytes: number;
      /** What the process takes besides the stories: by default its resident memory now (the default story loaded). */
      reservedBytes?: number;
      /** Watch each loaded story's folder for changes (the bot); off for one-shot tools. */
      watch?: boolean;
      /** The default story's store when the caller already has one (it is never unloaded). */
      sampleStore?: CorpusStore;
    },
  ) {
    this.storiesBudgetBytes = storiesShare(options.memoryBudgetBytes, options.reservedBytes ?? process.memoryUsage().rss);
    this.serving = options.sampleStore?.serving ?? { serving: false };
    if (options.sampleStore) this.adopt({ owner: '', name: 'sample' }, options.sampleStore);
  }

  dir(ref: StoryRef): string {
    return storyDir(this.options, ref);
  }

  /** The story's corpus if it is loaded now (no waiting): for autocomplete, which has no time to load. */
  peek(ref: StoryRef): Corpus | undefined {
    const entry = this.loaded.get(storyKey(ref));
    if (!entry) return undefined;
    entry.usedAt = ++this.tick;
    try {
      return entry.store.current();
    } catch {
      return undefined;
    }
  }

  /** The story's live store, loading it first when needed. */
  async open(ref: StoryRef): Promise<CorpusStore> {
    const key = storyKey(ref);
    const entry = this.loaded.get(key);
    if (entry) {
      entry.usedAt = ++this.tick;
      this.warmIndexOnce(entry);
      return entry.store;
    }
    let pending = this.loading.get(key);
    if (!pending) {
      pending = (async () => {
        const store = new CorpusStore(this.dir(ref), {
          cacheDir: storyCacheDir(this.options.cacheDir, ref),
          prepare: servedUnwarmed,
          warmIndex: false,
          serving: this.serving,
        });
        await store.reload();
        this.adopt(ref, store);
        return store;
      })().finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  async corpus(ref: StoryRef): Promise<Corpus> {
    return (await this.open(ref)).current();
  }

  /** Told whenever a loaded story's articles change (reloaded from its folder). */
  onChange(listener: (ref: StoryRef, corpus: Corpus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Forgets a story (deleted): its store stops watching. */
  unload(ref: StoryRef): void {
    const key = storyKey(ref);
    const entry = this.loaded.get(key);
    if (!entry || entry.store === this.options.sampleStore) return;
    this.loaded.delete(key);
    entry.unlisten();
    entry.store.close();
  }

  get size(): number {
    return this.loaded.size;
  }

  /** The loaded stories' estimates (the default story's memory is in `reservedBytes`). */
  get bytes(): number {
    let sum = 0;
    for (const e of this.loaded.values()) if (e.store !== this.options.sampleStore) sum += e.bytes;
    return sum;
  }

  close(): void {
    for (const key of [...this.loaded.keys()]) this.unload(this.loaded.get(key)!.ref);
  }

  private adopt(ref: StoryRef, store: CorpusStore): void {
    const key = storyKey(ref);
    const entry: Loaded = {
      ref,
      store,
      bytes: estimateCorpusBytes(store.current()),
      usedAt: ++this.tick,
      unlisten: store.onChange((corpus) => {
        entry.bytes = estimateCorpusBytes(corpus);
        for (const l of this.listeners) l(ref, corpus);
        this.evict(key);
      }),
    };
    this.loaded.set(key, entry);
    if (this.options.watch) store.watch();
    this.evict(key);
  }

  /**
   * A story is loaded without scoring its search index ahead (a story asked once, among many, would spend
   * CPU the next loads need and memory on terms never searched); asked again, it is in use: scored then, in
   * the background, so its searches are as fast as the default story's.
   */
  private warmIndexOnce(entry: Loaded): void {
    let corpus: Corpus;
    try {
      corpus = entry.store.current();
    } catch {
      return;
    }
    if (entry.indexWarmed === corpus) return;
    entry.indexWarmed = corpus;
    warmPassageIndex(corpus.index);
  }

  /** Unloads the least recently used stories until the rest fit the budget; never `keep`, never the default story. */
  private evict(keep: string): void {
    if (this.bytes <= this.storiesBudgetBytes) return;
    const candidates = [...this.loaded.entries()]
      .filter(([k, e]) => k !== keep && e.store !== this.options.sampleStore)
      .sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [, e] of candidates) {
      if (this.bytes <= this.storiesBudgetBytes) break;
      this.unload(e.ref);
    }
  }
}
