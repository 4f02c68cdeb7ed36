import type { WhatsNewEntry } from '../render/discord/whatsNew.js';
import { whatsNewMessage } from '../render/discord/whatsNew.js';

export interface BatchOptions {
  /** At most one message per channel in this window. */
  windowMs: number;
  /** How long a first entry waits for others that come with it (the rest of a feed's poll, a second /ingest). */
  gatherMs: number;
  post(channelId: string, content: string): Promise<void>;
  onError?(channelId: string, err: unknown): void;
}

/**
 * Gathers what's new per channel and posts it as one message, at most one per
 * channel every `windowMs`: entries arriving within the window wait and go
 * out together when it ends. Entries that bring nothing new post nothing.
 */
export class WhatsNewBatcher {
  private readonly pending = new Map<string, WhatsNewEntry[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly lastPostAt = new Map<string, number>();
  private stopped = false;

  constructor(private readonly options: BatchOptions) {}

  add(channelId: string, entries: WhatsNewEntry[]): void {
    if (this.stopped || !entries.length) return;
    this.pending.set(channelId, [...(this.pending.get(channelId) ?? []), ...entries]);
    if (this.timers.has(channelId)) return;
    const last = this.lastPostAt.get(channelId);
    const wait = Math.max(this.options.gatherMs, last === undefined ? 0 : last + this.options.windowMs - Date.now());
    const timer = setTimeout(() => void this.flush(channelId), wait);
    timer.unref();
    this.timers.set(channelId, timer);
  }

  /** Channels with entries waiting. */
  get waiting(): number {
    return this.pending.size;
  }

  private async flush(channelId: string): Promise<void> {
    this.timers.delete(channelId);
    const entries = this.pending.get(channelId) ?? [];
    this.pending.delete(channelId);
    const content = whatsNewMessage(entries);
    if (!content || this.stopped) return;
    this.lastPostAt.set(channelId, Date.now());
    try {
      await this.options.post(channelId, content);
    } catch (err) {
      this.options.onError?.(channelId, err);
    }
  }

  /** Drops what waits: nothing is posted after the bot stops. */
  stop(): void {
    this.stopped = true;
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    this.pending.clear();
  }
}
