import type { StateDatabase } from '../state/database.js';
import type { StoryRef } from '../stories/names.js';

export const DEFAULT_INTERVAL_SECONDS = 600;
export const DEFAULT_MAX_ITEMS = 10;

/** What a story follows: a feed's address, the keywords an item must hold (none: every item), how often and how much. */
export interface FeedDefinition {
  story: StoryRef;
  url: string;
  keywords: string[];
  intervalSeconds: number;
  /** At most this many items are taken per poll; the rest wait for the next. */
  maxItems: number;
}

/** A feed and what its polls have left. */
export interface FeedRow extends FeedDefinition {
  id: number;
  addedAt: string;
  addedBy: string | null;
  etag: string | null;
  lastModified: string | null;
  lastPollAt: string | null;
  nextPollAt: string;
  itemsTaken: number;
  consecutiveErrors: number;
  /** One line: why the last poll failed; null once a poll succeeds. */
  lastError: string | null;
  /** Items whose pages were refused for a reason that may pass (a timeout, a 5xx), waiting to be tried again. */
  retriesPending: number;
}

/** An item waiting to be tried again. */
export interface PendingRetry {
  key: string;
  link: string;
  /** How many times its page has been tried. */
  attempts: number;
  retryAt: string;
}

/** What became of an item this poll, to remember: its outcome, and when it is tried again (null: never). */
export interface SeenItem {
  key: string;
  link: string | null;
  outcome: string;
  retryAt?: Date | null;
}

/** What one poll changes in a feed's row. */
export interface PollRecord {
  at: Date;
  nextPollAt: Date;
  /** Validators for the next conditional request; undefined keeps the old ones (a 304 or an error). */
  etag?: string | null;
  lastModified?: string | null;
  taken: number;
  error: string | null;
}

interface Row {
  id: number;
  owner: string;
  story: string;
  url: string;
  keywords: string;
  interval_seconds: number;
  max_items: number;
  added_at: string;
  added_by: string | null;
  etag: string | null;
  last_modified: string | null;
  last_poll_at: string | null;
  next_poll_at: string;
  items_taken: number;
  consecutive_errors: number;
  last_error: string | null;
  retries_pending: number;
}

const fromRow = (r: Row): FeedRow => ({
  id: r.id,
  story: { owner: r.owner, name: r.story },
  url: r.url,
  keywords: JSON.parse(r.keywords) as string[],
  intervalSeconds: r.interval_seconds,
  maxItems: r.max_items,
  addedAt: r.added_at,
  addedBy: r.added_by,
  etag: r.etag,
  lastModified: r.last_modified,
  lastPollAt: r.last_poll_at,
  nextPollAt: r.next_poll_at,
  itemsTaken: r.items_taken,
  consecutiveErrors: r.consecutive_errors,
  lastError: r.last_error,
  retriesPending: r.retries_pending,
});

/** Every feed column, and how many of its items wait for another try. */
const SELECT_FEEDS = 'SELECT feeds.*, (SELECT COUNT(*) FROM feed_items i WHERE i.feed_id = feeds.id AND i.retry_at IS NOT NULL) AS retries_pending FROM feeds';

/**
 * The feeds of every story and their state, in the state database, so a
 * restart neither forgets a feed nor takes an item twice. Every question is
 * asked within an owner: a server reaches only its own feeds.
 */
export class FeedStore {
  constructor(readonly state: StateDatabase) {}

