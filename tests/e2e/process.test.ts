import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { FakeDiscord, isEphemeral, messageText } from './fakeDiscord/server.js';
import { copyFixtureArticles } from '../support/fixtures.js';
import { killLeftovers, runEntry } from '../support/processes.js';

/** Private folders for every process: the articles a copy of the fixtures, never the project's data/articles or .cache/. */
let folders: Record<string, string> = {};

/** Runs one of the project's entry points as its own process, as `npm start` would, from a neutral folder (no .env). */
const run = (entry: string, env: Record<string, string>, cwd: string) => runEntry(entry, { ...folders, ...env }, cwd);

// The three short-lived processes run side by side (they touch different routes); the bot process after them.
describe('the entry points as processes, against the test server', () => {
  let fake: FakeDiscord;
  let scratch: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    scratch = await mkdtemp(path.join(tmpdir(), 'eventdesk-proc-'));
    folders = {
      EVENTDESK_CORPUS_DIR: copyFixtureArticles(),
      EVENTDESK_STATE_DIR: path.join(scratch, 'state'),
      EVENTDESK_CACHE_DIR: path.join(scratch, 'cache'),
    };
    env = {
      DISCORD_TOKEN: fake.token,
      DISCORD_CLIENT_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
    };
  });

  afterAll(async () => {
    // A test that failed midway must not leave its bot process running.
    killLeftovers();
    await fake?.stop();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it.concurrent(
    'deploy-commands registers every command to the guild when DISCORD_GUILD_ID is set, globally otherwise',
    async () => {
      const guild = run('src/scripts/deploy-commands.ts', { ...env, DISCORD_GUILD_ID: fake.guildId }, scratch);
      expect(await guild.exit).toBe(0);
      const put = fake.requests.find((r) => r.route === 'PUT /applications/:app/guilds/:guild/commands');
      expect(put?.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
      expect(put?.authorization).toBe(`Bot ${fake.token}`);
      expect((put?.body as { name: string }[]).map((c) => c.name).sort()).toEqual(COMMANDS.map((c) => c.data.name).sort());
      expect(guild.stdout.join('')).toMatch(new RegExp(`registered ${COMMANDS.length} command`));

      const global = run('src/scripts/deploy-commands.ts', env, scratch);
      expect(await global.exit).toBe(0);
      expect(fake.requests.some((r) => r.route === 'PUT /applications/:app/commands' && r.status === 200)).toBe(true);
      expect(fake.state.commands.filter((c) => !c.guild_id)).toHaveLength(COMMANDS.length);
      expect([...guild.stdout, ...guild.stderr, ...global.stdout, ...global.stderr].join('')).not.toContain(fake.token);
    },
    120_000,
  );

  it.concurrent(
    'deploy-commands with a wrong token fails clearly, exit 1',
    async () => {
      const bad = run('src/scripts/deploy-commands.ts', { ...env, DISCORD_TOKEN: 'not-the-token' }, scratch);
      expect(await bad.exit).toBe(1);
      expect(bad.stderr.join('')).toMatch(/could not register/);
      expect(bad.stderr.join('')).not.toContain('not-the-token');
    },
    120_000,
  );

  it.concurrent(
    'the bot with missing settings lists each problem and exits non-zero',
    async () => {
      const bad = run('src/bot/main.ts', { DISCORD_API_URL: 'not a url', DISCORD_CLIENT_ID: 'abc' }, scratch);
      expect(await bad.exit).not.toBe(0);
      const err = bad.stderr.join('');
      expect(err).toMatch(/DISCORD_TOKEN/);
      expect(err).toMatch(/DISCORD_CLIENT_ID/);
      expect(err).toMatch(/DISCORD_API_URL/);
    },
    120_000,
  );

  it('the bot process logs in, answers a command, and shuts down cleanly on SIGTERM without logging the token', async () => {
    const identified = fake.gateway.identifyCount;
    const bot = run('src/bot/main.ts', { ...env, DISCORD_GUILD_ID: fake.guildId }, scratch);
    await fake.waitFor(() => fake.gateway.identifyCount > identified && bot.stdout.join('').includes('bot ready'), 'the bot process to be ready', 90_000);
    const out = await fake.run('help', {}, { user: { id: '100000000000000001', username: 'someone' } });
    expect(isEphemeral(out.original)).toBe(true);
    expect(messageText(out.original)).toMatch(/\/search/);
    bot.child.kill('SIGTERM');
    expect(await bot.exit).toBe(0);
    const logs = bot.stdout.join('') + bot.stderr.join('');
    expect(logs).not.toContain(fake.token);
    const lines = logs
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.find((l) => l.msg === 'interaction')).toMatchObject({ command: 'help', outcome: 'ok' });
    expect(lines.some((l) => l.msg === 'bot stopped')).toBe(true);
  }, 120_000);
});
