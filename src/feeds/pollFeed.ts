import type { IngestReport } from '../ingest/ingest.js';
import type { FetchLimits } from '../ingest/fetchPage.js';
import { IngestError, type IngestSource } from '../ingest/types.js';
import type { StoryRef } from '../stories/names.js';
import { nextPollAt } from './backoff.js';
import type { FeedItem } from './feedItems.js';
import type { FeedRow, FeedStore, PendingRetry } from './feedStore.js';
import { fetchFeed } from './fetchFeed.js';
import { matchingKeyword } from './keywords.js';
import type { ItemDecision, PollResult } from './pollResult.js';

/** A page refused for a reason that may pass is tried at most this many times in all (so 3 more), each wait twice the last. */
export const MAX_ATTEMPTS = 4;

export interface PollDeps {
  feeds: FeedStore;
  fetchLimits: FetchLimits;
  /**
   * Adds pages to the feed's story through the same ingest as /ingest: the bot
   * reloads the story's live store, the terminal its folder.
   */
  ingestInto(story: StoryRef, sources: IngestSource[]): Promise<IngestReport>;
  now?: () => Date;
}

/** A poll's result, with the ingest report behind it when anything was ingested (for what's new). */
export interface Poll {
  result: PollResult;
  report: IngestReport | null;
}

/**
 * Polls one feed once: fetches it (conditionally), decides each item (seen
 * before, keyword, limit), sends the new matching items' pages, and those due
 * for another try, through ingest as one batch, remembers what it saw (and
 * when a page refused for a reason that may pass is tried again), and records
 * the outcome and the next poll time (backing off after errors). Never throws for a bad feed: the
 * failure is its result's `error` and the feed's last error.
 */
export async function pollFeed(feed: FeedRow, deps: PollDeps): Promise<Poll> {
  const now = deps.now ?? (() => new Date());
  const polledAt = now();
  const items: ItemDecision[] = [];
  let report: IngestReport | null = null;
  let status: PollResult['status'] = 'ok';
  let error: string | null = null;
  let validators: { etag?: string | null; lastModified?: string | null } = {};
  try {
    const fetched = await fetchFeed(feed, deps.fetchLimits);
    validators = { etag: fetched.etag ?? feed.etag, lastModified: fetched.lastModified ?? feed.lastModified };
    const document = fetched.status === 'not-modified' ? [] : fetched.items;
    if (fetched.status === 'not-modified') status = 'not-modified';
    const retries = deps.feeds.pendingRetries(feed.id, polledAt);
    const { decisions, take } = decide(
      feed,
      document,
      retries,
      deps.feeds.seen(
        feed.id,
        document.map((i) => i.key),
        polledAt,
      ),
    );
    items.push(...decisions);
    if (take.length) {
      report = await deps.ingestInto(
        feed.story,
        take.map((i) => ({ kind: 'url', url: i.link! })),
      );
      const triedBefore = new Map(retries.map((r) => [r.key, r.attempts]));
      take.forEach((item, n) => {
        const outcome = report!.outcomes[n] ?? null;
        const decision = decisions.find((d) => d.key === item.key)!;
        decision.outcome = outcome;
        decision.reason = outcome?.status ?? 'refused';
        decision.attempt = (triedBefore.get(item.key) ?? 0) + 1;
        const again = outcome?.status === 'refused' && outcome.transient === true && decision.attempt < MAX_ATTEMPTS;
        decision.retryAt = again ? nextPollAt(feed.intervalSeconds, decision.attempt, polledAt).toISOString() : null;
      });
    }
    deps.feeds.markSeen(
      feed.id,
      decisions
        .filter((d) => d.reason !== 'over the limit' && d.reason !== 'seen before')
        .map((d) => ({ key: d.key, link: d.link, outcome: d.reason, retryAt: d.retryAt === null ? null : new Date(d.retryAt) })),
      polledAt,
    );
  } catch (err) {
    status = 'error';
    error = err instanceof IngestError ? err.message : `${feed.url} could not be polled (${(err as Error).message ?? String(err)})`;
  }
  const added = items.filter((i) => i.reason === 'added').length;
  const next = nextPollAt(feed.intervalSeconds, error === null ? 0 : feed.consecutiveErrors + 1, polledAt);
  deps.feeds.recordPoll(feed.id, { at: polledAt, nextPollAt: next, taken: added, error, ...validators });
  return {
    result: { feed: feed.id, url: feed.url, status, error, items, added, polledAt: polledAt.toISOString(), nextPollAt: next.toISOString() },
    report,
  };
}

/**
 * Each item's fate before any page is fetched; `take` are those whose pages go to ingest, at most the feed's
 * limit: the document's new items first, then the pages due for another try that the document no longer
 * lists (or that a 304 did not repeat).
 */
function decide(
  feed: FeedRow,
  items: FeedItem[],
  retries: readonly PendingRetry[],
  seen: ReadonlySet<string>,
): { decisions: ItemDecision[]; take: Array<{ key: string; link: string | null }> } {
  const decisions: ItemDecision[] = [];
  const take: Array<{ key: string; link: string | null }> = [];
  const keys = new Set<string>();
  const base = (key: string, link: string | null, title: string | null) =>
    ({ key, link, title, taken: false, keyword: null, outcome: null, attempt: null, retryAt: null }) as const;
  for (const item of items) {
    if (keys.has(item.key)) continue; // the same item twice in one document
    keys.add(item.key);
    const blank = base(item.key, item.link, item.title);
    if (seen.has(item.key)) {
      decisions.push({ ...blank, reason: 'seen before' });
      continue;
    }
    const keyword = matchingKeyword(feed.keywords, item.title, item.summary);
    if (keyword === null) decisions.push({ ...blank, reason: 'no keyword matched' });
    else if (!item.link) decisions.push({ ...blank, keyword: keyword ?? null, reason: 'no link' });
    else if (take.length >= feed.maxItems) decisions.push({ ...blank, keyword: keyword ?? null, reason: 'over the limit' });
    else {
      take.push(item);
      decisions.push({ ...blank, keyword: keyword ?? null, taken: true, reason: 'refused' });
    }
  }
  for (const retry of retries) {
    if (keys.has(retry.key) || take.length >= feed.maxItems) continue;
    keys.add(retry.key);
    take.push(retry);
    decisions.push({ ...base(retry.key, retry.link, null), taken: true, reason: 'refused' });
  }
  return { decisions, take };
}
