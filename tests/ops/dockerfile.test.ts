import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listArticleFiles } from '../../src/corpus/readArticles.js';
import { FakeDiscord } from '../e2e/fakeDiscord/server.js';
import { instructions, replayDockerfile } from '../support/dockerfile.js';
import { FIXTURE_ARTICLES_DIR } from '../support/fixtures.js';
import { ROOT } from '../support/processes.js';

/**
 * The build context as `docker build .` would send it, in a temporary folder, with the test fixtures
 * (the five bundled articles) as data/articles: never the working tree's own data/articles, where a
 * user may have ingested more. What .dockerignore names at the top level is left out of the copy.
 */
async function buildContext(scratch: string): Promise<string> {
  const ignored = (await readFile(path.join(ROOT, '.dockerignore'), 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const left = new Set([...ignored, 'data']);
  const context = path.join(scratch, 'context');
  await cp(ROOT, context, { recursive: true, filter: (src) => !left.has(path.relative(ROOT, src).split(path.sep)[0]!) });
  await cp(FIXTURE_ARTICLES_DIR, path.join(context, 'data', 'articles'), { recursive: true });
  return context;
}

/**
 * A docker build fetches better-sqlite3's prebuilt binary; this machine reaches no such host, so npm ci
 * would compile SQLite from source in each stage (minutes). The same binary, compiled here for this Node
 * by the project's own install, is handed to prebuild-install as a local prebuild instead.
 */
async function localPrebuilds(scratch: string): Promise<Record<string, string>> {
  const pkgDir = path.join(ROOT, 'node_modules', 'better-sqlite3');
  const { version } = JSON.parse(await readFile(path.join(pkgDir, 'package.json'), 'utf8')) as { version: string };
  const dir = path.join(scratch, 'prebuilds');
  await mkdir(dir, { recursive: true });
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  execFileSync('tar', ['czf', path.join(dir, name), '-C', pkgDir, 'build/Release/better_sqlite3.node']);
  return { npm_config_better_sqlite3_local_prebuilds: dir };
}

/**
 * The Dockerfile's own install, build and start steps, replayed in a
 * temporary folder (no Docker engine needed): the image's command starts the
 * bot against the test server from production dependencies only, and the
 * image's HEALTHCHECK says healthy once it is ready.
 */
describe('the Dockerfile', () => {
  let scratch: string | undefined;
  let fake: FakeDiscord | undefined;
  afterAll(async () => {
    await fake?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it('is multi-stage, runs as a non-root user, and the compose file keeps articles and state in named volumes', async () => {
    const steps = instructions(await readFile(path.join(ROOT, 'Dockerfile'), 'utf8'));
    expect(steps.filter((s) => s.op === 'FROM').length).toBeGreaterThanOrEqual(2);
    expect(steps.filter((s) => s.op === 'USER').at(-1)?.args).toBe('node');
    expect(steps.some((s) => s.op === 'RUN' && /npm ci --omit=dev/.test(s.args))).toBe(true);
    const compose = await readFile(path.join(ROOT, 'compose.yaml'), 'utf8');
    expect(compose).toMatch(/- articles:\/data\/articles/);
    expect(compose).toMatch(/- state:\/data\/state/);
    expect(compose).toMatch(/- stories:\/data\/stories/);
    expect(compose).toMatch(/^volumes:\n {2}articles:\n {2}stories:\n {2}state:/m);
  });

  it('installs, builds and starts: the command answers from the bundled story and the health check turns healthy', async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'eventdesk-docker-'));
    const stages = replayDockerfile(await buildContext(scratch), scratch, { env: await localPrebuilds(scratch) });
    const image = stages.at(-1)!;
    const app = path.join(image.root, image.workdir);
    // Production dependencies only: no TypeScript, no test runner in the image.
    await expect(stat(path.join(app, 'node_modules', 'typescript'))).rejects.toThrow();
    await expect(stat(path.join(app, 'node_modules', 'vitest'))).rejects.toThrow();
    expect((await stat(path.join(app, 'node_modules', 'discord.js'))).isDirectory()).toBe(true);

    fake = await FakeDiscord.start();
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: app,
      ...image.env,
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
    const [command, ...args] = image.cmd!;
    const bot = spawn(command === 'node' ? process.execPath : command!, args, { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    bot.stdout.on('data', (d) => (out += String(d)));
    bot.stderr.on('data', (d) => (out += String(d)));
    try {
      await fake.waitFor(() => out.includes('bot ready') || bot.exitCode !== null, 'the image command to be ready', 60_000);
      expect(bot.exitCode, out).toBeNull();
      const [hc, ...hcArgs] = image.healthcheck!;
      const health = spawnSync(hc === 'node' ? process.execPath : hc!, hcArgs, { cwd: app, env, encoding: 'utf8' });
      expect(health.status, health.stdout + health.stderr).toBe(0);
      // The first contents of the articles volume: the build context's data/articles, the five fixtures.
      const bundled = (await listArticleFiles(path.join(image.root, 'data', 'articles'))).length;
      expect(bundled).toBe(5);
      expect(health.stdout).toMatch(new RegExp(`^ready: pid \\d+, ${bundled} articles?`));
      const reply = await fake.run('sources', {}, { user: { id: '100000000000000001', username: 'someone' } });
      expect(JSON.stringify(reply.original)).toMatch(new RegExp(`${bundled} articles?`));
    } finally {
      bot.kill('SIGTERM');
      await new Promise((resolve) => bot.once('exit', resolve));
    }
  }, 300_000);
});
