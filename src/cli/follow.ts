import path from 'node:path';
import { fromEnvironment, loadSettings } from '../config/settings.js';
import { DEFAULT_FETCH_LIMITS } from '../ingest/fetchPage.js';
import { ingest } from '../ingest/ingest.js';
import { parseHttpUrl } from '../ingest/fetchPage.js';
import { IngestError } from '../ingest/types.js';
import { DEFAULT_INTERVAL_SECONDS, DEFAULT_MAX_ITEMS, FeedStore, type FeedRow } from '../feeds/feedStore.js';
import { parseKeywords } from '../feeds/keywords.js';
import { pollFeed, type Poll, type PollDeps } from '../feeds/pollFeed.js';
import type { ItemDecision } from '../feeds/pollResult.js';
import { FeedScheduler } from '../feeds/scheduler.js';
import { StateDatabase } from '../state/database.js';
import { storyDir } from '../stories/folders.js';
import { SAMPLE, storyKey, type StoryRef } from '../stories/names.js';
import { runMain } from '../process/runMain.js';
import { outcomeLine } from './outcomeLine.js';
import { storyFolder } from './storyArg.js';
import { commandLine, HELP } from './commandLine.js';

const USAGE = [
  'usage: npm run follow -- <feed url> [--keywords a,b] [--story NAME [--server ID]] [--every MINUTES] [--max-items N] [--once] [--json]',
  '       npm run follow -- --list [--story NAME] [--server ID] [--json]',
  '       npm run follow -- --remove <feed id or url> [--story NAME [--server ID]] [--json]',
  '',
  'Follows an RSS, Atom, RDF or JSON Feed: each new item whose title or summary holds one of the keywords',
  '(whole words, any case; no keywords: every item) is added to the story like `npm run ingest` adds a link.',
  'The feed and what was seen are kept in the state database (EVENTDESK_STATE_DIR): nothing is taken twice,',
  'and the bot polls the feed too. --once polls now and exits; otherwise it polls every --every minutes',
  `(default ${DEFAULT_INTERVAL_SECONDS / 60}) until Ctrl-C. At most --max-items (default ${DEFAULT_MAX_ITEMS}) items are taken per poll.`,
  "--list shows the feeds followed (every story's; with --server, that server's; with --story, that story's): last poll,",
  'items taken, pages waiting to be tried again, last error. --remove stops following one (by its id from --list, or its',
  'address in the story given, the default story without --story); the articles it added stay.',
  'Exit code: 0 when the poll read the feed (or the listing or removal was done), 1 when it failed, 2 on bad usage.',
].join('\n');

/** One feed as --list and --remove show it, and as their JSON has it. */
function feedJson(f: FeedRow) {
  return {
    id: f.id,
    url: f.url,
    story: storyKey(f.story),
    keywords: f.keywords,
    everyMinutes: f.intervalSeconds / 60,
    maxItems: f.maxItems,
    addedAt: f.addedAt,
    lastPollAt: f.lastPollAt,
    nextPollAt: f.nextPollAt,
    itemsTaken: f.itemsTaken,
    retriesPending: f.retriesPending,
    consecutiveErrors: f.consecutiveErrors,
    lastError: f.lastError,
  };
}

function feedText(f: FeedRow): string {
  return [
    `#${f.id}  ${storyKey(f.story)}  ${f.url}`,
    `  ${f.keywords.length ? `items with ${f.keywords.map((k) => `"${k}"`).join(', ')}` : 'every item'}; at most ${f.maxItems} a poll, every ${f.intervalSeconds / 60} min`,
    `  last poll ${f.lastPollAt ?? 'not yet'}; ${f.itemsTaken} item${f.itemsTaken === 1 ? '' : 's'} taken; next poll ${f.nextPollAt}`,
    ...(f.retriesPending ? [`  ${f.retriesPending} page${f.retriesPending === 1 ? '' : 's'} to be tried again (refused for a reason that may pass)`] : []),
    ...(f.lastError ? [`  last error${f.consecutiveErrors > 1 ? ` (${f.consecutiveErrors} in a row)` : ''}: ${f.lastError}`] : []),
  ].join('\n');
}

