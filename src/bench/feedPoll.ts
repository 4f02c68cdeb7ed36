import { cpSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { generateRssFeed } from 'feedsmith';
import { FeedStore } from '../feeds/feedStore.js';
import { pollFeed } from '../feeds/pollFeed.js';
import { DEFAULT_FETCH_LIMITS } from '../ingest/fetchPage.js';
import { ingest } from '../ingest/ingest.js';
import { searchPassages } from '../search/passageIndex.js';
import { StateDatabase } from '../state/database.js';
import { generateCorpus, readSeedMaterial } from './generate.js';

export interface FeedPollReport {
  /** Items in the feed, all new and all taken (no keywords, the per-poll limit set to the count). */
  items: number;
  added: number;
  /** Articles in the story before the poll. */
  startArticles: number;
  /** From the poll's start until it returned with the story reloaded: every item answerable. */
  answerableMs: number;
  perItemMs: number;
  /** Each added article found by a search for words of its own title in the reloaded corpus. */
  allFound: boolean;
}

/**
 * A feed poll of `items` new items from a feed server on loopback whose items link to
 * pages on it (generated articles, served as text/markdown), into a story that starts with the
 * seed articles: the time until all of them are answerable, through pollFeed and the same
 * ingest as /ingest (fetch, read, duplicate check, atomic write, one rebuild).
 */
export async function measureFeedPoll(seedDir: string, workDir: string, items: number, seed = 20200124): Promise<FeedPollReport> {
  const pagesDir = path.join(workDir, 'feed-pages');
  const corpusDir = path.join(workDir, 'feed-story');
  mkdirSync(corpusDir, { recursive: true });
  cpSync(seedDir, corpusDir, { recursive: true });
  // About 16 passages an article: enough articles, of which the first `items` are served.
  generateCorpus(await readSeedMaterial(seedDir), pagesDir, { targetPassages: items * 24, seed });
  const names = readdirSync(pagesDir)
    .filter((n) => n.endsWith('.md'))
    .sort()
    .slice(0, items);
  if (names.length < items) throw new Error(`only ${names.length} articles were generated for a feed of ${items}`);

  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '').replace(/^\/a\//, ''));
    if (req.url === '/feed.xml') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      return res.end(feedXml);
    }
    if (names.includes(name)) {
      res.writeHead(200, { 'content-type': 'text/markdown; charset=utf-8' });
      return res.end(readFileSync(path.join(pagesDir, name)));
    }
    res.writeHead(404);
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const feedXml = generateRssFeed({
    title: 'Bench wire',
    description: 'generated articles',
    link: `${base}/`,
    items: names.map((n) => ({ title: n.replace(/\.md$/, ''), link: `${base}/a/${encodeURIComponent(n)}`, guid: { value: n } })),
  });

  const state = StateDatabase.open(path.join(workDir, 'feed-state'));
  try {
    const feeds = new FeedStore(state);
    const { feed } = feeds.add(
      { story: { owner: 'host', name: 'bench' }, url: `${base}/feed.xml`, keywords: [], intervalSeconds: 600, maxItems: items },
      'bench',
    );
    const cacheDir = path.join(workDir, 'feed-cache');
    const startArticles = readdirSync(corpusDir).filter((n) => n.endsWith('.md')).length;
    const started = performance.now();
    const { result, report } = await pollFeed(feed, {
      feeds,
      fetchLimits: DEFAULT_FETCH_LIMITS,
      ingestInto: (_story, sources) => ingest(sources, corpusDir, { cacheDir }),
    });
    const answerableMs = performance.now() - started;
    if (result.error) throw new Error(result.error);
    const after = report?.after;
    const added = result.items.flatMap((i) => (i.outcome?.status === 'added' ? [i.outcome.article] : []));
    const allFound =
      !!after &&
      added.every((a) => {
        const hits = searchPassages(after.index, a.title, { limit: 20 });
        return hits.some((h) => h.id.startsWith(`${a.id}#`));
      });
    return { items, added: result.added, startArticles, answerableMs: Math.round(answerableMs), perItemMs: Math.round(answerableMs / items), allFound };
  } finally {
    state.close();
    await new Promise((resolve) => server.close(resolve));
  }
}
