import type { IngestReport } from '../ingest/ingest.js';
import type { FetchLimits } from '../ingest/fetchPage.js';
import { IngestError, type IngestSource } from '../ingest/types.js';
import type { StoryRef } from '../stories/names.js';
import { nextPollAt } from './backoff.js';
import type { FeedItem } from './feedItems.js';
import type { FeedRow, FeedStore } from './feedStore.js';
import { fetchFeed } from './fetchFeed.js';
import { matchingKeyword } from './keywords.js';
import type { ItemDecision, PollResult } from './pollResult.js';

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
 * before, keyword, limit), sends the new matching items' pages through ingest
 * as one batch, remembers what it saw, and records the outcome and the next
 * poll time (backing off after errors). Never throws for a bad feed: the
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
    if (fetched.status === 'not-modified') status = 'not-modified';
    else {
      const { decisions, take } = decide(feed, fetched.items, deps.feeds);
      items.push(...decisions);
      if (take.length) {
        report = await deps.ingestInto(
          feed.story,
          take.map((i) => ({ kind: 'url', url: i.link! })),
        );
        take.forEach((item, n) => {
          const outcome = report!.outcomes[n] ?? null;
          const decision = decisions.find((d) => d.key === item.key)!;
          decision.outcome = outcome;
          decision.reason = outcome?.status ?? 'refused';
        });
      }
      deps.feeds.markSeen(
        feed.id,
        decisions.filter((d) => d.reason !== 'over the limit' && d.reason !== 'seen before').map((d) => ({ key: d.key, link: d.link, outcome: d.reason })),
        polledAt,
      );
    }
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

/** Each item's fate before any page is fetched; `take` are those whose pages go to ingest, at most the feed's limit. */
function decide(feed: FeedRow, items: FeedItem[], feeds: FeedStore): { decisions: ItemDecision[]; take: FeedItem[] } {
  const seen = feeds.seen(
    feed.id,
    items.map((i) => i.key),
  );
  const decisions: ItemDecision[] = [];
  const take: FeedItem[] = [];
  const keys = new Set<string>();
  for (const item of items) {
    if (keys.has(item.key)) continue; // the same item twice in one document
    keys.add(item.key);
    const base = { key: item.key, link: item.link, title: item.title, taken: false, keyword: null, outcome: null };
    if (seen.has(item.key)) {
      decisions.push({ ...base, reason: 'seen before' });
      continue;
    }
    const keyword = matchingKeyword(feed.keywords, item.title, item.summary);
    if (keyword === null) decisions.push({ ...base, reason: 'no keyword matched' });
    else if (!item.link) decisions.push({ ...base, keyword: keyword ?? null, reason: 'no link' });
    else if (take.length >= feed.maxItems) decisions.push({ ...base, keyword: keyword ?? null, reason: 'over the limit' });
    else {
      take.push(item);
      decisions.push({ ...base, keyword: keyword ?? null, taken: true, reason: 'refused' });
    }
  }
  return { decisions, take };
}
