import { newAnnotations } from '../ingest/newAnnotations.js';
import type { Corpus } from '../pipeline/corpus.js';
import { storyKey, type StoryRef } from '../stories/names.js';
import type { WhatsNewBatcher } from './whatsNewBatch.js';
import type { WhatsNewChannel, WhatsNewChannels } from './whatsNewChannels.js';

/** What a story had when last seen: its annotations (all newAnnotations compares against) and its article ids. */
interface Baseline {
  annotations: Corpus['annotations'];
  articles: Set<string>;
}

const baselineOf = (corpus: Corpus): Baseline => ({ annotations: corpus.annotations, articles: new Set(corpus.articles.map((a) => a.id)) });

export interface WatcherOptions {
  channels: WhatsNewChannels;
  batcher: WhatsNewBatcher;
  /** The channels this process posts to (a shard: its servers'); all by default. */
  owns?(channel: WhatsNewChannel): boolean;
  label(story: StoryRef): string;
}

/**
 * Sees every change of a story's articles, however made (a feed, /ingest,
 * the terminal, a file dropped in the folder), and hands what the new
 * articles brought to the batcher for each channel that opted in. Only the
 * stories some channel follows keep a baseline.
 */
export class WhatsNewWatcher {
  private readonly baselines = new Map<string, Baseline>();

  constructor(private readonly options: WatcherOptions) {}

  private channelsOf(story: StoryRef): WhatsNewChannel[] {
    const all = this.options.channels.channelsOf(story);
    return this.options.owns ? all.filter((c) => this.options.owns!(c)) : all;
  }

  /** A story's articles changed. */
  changed(story: StoryRef, corpus: Corpus): void {
    const key = storyKey(story);
    const channels = this.channelsOf(story);
    if (!channels.length) {
      this.baselines.delete(key);
      return;
    }
    const before = this.baselines.get(key);
    this.baselines.set(key, baselineOf(corpus));
    if (!before) return;
    const entries = corpus.articles
      .filter((a) => !before.articles.has(a.id))
      .map((a) => ({ story: this.options.label(story), title: a.title, publisher: a.publisher, brought: newAnnotations(before, corpus, a.id) }));
    if (!entries.length) return;
    for (const c of channels) this.options.batcher.add(c.channelId, entries);
  }

  /** Takes a baseline for each followed story loaded now that has none, so the next change is told; forgets stories no longer followed. */
  sync(peek: (story: StoryRef) => Corpus | undefined): void {
    const followed = new Set<string>();
    for (const story of this.options.channels.stories()) {
      const key = storyKey(story);
      followed.add(key);
      if (this.baselines.has(key) || !this.channelsOf(story).length) continue;
      const corpus = peek(story);
      if (corpus) this.baselines.set(key, baselineOf(corpus));
    }
    for (const key of [...this.baselines.keys()]) if (!followed.has(key)) this.baselines.delete(key);
  }
}