function decisionLine(d: ItemDecision, maxItems: number): string {
  const title = d.title ? `"${d.title}"` : (d.link ?? d.key);
  switch (d.reason) {
    case 'added':
    case 'duplicate':
    case 'refused': {
      const line = d.outcome ? outcomeLine(d.outcome) : `not added: ${title}`;
      return d.retryAt ? `${line} (try ${d.attempt}; tried again after ${d.retryAt})` : line;
    }
    case 'seen before':
      return `skipped ${title}: seen in an earlier poll`;
    case 'no keyword matched':
      return `skipped ${title}: no keyword in its title or summary`;
    case 'no link':
      return `skipped ${title}: the item has no link`;
    case 'over the limit':
      return `left for the next poll: ${title} (at most ${maxItems} items are taken a poll)`;
  }
}

function pollText(feed: FeedRow, { result }: Poll): string {
  if (result.status === 'error')
    return `error: ${result.error}\nnext poll ${result.nextPollAt} (backing off after ${feed.consecutiveErrors + 1} failure${feed.consecutiveErrors ? 's' : ''} in a row)`;
  if (result.status === 'not-modified') return `not modified since the last poll (the server said 304); next poll ${result.nextPollAt}`;
  const lines = result.items.map((d) => decisionLine(d, feed.maxItems));
  const skipped = result.items.length - result.items.filter((i) => i.taken).length;
  lines.push(
    `${result.added} added, ${result.items.filter((i) => i.taken).length - result.added} not added, ${skipped} skipped; next poll ${result.nextPollAt}`,
  );
  return lines.join('\n');
}

function whole(flag: string, value: string | undefined, min: number, max: number): number | string | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= min && n <= max ? n : `${flag} must be a whole number from ${min} to ${max}`;
}

