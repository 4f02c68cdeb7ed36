import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PollResultSchema } from '../../src/feeds/pollResult.js';
import { FeedServer, rssOf, type ArticlePage } from '../support/feedServer.js';
import { makeTempDir, PROJECT_ROOT } from '../support/fixtures.js';
import { EXPECTED, fixtureEntries, KEYWORDS } from './fixtureFeed.js';

const run = promisify(execFile);

let server: FeedServer;
let pages: ArticlePage[];

beforeAll(async () => {
  server = await FeedServer.start();
  pages = server.servePages();
  server.serve('/feed.xml', 'application/rss+xml', rssOf(fixtureEntries(server, pages), server.base));
});
afterAll(async () => {
  await server.close();
});

/** npm run follow as a process, on folders of the test's own (the default story's articles, state, cache). */
async function follow(dir: string, args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/follow.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        EVENTDESK_CORPUS_DIR: path.join(dir, 'articles'),
        EVENTDESK_STATE_DIR: path.join(dir, 'state'),
        EVENTDESK_CACHE_DIR: path.join(dir, 'cache'),
        EVENTDESK_STORIES_DIR: path.join(dir, 'stories'),
      },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

interface FollowJson {
  command: string;
  feed: { url: string; story: string; keywords: string[]; created: boolean };
  poll: unknown;
  articles: number | null;
}

describe('npm run follow', () => {
  it('--once --json adds the matching items only, and a second --once adds nothing', async () => {
    const dir = makeTempDir('eventdesk-follow-');
    const first = await follow(dir, [server.url('/feed.xml'), '--keywords', KEYWORDS, '--once', '--json']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const out = JSON.parse(first.stdout) as FollowJson;
    expect(out).toMatchObject({
      command: 'follow',
      feed: { url: server.url('/feed.xml'), story: 'sample', keywords: ['embassy', 'cleric'], created: true },
      articles: 3,
    });
    const poll = PollResultSchema.parse(out.poll);
    const keys = (reason: string) =>
      poll.items
        .filter((i) => i.reason === reason)
        .map((i) => i.key)
        .sort();
    expect(keys('added')).toEqual(EXPECTED.added);
    expect(keys('duplicate')).toEqual(EXPECTED.duplicate);
    expect(keys('no keyword matched')).toEqual(EXPECTED.skipped);
    expect((await readdir(path.join(dir, 'articles'))).filter((n) => n.endsWith('.md'))).toHaveLength(3);

    const second = await follow(dir, [server.url('/feed.xml'), '--keywords', KEYWORDS, '--once', '--json']);
    expect(second.code).toBe(0);
    const again = JSON.parse(second.stdout) as FollowJson;
    expect(again.feed.created).toBe(false);
    const poll2 = PollResultSchema.parse(again.poll);
    expect(poll2.added).toBe(0);
    expect(poll2.items.every((i) => i.reason === 'seen before')).toBe(true);
    expect((await readdir(path.join(dir, 'articles'))).filter((n) => n.endsWith('.md'))).toHaveLength(3);
  }, 180_000);

  it('prints what it took and skipped and why; a broken feed is one error line and exit code 1; bad usage is 2', async () => {
    const dir = makeTempDir('eventdesk-follow-');
    const text = await follow(dir, [server.url('/feed.xml'), '--keywords', 'cleric', '--once']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^following http:\/\/127\.0\.0\.1:\d+\/feed\.xml into sample \(.*\), items with "cleric"; at most 10 a poll, every 10 min$/m);
    expect(text.stdout).toMatch(/^added \d{4}-\d\d-\d\d-thousands-of-supporters.*\.md$/m);
    expect(text.stdout).toMatch(/^skipped "Embassies reopen across the region": no keyword in its title or summary$/m);
    expect(text.stdout).toMatch(/^1 added, 0 not added, 6 skipped; next poll \d{4}-/m);

    const broken = await follow(dir, [server.url('/nothing.xml'), '--once']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/^error: http:\/\/127\.0\.0\.1:\d+\/nothing\.xml answered 404 Not Found$/m);

    const usage = await follow(dir, ['--once']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('give exactly one feed address');
    const notHttp = await follow(dir, ['ftp://example.org/feed', '--once']);
    expect(notHttp.code).toBe(2);
    expect(notHttp.stderr).toContain('only http and https links');
    const noStory = await follow(dir, [server.url('/feed.xml'), '--story', 'nope', '--once']);
    expect(noStory.code).toBe(1);
    expect(noStory.stderr).toMatch(/there is no story host\/nope/);
  }, 240_000);

  it('--list shows the feeds followed with their state, --remove stops one (by address or id), and says so when there is none', async () => {
    const dir = makeTempDir('eventdesk-follow-');
    expect((await follow(dir, [server.url('/feed.xml'), '--keywords', KEYWORDS, '--once'])).code).toBe(0);
    expect((await follow(dir, [server.url('/nothing.xml'), '--once'])).code).toBe(1);

    const listed = await follow(dir, ['--list', '--json']);
    expect(listed.code).toBe(0);
    const { feeds } = JSON.parse(listed.stdout) as { feeds: Array<Record<string, unknown>> };
    expect(feeds.map((f) => f.url)).toEqual([server.url('/feed.xml'), server.url('/nothing.xml')]);
    expect(feeds[0]).toMatchObject({ story: 'sample', keywords: ['embassy', 'cleric'], itemsTaken: 3, retriesPending: 0, lastError: null });
    expect(feeds[1]).toMatchObject({ itemsTaken: 0, consecutiveErrors: 1, lastError: expect.stringMatching(/answered 404 Not Found$/) });
    const text = await follow(dir, ['--list']);
    expect(text.stdout).toMatch(/^#\d+ {2}sample {2}http:\/\/127\.0\.0\.1:\d+\/nothing\.xml$/m);
    expect(text.stdout).toMatch(/^ {2}last error: http:\/\/127\.0\.0\.1:\d+\/nothing\.xml answered 404 Not Found$/m);

    const removed = await follow(dir, ['--remove', server.url('/feed.xml'), '--json']);
    expect(removed.code).toBe(0);
    expect(JSON.parse(removed.stdout)).toMatchObject({ command: 'follow --remove', removed: { url: server.url('/feed.xml'), story: 'sample' } });
    const byId = await follow(dir, ['--remove', String(feeds[1]!.id)]);
    expect(byId.stdout).toMatch(/^stopped following http:\/\/127\.0\.0\.1:\d+\/nothing\.xml into sample/);
    const again = await follow(dir, ['--remove', String(feeds[1]!.id)]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/no feed \d+: npm run follow -- --list shows them/);
    expect((await follow(dir, ['--list'])).stdout).toMatch(/^no feeds followed/);
    // The articles the feed added stay.
    expect((await readdir(path.join(dir, 'articles'))).filter((n) => n.endsWith('.md'))).toHaveLength(3);

    const both = await follow(dir, ['--list', '--remove', '1']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --list or --remove, not both');
  }, 300_000);
});
