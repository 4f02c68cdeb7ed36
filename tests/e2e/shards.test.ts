import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Callback, FakeDiscord, isEphemeral, messageText } from './fakeDiscord/server.js';
import { copyFixtureArticles } from '../support/fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * The sharded entry runs from built JavaScript (ShardingManager forks `main.js` beside it), so the
 * test builds its own copy: every file of src/ and commands/ transpiled (no type check, which `npm run
 * typecheck` does) into a temporary folder outside the project (never its .cache/ or dist/). Beside
 * the build (and the JSON data files src/ imports, copied), a package.json marks the files as ES modules, as the project's own does, and a symlink
 * to the project's node_modules lets `import 'discord.js'` resolve from there.
 */
async function buildInto(outDir: string): Promise<void> {
  await writeFile(path.join(outDir, 'package.json'), `${JSON.stringify({ private: true, type: 'module' })}\n`);
  await symlink(path.join(ROOT, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
  for (const folder of ['src', 'commands']) {
    const files = (await readdir(path.join(ROOT, folder), { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'));
    // a data file a module imports (the names' word-case table) is copied as it is, as tsc copies it into dist/
    for (const file of (await readdir(path.join(ROOT, folder), { recursive: true })).filter((f) => f.endsWith('.json'))) {
      await mkdir(path.dirname(path.join(outDir, folder, file)), { recursive: true });
      await writeFile(path.join(outDir, folder, file), await readFile(path.join(ROOT, folder, file)));
    }
    for (const file of files) {
      const source = await readFile(path.join(ROOT, folder, file), 'utf8');
      const { outputText } = ts.transpileModule(source, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
        fileName: file,
      });
      const target = path.join(outDir, folder, file.replace(/\.ts$/, '.js'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, outputText);
    }
  }
}

describe('the sharded entry point (discord.js ShardingManager) against the test server', () => {
  let fake: FakeDiscord;
  let scratch: string;
  let build: string;
  let manager: ChildProcess | undefined;
  const output: string[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start({ shards: 2 });
    scratch = await mkdtemp(path.join(tmpdir(), 'eventdesk-shards-'));
    build = await mkdtemp(path.join(tmpdir(), 'eventdesk-e2e-build-'));
    await buildInto(build);
  }, 120_000);

  afterAll(async () => {
    if (manager && manager.exitCode === null && manager.signalCode === null) manager.kill('SIGKILL');
    await fake?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
    if (build) await rm(build, { recursive: true, force: true });
  });

  it('spawns the shards Discord recommends; each identifies as its shard, the guild is answered, SIGTERM stops them all', async () => {
    const cache = path.join(scratch, 'cache');
    manager = spawn(process.execPath, [path.join(build, 'src', 'bot', 'shard.js')], {
      cwd: scratch,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: scratch,
        NODE_NO_WARNINGS: '1',
        DISCORD_TOKEN: fake.token,
        DISCORD_CLIENT_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        EVENTDESK_CORPUS_DIR: copyFixtureArticles(),
        EVENTDESK_STATE_DIR: path.join(scratch, 'state'),
        EVENTDESK_CACHE_DIR: cache,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    manager.stdout!.on('data', (d) => output.push(String(d)));
    manager.stderr!.on('data', (d) => output.push(String(d)));
    const exited = new Promise<number | null>((resolve) => manager!.on('exit', (code) => resolve(code)));

    await fake.waitFor(() => output.join('').includes('all shards ready'), 'every shard to be ready', 90_000);
    expect(fake.gateway.identified.map((s) => s.join('/')).sort()).toEqual(['0/2', '1/2']);
    expect(fake.requests.some((r) => r.route === 'GET /gateway/bot')).toBe(true);
    // The snapshot was built once, before the shards started, for them to load.
    expect((await readdir(cache)).length).toBeGreaterThan(0);

    const out = await fake.run('help', {}, { user: { id: '100000000000000002', username: 'someone' } });
    expect(isEphemeral(out.original)).toBe(true);
    expect(messageText(out.original)).toMatch(/\/search/);

    // A deferred reply in flight when SIGTERM arrives is finished before the shard exits: the
    // deferral's response is held back, so /timeline is still between its defer and its answer.
    const hold = fake.holdResponse('POST', /^\/interactions\/\d+\/[^/]+\/callback$/);
    const inFlight = fake.command('timeline', {}, { user: { id: '100000000000000002', username: 'someone' } });
    await hold.arrived;
    manager.kill('SIGTERM');
    let exitedEarly = false;
    void exited.then(() => (exitedEarly = true));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(exitedEarly, 'the manager waits for the shard that is still answering').toBe(false);
    hold.release();
    const answered = await fake.outcome(inFlight);
    expect(answered.callbackType).toBe(Callback.DeferredMessage);
    expect(messageText(answered.original)).toMatch(/\d{4}/);
    expect(await exited).toBe(0);
    expect(output.join('')).toMatch(/every shard stopped/);
    expect(output.join('')).not.toContain(fake.token);
  }, 150_000);
});
