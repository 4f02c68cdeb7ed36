import type { Corpus } from '../pipeline/corpus.js';
import { CorpusStore } from '../pipeline/store.js';
import { storyCacheDir, storyDir, type StoryFolders } from './folders.js';
import { storyKey, type StoryRef } from './names.js';

/**
 * What a loaded corpus is taken to cost in memory: measured on the bench
 * corpora, the heap after load is about 1.2 KB per passage beside the text
 * itself (held twice: the files' text and the passages).
 */
export function estimateCorpusBytes(corpus: Corpus): number {
  let text = 0;
  for (const p of corpus.passages) text += p.text.length;
  return corpus.passages.length * 1200 + text * 4;
}

interface Loaded {
  ref: StoryRef;
  store: CorpusStore;
  bytes: number;
  usedAt: number;
  unlisten: () => void;
}

/**
 * The stories a running bot answers from, each a CorpusStore of its own
 * folder, loaded on first use and kept while memory allows: past the budget
 * the least recently used are unloaded (a request already holding one keeps
 * its corpus object; the next question loads it again, from its snapshot).
 */
export class StoryLibrary {
  private readonly loaded = new Map<string, Loaded>();
  private readonly loading = new Map<string, Promise<CorpusStore>>();
  private readonly listeners = new Set<(ref: StoryRef, corpus: Corpus) => void>();
  private tick = 0;

  constructor(
    readonly options: StoryFolders & {
      cacheDir: string;
      memoryBudgetBytes: number;
      /** Watch each loaded story's folder for changes (the bot); off for one-shot tools. */
      watch?: boolean;
      /** The default story's store when the caller already has one (it is never unloaded). */
      sampleStore?: CorpusStore;
    },
  ) {
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
      return entry.store;
    }
    let pending = this.loading.get(key);
    if (!pending) {
      pending = (async () => {
        const store = new CorpusStore(this.dir(ref), { cacheDir: storyCacheDir(this.options.cacheDir, ref) });
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

  get bytes(): number {
    let sum = 0;
    for (const e of this.loaded.values()) sum += e.bytes;
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

  /** Unloads the least recently used stories until the rest fit the budget; never `keep`, never the default story. */
  private evict(keep: string): void {
    if (this.bytes <= this.options.memoryBudgetBytes) return;
    const candidates = [...this.loaded.entries()]
      .filter(([k, e]) => k !== keep && e.store !== this.options.sampleStore)
      .sort((a, b) => a[1].usedAt - b[1].usedAt);
    for (const [, e] of candidates) {
      if (this.bytes <= this.options.memoryBudgetBytes) break;
      this.unload(e.ref);
    }
  }
}
