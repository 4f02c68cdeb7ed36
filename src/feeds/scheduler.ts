import type { FeedRow, FeedStore } from './feedStore.js';
import type { Poll } from './pollFeed.js';

export interface SchedulerOptions {
  feeds: FeedStore;
  /** Polls one feed (pollFeed with the process's limits and ingest). */
  poll(feed: FeedRow): Promise<Poll>;
  /** The feeds this process polls (a shard: its servers'); all by default. */
  owns?(feed: FeedRow): boolean;
  /** How often due feeds are looked for. */
  tickMs?: number;
  /** The least time between two feed requests to one host. */
  hostSpacingMs?: number;
  now?(): Date;
  onPoll?(feed: FeedRow, poll: Poll): void;
  /** A poll that threw (the state database gone, a bug): logged, and the feed is tried again on a later tick. */
  onFailure?(feed: FeedRow, err: unknown): void;
}

/**
 * Polls every due feed on its own: each poll is a promise of its own, so a
 * slow or broken feed holds up no other and no interaction; a feed is never
 * polled twice at once; requests to one host are spaced. Feeds added or
 * removed (by /feed or the terminal) are seen at the next tick, since each
 * tick reads the state database.
 */
export class FeedScheduler {
  private readonly inFlight = new Map<number, Promise<void>>();
  private readonly lastRequestAt = new Map<string, number>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly options: SchedulerOptions) {}

  start(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.tick(), this.options.tickMs ?? 2_000);
    this.timer.unref();
    setImmediate(() => this.tick());
  }

  /** Starts the polls that are due now; returns how many. */
  tick(): number {
    if (this.stopped) return 0;
    const now = (this.options.now ?? (() => new Date()))();
    const spacing = this.options.hostSpacingMs ?? 2_000;
    let started = 0;
    for (const feed of this.options.feeds.all()) {
      if (Date.parse(feed.nextPollAt) > now.getTime()) break; // sorted soonest first
      if (this.inFlight.has(feed.id) || (this.options.owns && !this.options.owns(feed))) continue;
      const host = hostOf(feed.url);
      const last = this.lastRequestAt.get(host);
      if (last !== undefined && now.getTime() - last < spacing) continue;
      this.lastRequestAt.set(host, now.getTime());
      const running = this.options
        .poll(feed)
        .then(
          (poll) => this.options.onPoll?.(feed, poll),
          (err: unknown) => this.options.onFailure?.(feed, err),
        )
        .finally(() => this.inFlight.delete(feed.id));
      this.inFlight.set(feed.id, running);
      started++;
    }
    return started;
  }

  /** Resolves when the polls under way have finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size) await Promise.all(this.inFlight.values());
  }

  /** No new polls; waits up to `graceMs` for those under way (a poll left running finds nothing to write to, and that is all). */
  async stop(graceMs = 3_000): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.timer = undefined;
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([this.idle(), new Promise((resolve) => (timeout = setTimeout(resolve, graceMs)))]);
    clearTimeout(timeout);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
