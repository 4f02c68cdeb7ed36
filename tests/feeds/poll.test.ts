import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FeedStore, type FeedRow } from '../../src/feeds/feedStore.js';
import { parseKeywords } from '../../src/feeds/keywords.js';
import { MAX_ATTEMPTS, pollFeed, type PollDeps } from '../../src/feeds/pollFeed.js';
import { FeedScheduler } from '../../src/feeds/scheduler.js';
import { ingest } from '../../src/ingest/ingest.js';
import { StateDatabase } from '../../src/state/database.js';
import { HOST } from '../../src/stories/names.js';
import { atomOf, FeedServer, jsonFeedOf, rssOf, type ArticlePage, type FeedEntry } from '../support/feedServer.js';
import { makeTempDir } from '../support/fixtures.js';
import { EXPECTED, fixtureEntries, KEYWORDS } from './fixtureFeed.js';

const LIMITS = { timeoutMs: 1_500, maxBytes: 512 * 1024, maxRedirects: 5 };

let server: FeedServer;
let pages: ArticlePage[];
let entries: FeedEntry[];

beforeAll(async () => {
  server = await FeedServer.start();
  pages = server.servePages();
  entries = fixtureEntries(server, pages);
  server.serve('/rss.xml', 'application/rss+xml', rssOf(entries, server.base));
  server.serve('/atom.xml', 'application/atom+xml', atomOf(entries, server.base));
  server.serve('/feed.json', 'application/feed+json', jsonFeedOf(entries, server.base));
});
afterAll(async () => {
  await server.close();
});

/** A state database and an empty story folder of their own. */
function setup(storyName = 'wire') {
  const dir = makeTempDir('eventdesk-feeds-');
  const state = StateDatabase.open(path.join(dir, 'state'));
  const feeds = new FeedStore(state);
  const corpusDir = path.join(dir, 'corpus');
  const deps: PollDeps = { feeds, fetchLimits: LIMITS, ingestInto: (_story, sources) => ingest(sources, corpusDir, { snapshot: false, fetchLimits: LIMITS }) };
  const follow = (p: string, keywords = KEYWORDS, maxItems = 10) =>
    feeds.add({ story: { owner: HOST, name: storyName }, url: server.url(p), keywords: parseKeywords(keywords), intervalSeconds: 600, maxItems }, 'test').feed;
  return { state, feeds, corpusDir, deps, follow };
}

const byReason = (items: Array<{ key: string; reason: string }>, reason: string) =>
  items
    .filter((i) => i.reason === reason)
    .map((i) => i.key)
    .sort();