  /**
   * Follows a feed, or updates the keywords, interval and limit of one the story already follows (its
   * state kept). The first poll is due at once.
   */
  add(def: FeedDefinition, by: string | null, now = new Date()): { feed: FeedRow; created: boolean } {
    return this.state.transaction(() => {
      const existing = this.find(def.story, def.url);
      if (existing) {
        this.state.db
          .prepare('UPDATE feeds SET keywords = ?, interval_seconds = ?, max_items = ? WHERE id = ?')
          .run(JSON.stringify(def.keywords), def.intervalSeconds, def.maxItems, existing.id);
        return { feed: this.get(existing.id)!, created: false };
      }
      const done = this.state.db
        .prepare(
          `INSERT INTO feeds (owner, story, url, keywords, interval_seconds, max_items, added_at, added_by, next_poll_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          def.story.owner,
          def.story.name,
          def.url,
          JSON.stringify(def.keywords),
          def.intervalSeconds,
          def.maxItems,
          now.toISOString(),
          by,
          now.toISOString(),
        );
      return { feed: this.get(Number(done.lastInsertRowid))!, created: true };
    });
  }

  get(id: number): FeedRow | undefined {
    const row = this.state.db.prepare(`${SELECT_FEEDS} WHERE id = ?`).get(id) as Row | undefined;
    return row && fromRow(row);
  }

  find(story: StoryRef, url: string): FeedRow | undefined {
    const row = this.state.db.prepare(`${SELECT_FEEDS} WHERE owner = ? AND story = ? AND url = ?`).get(story.owner, story.name, url) as Row | undefined;
    return row && fromRow(row);
  }

  /** An owner's feeds (a server's, or the host's), by story then address. */
  list(owner: string): FeedRow[] {
    return (this.state.db.prepare(`${SELECT_FEEDS} WHERE owner = ? ORDER BY story, url`).all(owner) as Row[]).map(fromRow);
  }

  /** Every feed, soonest due first: what a scheduler polls. */
  all(): FeedRow[] {
    return (this.state.db.prepare(`${SELECT_FEEDS} ORDER BY next_poll_at, id`).all() as Row[]).map(fromRow);
  }

  /** Stops following a feed, within its owner only; its seen items go with it. */
  remove(owner: string, id: number): FeedRow | undefined {
    return this.state.transaction(() => {
      const row = this.state.db.prepare(`${SELECT_FEEDS} WHERE owner = ? AND id = ?`).get(owner, id) as Row | undefined;
      if (!row) return undefined;
      this.state.db.prepare('DELETE FROM feed_items WHERE feed_id = ?').run(id);
      this.state.db.prepare('DELETE FROM feeds WHERE id = ?').run(id);
      return fromRow(row);
    });
  }

  /** Which of these item keys the feed has seen before, less those due for another try by `now`. */
  seen(feedId: number, keys: readonly string[], now = new Date()): Set<string> {
    const ask = this.state.db.prepare('SELECT 1 FROM feed_items WHERE feed_id = ? AND item_key = ? AND (retry_at IS NULL OR retry_at > ?)');
    return new Set(keys.filter((k) => ask.get(feedId, k, now.toISOString()) !== undefined));
  }

  /** The feed's items waiting for another try, with how often each has been tried; those due by `now` only, when given. */
  pendingRetries(feedId: number, now?: Date): PendingRetry[] {
    const rows = this.state.db
      .prepare(
        `SELECT item_key, link, attempts, retry_at FROM feed_items WHERE feed_id = ? AND retry_at IS NOT NULL AND link IS NOT NULL ${now ? 'AND retry_at <= ?' : ''} ORDER BY retry_at, item_key`,
      )
      .all(...(now ? [feedId, now.toISOString()] : [feedId])) as { item_key: string; link: string; attempts: number; retry_at: string }[];
    return rows.map((r) => ({ key: r.item_key, link: r.link, attempts: r.attempts, retryAt: r.retry_at }));
  }

  /**
   * Remembers items as seen, with what became of them ("added", "duplicate", "skipped: …"), and when a refused
   * one is tried again. An item seen before counts one attempt more.
   */
  markSeen(feedId: number, items: readonly SeenItem[], now = new Date()): void {
    const put = this.state.db.prepare(
      `INSERT INTO feed_items (feed_id, item_key, link, seen_at, outcome, attempts, retry_at) VALUES (?, ?, ?, ?, ?, 1, ?)
       ON CONFLICT (feed_id, item_key) DO UPDATE SET link = excluded.link, seen_at = excluded.seen_at, outcome = excluded.outcome,
         attempts = feed_items.attempts + 1, retry_at = excluded.retry_at`,
    );
    this.state.transaction(() => {
      for (const i of items) put.run(feedId, i.key, i.link, now.toISOString(), i.outcome, i.retryAt ? i.retryAt.toISOString() : null);
    });
  }

  /** What a poll left: when it ran and when the next is due, validators, items taken, and the error count and line. */
  recordPoll(feedId: number, poll: PollRecord): void {
    const set = [
      'last_poll_at = @at',
      'next_poll_at = @next',
      'items_taken = items_taken + @taken',
      poll.error === null ? 'consecutive_errors = 0' : 'consecutive_errors = consecutive_errors + 1',
      'last_error = @error',
      ...(poll.etag !== undefined ? ['etag = @etag'] : []),
      ...(poll.lastModified !== undefined ? ['last_modified = @lastModified'] : []),
    ];
    this.state.db.prepare(`UPDATE feeds SET ${set.join(', ')} WHERE id = @id`).run({
      id: feedId,
      at: poll.at.toISOString(),
      next: poll.nextPollAt.toISOString(),
      taken: poll.taken,
      error: poll.error,
      ...(poll.etag !== undefined ? { etag: poll.etag } : {}),
      ...(poll.lastModified !== undefined ? { lastModified: poll.lastModified } : {}),
    });
  }
}
