import { cp, mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { COMMANDS } from '../../commands/index.js';
import { loadConfig } from '../../src/config/settings.js';
import { startBot } from '../../src/bot/start.js';
import { CorpusStore } from '../../src/pipeline/store.js';
import { FakeDiscord, type FakeDiscordOptions } from './fakeDiscord/server.js';
import { FIXTURE_ARTICLES_DIR } from '../support/fixtures.js';

export interface HarnessOptions {
  /** The articles to copy for the bot; by default the five bundled ones, from tests/fixtures/articles. */
  corpusDir?: string;
  /** Extra settings, as environment variables (EVENTDESK_PAGE_TTL_SECONDS, ...). */
  env?: Record<string, string>;
  fake?: FakeDiscordOptions;
  /** Reuse a state folder (to show the pin record survives a restart). */
  stateDir?: string;
}

export interface Harness {
  fake: FakeDiscord;
  bot: Awaited<ReturnType<typeof startBot>>;
  stateDir: string;
  /** The bot's copy of the articles (the sample story). */
  corpusDir: string;
  /** Where the servers' own stories go. */
  storiesDir: string;
  /** Every log line the bot wrote, raw. */
  logs: string[];
  /** Stops the bot only; `startBotAgain` brings up a fresh process-like instance on the same server. */
  stopBot(): Promise<void>;
  startBotAgain(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the test server and the real bot (startBot: a discord.js Client) pointed at it through
 * DISCORD_API_URL, and waits until the client is ready. The bot's logs are captured, not printed.
 */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await FakeDiscord.start(options.fake);
  fake.useDefinitions(COMMANDS.map((c) => c.data as unknown as Record<string, unknown>));
  const scratch = await mkdtemp(path.join(tmpdir(), 'eventdesk-e2e-'));
  // A copy of the articles: nothing the bot does in a test (an /ingest) can touch the originals.
  // The default is the test fixtures, never the working tree's data/articles (a user's own articles).
  const corpusDir = path.join(scratch, 'articles');
  await cp(options.corpusDir ?? FIXTURE_ARTICLES_DIR, corpusDir, { recursive: true });
  const stateDir = options.stateDir ?? path.join(scratch, 'state');
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const logger: Logger = pino({ level: 'debug' }, sink);
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_CLIENT_ID: fake.applicationId,
    DISCORD_GUILD_ID: fake.guildId,
    EVENTDESK_CORPUS_DIR: corpusDir,
    EVENTDESK_STATE_DIR: stateDir,
    // A private snapshot folder: tests never race other suites over a shared one, nor touch the project's .cache/.
    EVENTDESK_CACHE_DIR: path.join(scratch, 'cache'),
    EVENTDESK_STORIES_DIR: path.join(scratch, 'stories'),
    DISCORD_API_URL: fake.apiUrl,
    ...options.env,
  });
  const store = new CorpusStore(config.corpusDir, { cacheDir: config.cacheDir });
  await store.reload();

  let bot = await startBot({ config, store, logger });
  let running = true;
  const harness: Harness = {
    fake,
    get bot() {
      return bot;
    },
    stateDir,
    corpusDir,
    storiesDir: config.storiesDir,
    logs,
    async stopBot() {
      if (running) await bot.stop();
      running = false;
    },
    async startBotAgain() {
      if (running) await bot.stop();
      bot = await startBot({ config, store, logger });
      running = true;
    },
    async stop() {
      await harness.stopBot().catch(() => undefined);
      store.close();
      await fake.stop();
      await rm(scratch, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Writes a small corpus of articles into a temp folder; returns its path. */
export async function writeCorpus(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eventdesk-corpus-'));
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  return dir;
}