describe('polling a feed', () => {
  it.each(['/rss.xml', '/atom.xml', '/feed.json'])(
    '%s: the items with a keyword as a whole word are added, a duplicate and the others are not; a second poll takes nothing',
    async (p) => {
      const { feeds, deps, follow, corpusDir, state } = setup();
      const feed = follow(p);
      const { result } = await pollFeed(feed, deps);
      expect(result.status).toBe('ok');
      expect(result.error).toBeNull();
      expect(byReason(result.items, 'added')).toEqual(EXPECTED.added);
      expect(byReason(result.items, 'duplicate')).toEqual(EXPECTED.duplicate);
      expect(byReason(result.items, 'no keyword matched')).toEqual(EXPECTED.skipped);
      expect(result.items.find((i) => i.key === 'item-2')).toMatchObject({ taken: true, keyword: 'cleric' });
      expect(result.added).toBe(3);
      expect((await readdir(corpusDir)).filter((n) => n.endsWith('.md'))).toHaveLength(3);
      const titles = result.items.filter((i) => i.reason === 'added').map((i) => (i.outcome?.status === 'added' ? i.outcome.article.title : ''));
      expect(titles.sort()).toEqual([pages[2]!.title, pages[3]!.title, pages[4]!.title].sort());

      const again = await pollFeed(feeds.get(feed.id)!, deps);
      expect(again.result.added).toBe(0);
      expect(again.result.items.every((i) => i.reason === 'seen before')).toBe(true);
      expect(feeds.get(feed.id)).toMatchObject({ itemsTaken: 3, consecutiveErrors: 0, lastError: null });
      state.close();
    },
  );

  it('without keywords every new item is taken, at most the limit a poll; the rest wait for the next', async () => {
    const { feeds, deps, follow, state } = setup();
    const feed = follow('/rss.xml', '', 2);
    const first = await pollFeed(feed, deps);
    expect(first.result.items.filter((i) => i.taken).map((i) => i.key)).toEqual(['item-0', 'item-1']);
    expect(byReason(first.result.items, 'over the limit')).toHaveLength(entries.length - 2);
    const second = await pollFeed(feeds.get(feed.id)!, deps);
    expect(second.result.items.filter((i) => i.taken).map((i) => i.key)).toEqual(['item-2', 'item-3']);
    state.close();
  });

  it('asks conditionally with the validators the last answer gave, and a 304 takes nothing and is no error', async () => {
    const { feeds, deps, follow, state } = setup();
    let conditional = 0;
    server.routes.set('/etag.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Mon, 03 Jun 2024 10:00:00 GMT') {
        conditional++;
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Mon, 03 Jun 2024 10:00:00 GMT' });
      res.end(rssOf(entries.slice(0, 3), server.base));
    });
    const feed = follow('/etag.xml', 'cleric');
    expect((await pollFeed(feed, deps)).result).toMatchObject({ status: 'ok', added: 1 });
    expect(feeds.get(feed.id)).toMatchObject({ etag: '"v1"', lastModified: 'Mon, 03 Jun 2024 10:00:00 GMT' });
    const second = await pollFeed(feeds.get(feed.id)!, deps);
    expect(second.result).toMatchObject({ status: 'not-modified', added: 0, items: [], error: null });
    expect(conditional).toBe(1);
    // The validators survive a 304, so the next poll asks conditionally again.
    expect(feeds.get(feed.id)).toMatchObject({ etag: '"v1"', consecutiveErrors: 0 });
    // A feed without validators is asked plainly.
    const plain = follow('/rss.xml');
    await pollFeed(plain, deps);
    expect(server.requests.filter((r) => r.path === '/rss.xml').at(-1)!.headers['if-none-match']).toBeUndefined();
    state.close();
  });
});