export async function main(argv: string[]): Promise<number> {
  const parsed = commandLine(
    argv,
    {
      keywords: { type: 'string' },
      story: { type: 'string' },
      server: { type: 'string' },
      every: { type: 'string' },
      'max-items': { type: 'string' },
      once: { type: 'boolean' },
      json: { type: 'boolean' },
      list: { type: 'boolean' },
      remove: { type: 'string' },
      ...HELP,
    },
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const usage = (message: string) => {
    process.stderr.write(`error: ${message}\n\n${USAGE}\n`);
    return 2;
  };
  if (values.list && values.remove !== undefined) return usage('give --list or --remove, not both');
  if (values.list || values.remove !== undefined) {
    if (positionals.length) return usage(`--${values.list ? 'list' : 'remove'} takes no feed address of its own`);
    for (const flag of ['keywords', 'every', 'max-items', 'once'] as const) {
      if (values[flag] !== undefined) return usage(`--${flag} is for following a feed, not with --${values.list ? 'list' : 'remove'}`);
    }
    if (values.remove !== undefined && values.server !== undefined && values.story === undefined && !/^\d+$/.test(values.remove.trim()))
      return usage('--server names whose story --story is; give --story NAME with it');
    return manage({ list: values.list ?? false, remove: values.remove, story: values.story, server: values.server, json: values.json ?? false });
  }
  if (positionals.length !== 1) return usage('give exactly one feed address');
  try {
    parseHttpUrl(positionals[0]!);
  } catch (err) {
    if (err instanceof IngestError) return usage(err.message);
    throw err;
  }
  const every = whole('--every', values.every, 1, 7 * 24 * 60);
  const maxItems = whole('--max-items', values['max-items'], 1, 500);
  if (typeof every === 'string') return usage(every);
  if (typeof maxItems === 'string') return usage(maxItems);
  if (values.server !== undefined && values.story === undefined) return usage('--server names whose story --story is; give --story NAME with it');

  const settings = fromEnvironment(loadSettings);
  if (!settings) return 1;
  let story = SAMPLE;
  let dir = storyDir(settings, SAMPLE);
  if (values.story !== undefined) {
    const found = await storyFolder(settings, values.story, values.server);
    if ('error' in found) {
      process.stderr.write(`error: ${found.error}\n`);
      return 1;
    }
    ({ ref: story, dir } = found);
  }
  const state = StateDatabase.open(settings.stateDir);
  const feeds = new FeedStore(state);
  try {
    const { feed, created } = feeds.add(
      {
        story,
        url: positionals[0]!.trim(),
        keywords: parseKeywords(values.keywords),
        intervalSeconds: (every ?? DEFAULT_INTERVAL_SECONDS / 60) * 60,
        maxItems: maxItems ?? DEFAULT_MAX_ITEMS,
      },
      'terminal',
    );
    const deps: PollDeps = {
      feeds,
      // The terminal is the operator's: like npm run ingest, it may read any address; the size, time and redirect limits hold.
      fetchLimits: DEFAULT_FETCH_LIMITS,
      ingestInto: (_story, sources) => ingest(sources, dir, { cacheDir: settings.cacheDir }),
    };
    const json = values.json ?? false;
    const header = `${created ? 'following' : 'already following'} ${feed.url} into ${storyKey(story)} (${path.relative(process.cwd(), dir) || '.'})${
      feed.keywords.length ? `, items with ${feed.keywords.map((k) => `"${k}"`).join(', ')}` : ', every item'
    }; at most ${feed.maxItems} a poll, every ${feed.intervalSeconds / 60} min`;
    const report = (f: FeedRow, poll: Poll) => {
      if (json) {
        const out = {
          command: 'follow',
          feed: { id: f.id, url: f.url, story: storyKey(story), keywords: f.keywords, everyMinutes: f.intervalSeconds / 60, maxItems: f.maxItems, created },
          poll: poll.result,
          articles: poll.report ? poll.report.after.articles.length : null,
        };
        process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      } else process.stdout.write(`${pollText(f, poll)}\n`);
    };
    if (!json) process.stdout.write(`${header}\n`);
    if (values.once) {
      const poll = await pollFeed(feed, deps);
      report(feed, poll);
      return poll.result.status === 'error' ? 1 : 0;
    }
    const scheduler = new FeedScheduler({
      feeds,
      poll: (f) => pollFeed(f, deps),
      owns: (f) => f.id === feed.id,
      tickMs: 1_000,
      onPoll: report,
      onFailure: (_f, err) => process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`),
    });
    scheduler.start();
    if (!json) process.stdout.write('polling until Ctrl-C\n');
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
    await scheduler.stop();
    return 0;
  } finally {
    state.close();
  }
}

/** --list and --remove: the feeds in the state database, the host being the administrator of every story. */
async function manage(options: {
  list: boolean;
  remove?: string | undefined;
  story?: string | undefined;
  server?: string | undefined;
  json: boolean;
}): Promise<number> {
  const settings = fromEnvironment(loadSettings);
  if (!settings) return 1;
  if (options.server !== undefined && !/^\d{15,21}$/.test(options.server)) {
    process.stderr.write('error: --server takes a server id (15 to 21 digits)\n');
    return 2;
  }
  let story: StoryRef | null = null;
  if (options.story !== undefined) {
    const found = await storyFolder(settings, options.story, options.server);
    if ('error' in found) {
      process.stderr.write(`error: ${found.error}\n`);
      return 1;
    }
    story = found.ref;
  }
  const state = StateDatabase.open(settings.stateDir);
  const feeds = new FeedStore(state);
  const sameStory = (f: FeedRow) => story === null || storyKey(f.story) === storyKey(story);
  try {
    if (options.list) {
      const rows = (options.server !== undefined ? feeds.list(options.server) : feeds.all())
        .filter(sameStory)
        .sort((a, b) => storyKey(a.story).localeCompare(storyKey(b.story)) || a.url.localeCompare(b.url));
      if (options.json) process.stdout.write(`${JSON.stringify({ command: 'follow --list', feeds: rows.map(feedJson) }, null, 2)}\n`);
      else process.stdout.write(`${rows.length ? rows.map(feedText).join('\n') : 'no feeds followed: npm run follow -- URL [--story NAME]'}\n`);
      return 0;
    }
    const given = options.remove!.trim();
    const target = /^\d+$/.test(given) ? feeds.get(Number(given)) : feeds.find(story ?? SAMPLE, given);
    if (!target || !sameStory(target) || (options.server !== undefined && target.story.owner !== options.server)) {
      process.stderr.write(`error: no feed ${given}${/^\d+$/.test(given) ? '' : ` in ${storyKey(story ?? SAMPLE)}`}: npm run follow -- --list shows them\n`);
      return 1;
    }
    const removed = feeds.remove(target.story.owner, target.id)!;
    if (options.json) process.stdout.write(`${JSON.stringify({ command: 'follow --remove', removed: feedJson(removed) }, null, 2)}\n`);
    else process.stdout.write(`stopped following ${removed.url} into ${storyKey(removed.story)} (#${removed.id}); the articles it added stay\n`);
    return 0;
  } finally {
    state.close();
  }
}

runMain(() => main(process.argv.slice(2)));
