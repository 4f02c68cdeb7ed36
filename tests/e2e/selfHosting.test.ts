import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fakeDiscord/server.js';
import { killLeftovers, ROOT, runEntry } from '../support/processes.js';

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('a self-hoster starting the bot from .env.example', () => {
  let fake: FakeDiscord;
  let home: string;
  let folders: Record<string, string>;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    home = await mkdtemp(path.join(tmpdir(), 'eventdesk-selfhost-'));
    // The template with only the two required values filled in, as the README says.
    const template = await readFile(path.join(ROOT, '.env.example'), 'utf8');
    const filled = template
      .replace(/^DISCORD_TOKEN=$/m, `DISCORD_TOKEN=${fake.token}`)
      .replace(/^DISCORD_CLIENT_ID=$/m, `DISCORD_CLIENT_ID=${fake.applicationId}`);
    expect(filled).not.toBe(template);
    await writeFile(path.join(home, '.env'), filled);
    await cp(path.join(ROOT, 'tests', 'fixtures', 'articles'), path.join(home, 'articles'), { recursive: true });
    // Folders of this test (never the working tree's data/ or .cache/) come from the environment, which wins over .env.
    folders = {
      EVENTDESK_CORPUS_DIR: path.join(home, 'articles'),
      EVENTDESK_STATE_DIR: path.join(home, 'state'),
      EVENTDESK_CACHE_DIR: path.join(home, 'cache'),
    };
  });

  afterAll(async () => {
    killLeftovers();
    await fake?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it('starts, reports ready to npm run health and /healthz, serves /metrics, and after SIGTERM health says not running', async () => {
    const port = await closedPort();
    const env = { ...folders, DISCORD_API_URL: fake.apiUrl, EVENTDESK_METRICS_PORT: String(port) };
    const bot = runEntry('src/bot/main.ts', env, home);
    await fake.waitFor(() => bot.output().includes('bot ready') || bot.child.exitCode !== null, 'the bot to be ready', 90_000);
    expect(bot.child.exitCode, bot.output()).toBeNull();

    const health = runEntry('src/cli/health.ts', folders, home);
    expect(await health.exit, health.output()).toBe(0);
    expect(health.output()).toMatch(/^ready: pid \d+, 5 articles/);

    const healthz = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(healthz.status).toBe(200);
    expect(await healthz.json()).toMatchObject({ ready: true, gateway: 'ready', corpus: { articles: 5 } });
    await fake.run('help', {}, { user: { id: '100000000000000001', username: 'someone' } });
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/^eventdesk_corpus_articles 5$/m);
    expect(metrics).toMatch(/^eventdesk_ready 1$/m);
    expect(metrics).toMatch(/^eventdesk_interactions_total\{kind="command",command="help",outcome="ok"\} 1$/m);
    expect(metrics).toMatch(/^eventdesk_interaction_duration_seconds_count\{kind="command",command="help"\} 1$/m);
    expect(metrics).toMatch(/^eventdesk_corpus_reload_duration_seconds_count 1$/m);

    bot.child.kill('SIGTERM');
    expect(await bot.exit).toBe(0);
    const after = runEntry('src/cli/health.ts', folders, home);
    expect(await after.exit).toBe(1);
    expect(after.output()).toMatch(/^not running: no bot has reported/);
  }, 120_000);

  it('with DISCORD_API_URL at a closed port, exits non-zero naming the connection, not the configuration', async () => {
    const port = await closedPort();
    const bot = runEntry('src/bot/main.ts', { ...folders, DISCORD_API_URL: `http://127.0.0.1:${port}/api` }, home);
    expect(await bot.exit).not.toBe(0);
    expect(bot.output()).toMatch(/could not connect to Discord: connect ECONNREFUSED/);
    expect(bot.output()).not.toMatch(/configuration/);
  }, 120_000);

  it('a bad LOG_LEVEL in .env is one plain line naming the allowed levels, exit 1', async () => {
    const dir = await mkdtemp(path.join(home, 'bad-'));
    const env = (await readFile(path.join(home, '.env'), 'utf8')).replace(/^LOG_LEVEL=$/m, 'LOG_LEVEL=verbose');
    await writeFile(path.join(dir, '.env'), env);
    const bot = runEntry('src/bot/main.ts', folders, dir);
    expect(await bot.exit).toBe(1);
    expect(bot.stderr.join('')).toBe(
      'error: the configuration has 1 problem:\n  - LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent\nSee .env.example for every setting.\n',
    );
  }, 60_000);

  it('EVENTDESK_CORPUS_DIR in .env: npm run ingest writes there and npm run ask answers from there', async () => {
    const dir = await mkdtemp(path.join(home, 'own-'));
    const corpus = path.join(dir, 'my-story');
    await mkdir(corpus);
    await writeFile(path.join(dir, '.env'), `EVENTDESK_CORPUS_DIR=${corpus}\n`);
    await writeFile(
      path.join(dir, 'report.txt'),
      'Ferry strike ends after three days\n\nMarch 3, 2021\n\nThe ferry workers ended their strike on Wednesday, the union said.\n',
    );
    const cache = { EVENTDESK_CACHE_DIR: path.join(dir, 'cache') };
    const ingest = runEntry('src/cli/ingest.ts', cache, dir, ['report.txt']);
    expect(await ingest.exit, ingest.output()).toBe(0);
    expect(ingest.output()).toContain('1 added');
    expect(await readdir(corpus)).toHaveLength(1);
    const sources = runEntry('src/cli/main.ts', cache, dir, ['sources', '--json']);
    expect(await sources.exit, sources.output()).toBe(0);
    const listed = JSON.parse(sources.stdout.join('')) as { articles: { title: string; published: string }[] };
    expect(listed.articles.map((a) => [a.title, a.published])).toEqual([['Ferry strike ends after three days', '2021-03-03']]);
  }, 60_000);
});