describe('feeds that fail', () => {
  beforeAll(() => {
    server.routes.set('/gone.xml', (_req, res) => {
      res.writeHead(410, { 'content-type': 'text/plain' });
      res.end('gone');
    });
    server.serve('/malformed.xml', 'application/rss+xml', '<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>Cut off');
    server.serve('/not-a-feed.html', 'text/html', '<html><body><p>Just a page</p></body></html>');
    server.routes.set('/huge.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = `<item><title>${'filler '.repeat(1_000)}</title></item>`;
      const pump = () => {
        while (!res.destroyed && res.write(chunk));
        if (!res.destroyed) res.once('drain', pump);
      };
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>');
      pump();
    });
    server.routes.set('/slow.xml', (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.write('<?xml version="1.0"?><rss version="2.0"><channel>'); // and never more
    });
    for (const [from, to] of [
      ['/loop-a.xml', '/loop-b.xml'],
      ['/loop-b.xml', '/loop-a.xml'],
    ] as const) {
      server.routes.set(from, (_req, res) => {
        res.writeHead(301, { location: to });
        res.end();
      });
    }
  });

  const CASES: Array<[string, RegExp]> = [
    ['/missing.xml', /^http:\/\/127\.0\.0\.1:\d+\/missing\.xml answered 404 Not Found$/],
    ['/gone.xml', /^http:\/\/127\.0\.0\.1:\d+\/gone\.xml answered 410 Gone$/],
    ['/malformed.xml', /\/malformed\.xml is not a feed that can be read \(RSS, Atom, RDF or JSON Feed\): invalid feed format$/],
    ['/not-a-feed.html', /\/not-a-feed\.html is not a feed that can be read \(RSS, Atom, RDF or JSON Feed\): unrecognized feed format$/],
    ['/huge.xml', /\/huge\.xml is larger than 524288 bytes, the most a page may be$/],
    ['/slow.xml', /\/slow\.xml did not answer within 1\.5 s$/],
    ['/loop-a.xml', /\/loop-a\.xml redirects in a loop \(back to http:\/\/127\.0\.0\.1:\d+\/loop-a\.xml\)$/],
  ];

  it('each gets one clear line as its last error and backs off, and a good feed polled beside them still takes its items', async () => {
    const { feeds, deps, follow, state } = setup();
    const bad = CASES.map(([p]) => follow(p, ''));
    const good = follow('/rss.xml');
    const polled: FeedRow[] = [];
    const scheduler = new FeedScheduler({ feeds, poll: (f) => pollFeed(f, deps), hostSpacingMs: 0, tickMs: 60_000, onPoll: (f) => polled.push(f) });
    const started = Date.now();
    expect(scheduler.tick()).toBe(CASES.length + 1);
    await scheduler.idle();
    await scheduler.stop();
    // Independent polls: the slow feed's time limit is the longest wait, not the sum of them.
    expect(Date.now() - started).toBeLessThan(LIMITS.timeoutMs + 4_000);
    expect(polled).toHaveLength(CASES.length + 1);
    for (const [i, [, message]] of CASES.entries()) {
      const row = feeds.get(bad[i]!.id)!;
      expect(row.lastError).toMatch(message);
      expect(row.lastError).not.toContain('\n');
      expect(row.consecutiveErrors).toBe(1);
      // Backed off: twice the interval.
      expect(Date.parse(row.nextPollAt) - Date.parse(row.lastPollAt!)).toBe(2 * 600_000);
    }
    expect(feeds.get(good.id)).toMatchObject({ itemsTaken: 3, lastError: null, consecutiveErrors: 0 });
    expect(Date.parse(feeds.get(good.id)!.nextPollAt) - Date.parse(feeds.get(good.id)!.lastPollAt!)).toBe(600_000);
    state.close();
  }, 20_000);

  it('a failing feed backs off further each time in a row, and a success resets it', async () => {
    const { feeds, deps, follow, state } = setup();
    let up = false;
    server.routes.set('/flaky.xml', (_req, res) => {
      if (!up) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return res.end('busy');
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(rssOf(entries.slice(2, 3), server.base));
    });
    const feed = follow('/flaky.xml', '');
    const delays: number[] = [];
    for (let i = 0; i < 3; i++) {
      await pollFeed(feeds.get(feed.id)!, deps);
      const row = feeds.get(feed.id)!;
      delays.push((Date.parse(row.nextPollAt) - Date.parse(row.lastPollAt!)) / 600_000);
    }
    expect(delays).toEqual([2, 4, 8]);
    expect(feeds.get(feed.id)).toMatchObject({ consecutiveErrors: 3, lastError: expect.stringMatching(/answered 503 Service Unavailable$/) });
    up = true;
    await pollFeed(feeds.get(feed.id)!, deps);
    expect(feeds.get(feed.id)).toMatchObject({ consecutiveErrors: 0, lastError: null, itemsTaken: 1 });
    state.close();
  });

  it('a page refused for a reason that may pass (503, a timeout) is tried again later, at most MAX_ATTEMPTS times; a 404 is not', async () => {
    const { feeds, deps, follow, state } = setup();
    let pageUp = false;
    server.routes.set('/busy/article.html', (_req, res) => {
      if (!pageUp) {
        res.writeHead(503, { 'content-type': 'text/plain' });
        return res.end('busy');
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pages[2]!.html);
    });
    server.routes.set('/stuck/article.html', (_req, res) => {
      res.writeHead(504, { 'content-type': 'text/plain' });
      res.end('gateway timeout');
    });
    // The feed answers 304 to a conditional request: a retry is due whatever the feed says.
    server.routes.set('/retry.xml', (req, res) => {
      if (req.headers['if-none-match'] === '"r1"') {
        res.writeHead(304);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"r1"' });
      res.end(
        rssOf(
          [
            { id: 'busy', title: 'Busy', summary: '', link: '/busy/article.html' },
            { id: 'stuck', title: 'Stuck', summary: '', link: '/stuck/article.html' },
            { id: 'gone', title: 'Gone', summary: '', link: '/no-such-page.html' },
          ],
          server.base,
        ),
      );
    });
    let now = new Date('2026-12-06T09:00:00Z');
    const retrying = { ...deps, now: () => now };
    const feed = follow('/retry.xml', '');
    const first = (await pollFeed(feed, retrying)).result;
    const item = (key: string) => first.items.find((i) => i.key === key)!;
    expect(item('busy')).toMatchObject({ reason: 'refused', attempt: 1, retryAt: '2026-12-06T09:20:00.000Z', outcome: { transient: true } });
    expect(item('gone')).toMatchObject({ reason: 'refused', attempt: 1, retryAt: null });
    expect(item('gone').outcome).not.toHaveProperty('transient');
    expect(feeds.get(feed.id)!.retriesPending).toBe(2);

    // Not due yet: the next poll (a 304) tries nothing.
    now = new Date('2026-12-06T09:10:00Z');
    expect((await pollFeed(feeds.get(feed.id)!, retrying)).result).toMatchObject({ status: 'not-modified', items: [] });

    // Due: both are tried again; the busy page now answers and is added; the stuck one waits twice as long (40 min).
    pageUp = true;
    now = new Date('2026-12-06T09:20:00Z');
    const second = (await pollFeed(feeds.get(feed.id)!, retrying)).result;
    expect(second.status).toBe('not-modified');
    expect(second.items.map((i) => [i.key, i.reason, i.attempt, i.retryAt])).toEqual([
      ['busy', 'added', 2, null],
      ['stuck', 'refused', 2, '2026-12-06T10:00:00.000Z'],
    ]);
    expect(feeds.get(feed.id)).toMatchObject({ itemsTaken: 1, retriesPending: 1 });

    // The stuck page is tried MAX_ATTEMPTS times in all, then given up.
    for (const at of ['2026-12-06T10:00:00Z', '2026-12-06T11:20:00Z']) {
      now = new Date(at);
      await pollFeed(feeds.get(feed.id)!, retrying);
    }
    expect(feeds.pendingRetries(feed.id)).toEqual([]);
    expect(feeds.get(feed.id)!.retriesPending).toBe(0);
    expect(server.requests.filter((r) => r.path === '/stuck/article.html')).toHaveLength(MAX_ATTEMPTS);
    expect(server.requests.filter((r) => r.path === '/no-such-page.html')).toHaveLength(1);
    now = new Date('2026-12-07T09:00:00Z');
    expect((await pollFeed(feeds.get(feed.id)!, retrying)).result.items).toEqual([]);
    state.close();
  });

  it('spaces requests to one host: a second feed of the same host waits for a later tick', async () => {
    const { feeds, deps, follow, state } = setup();
    follow('/rss.xml');
    follow('/atom.xml');
    let now = new Date();
    const scheduler = new FeedScheduler({ feeds, poll: (f) => pollFeed(f, deps), hostSpacingMs: 5_000, tickMs: 60_000, now: () => now });
    expect(scheduler.tick()).toBe(1);
    expect(scheduler.tick()).toBe(0);
    await scheduler.idle();
    now = new Date(now.getTime() + 5_000);
    expect(scheduler.tick()).toBe(1);
    await scheduler.stop();
    expect(feeds.all().every((f) => f.lastPollAt !== null)).toBe(true);
    state.close();
  });
});
