import { Client, Events, GatewayIntentBits, Routes } from 'discord.js';
import type { Logger } from 'pino';
import { COMMANDS } from '../../commands/index.js';
import { refreshPinnedSummaries } from '../../commands/summary.js';
import { linkLimits } from '../../commands/ingest.js';
import { FeedStore, type FeedRow } from '../feeds/feedStore.js';
import { pollFeed } from '../feeds/pollFeed.js';
import { FeedScheduler } from '../feeds/scheduler.js';
import { WhatsNewBatcher } from '../feeds/whatsNewBatch.js';
import { WhatsNewChannels } from '../feeds/whatsNewChannels.js';
import { WhatsNewWatcher } from '../feeds/whatsNewWatcher.js';
import { ingest } from '../ingest/ingest.js';
import { storyLabel } from './stories.js';
import { warmAnswers } from '../answers/warm.js';
import { loadLazyModules } from '../text/lazyModule.js';
import type { Corpus } from '../pipeline/corpus.js';
import { CorpusStore } from '../pipeline/store.js';
import { describeConfig, type BotConfig } from '../config/settings.js';
import { createLogger } from './logger.js';
import { PinStore, type PinRecord } from './pinStore.js';
import { StateDatabase } from '../state/database.js';
import { FeedbackStore, feedbackSalt } from '../state/feedback.js';
import { StoryCatalog } from '../stories/catalog.js';
import { StoryLibrary } from '../stories/library.js';
import { purgeAllTrash } from '../stories/articles.js';
import { parseStoryKey, SAMPLE, storyKey } from '../stories/names.js';
import { errorSummary, NO_MENTIONS, Router } from './router.js';
import { startOpsEndpoint, type OpsEndpoint } from '../ops/endpoint.js';
import { HealthFile, type HealthReport } from '../ops/health.js';
import { BotMetrics } from '../ops/metrics.js';

const READY_TIMEOUT_MS = 60_000;
/** On shutdown, how long interactions in flight get to be answered (inside the 10 s main.ts allows). */
const DRAIN_MS = 7_000;
/** How often the what's-new watcher looks for stories newly followed by a channel. */
const WHATS_NEW_SYNC_MS = 2_000;
/** How often idle per-token REST queues are dropped (discord.js sweeps hourly by default). */
const REST_QUEUE_SWEEP_MS = 5 * 60_000;

const GATEWAY_REASONS: Record<HealthReport['gateway'], string> = {
  connecting: 'connecting to the Discord gateway',
  ready: 'ready',
  reconnecting: 'the Discord gateway connection dropped; reconnecting',
  stopped: 'stopped',
};

export interface StartOptions {
  config: BotConfig;
  /** The corpus to answer from; by default the config's corpus folder. It is loaded if it is not yet, and watched for changes. */
  store?: CorpusStore;
  logger?: Logger;
}

export interface RunningBot {
  client: Client;
  /** Disables live page buttons, stops watching the corpus and closes the gateway. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Loads the corpus, logs in and answers interactions until stopped. Resolves
 * once the client is ready (logged in, gateway READY received).
 */
export async function startBot(options: StartOptions): Promise<RunningBot> {
  const { config } = options;
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const ownStore = !options.store;
  const store = options.store ?? new CorpusStore(config.corpusDir, { cacheDir: config.cacheDir });

  // Readiness: the gateway READY and a corpus loaded; reported to a file (npm run health) and, when set, the metrics endpoint.
  const shard = process.env.SHARDS === undefined ? null : Number(process.env.SHARDS);
  const healthFile = new HealthFile(config.stateDir, shard === null ? `bot-${process.pid}` : `shard-${shard}`);
  let gateway: HealthReport['gateway'] = 'connecting';
  let loaded: Corpus | undefined;
  const health = (): HealthReport => {
    const ready = gateway === 'ready' && loaded !== undefined;
    const reason = ready ? null : !loaded ? 'loading the articles' : GATEWAY_REASONS[gateway];
    const corpus = loaded ? { hash: loaded.hash, articles: loaded.articles.length, passages: loaded.passages.length } : null;
    return { ready, reason, pid: process.pid, shard, gateway, corpus, updatedAt: new Date().toISOString() };
  };
  const metrics = config.metrics ? new BotMetrics() : undefined;
  const setGateway = (state: HealthReport['gateway']) => {
    gateway = state;
    metrics?.setReady(health().ready);
    void healthFile.write(health());
  };
  let endpoint: OpsEndpoint | undefined;
  if (config.metrics && metrics) {
    try {
      endpoint = await startOpsEndpoint({ ...config.metrics, metrics, health });
    } catch (err) {
      throw new Error(
        `could not open the metrics endpoint on ${config.metrics.host}:${config.metrics.port} (EVENTDESK_METRICS_PORT): ${err instanceof Error ? err.message : String(err)}`,
        { cause: err },
      );
    }
    logger.info({ host: config.metrics.host, port: endpoint.port }, 'metrics endpoint listening: /healthz, /metrics');
  }
  setGateway('connecting');
  // Before any interaction, where a one-off cost is harmless: loaded on first use, each held up that reply,
  // or the first pinned-summary refresh after a reload, 0.1–0.3 s at once.
  const lazyModulesMs = loadLazyModules();

  let corpus: Corpus;
  try {
    corpus = store.current();
  } catch {
    corpus = await store.reload().catch(async (err: unknown) => {
      await endpoint?.close();
      await healthFile.stop();
      throw err;
    });
  }
  loaded = corpus;
  metrics?.observeCorpus(corpus, store.lastLoad?.durationMs);
  // Done by the store's load already, unless the store was handed over loaded; in slices either way.
  await warmAnswers(corpus).catch(() => undefined);
  store.watch();
  const stateDb = StateDatabase.open(config.stateDir);
  const pins = new PinStore(stateDb);
  const feedback = new FeedbackStore(stateDb, feedbackSalt(config.stateDir));
  const imported = await pins.importJsonRecords(config.stateDir);
  if (imported) logger.info({ records: imported }, 'pinned-summary records moved into the state database');
  healthFile.startHeartbeat();
  const catalog = new StoryCatalog(stateDb);
  const library = new StoryLibrary({ ...config, watch: true, sampleStore: store });
  // The trash keeps a removed article TRASH_DAYS; emptied at start and once a day after.
  const emptyTrash = () =>
    void purgeAllTrash({ folders: config, catalog }).then((n) => {
      if (n) logger.info({ articles: n }, 'trash emptied of articles removed over 30 days ago');
    });
  emptyTrash();
  const trashTimer = setInterval(emptyTrash, 86_400_000);
  trashTimer.unref();
  // Set once the client is ready: pinned summaries are edited through it.
  let refreshPins: ((c: Corpus, story: string) => void) | undefined = undefined;
  // What's new: the channels that opted in are told what new articles bring, batched; posted once the client is ready.
  const connected: { client?: Client } = {};
  const whatsNewChannels = new WhatsNewChannels(stateDb);
  const batcher = new WhatsNewBatcher({
    windowMs: config.whatsNewWindowSeconds * 1000,
    gatherMs: Math.min(10_000, config.whatsNewWindowSeconds * 1000),
    post: async (channelId, content) => {
      if (!connected.client) return;
      await connected.client.rest.post(Routes.channelMessages(channelId), { body: { content, allowed_mentions: NO_MENTIONS } });
      logger.info({ channel: channelId }, "what's new posted");
    },
    onError: (channelId, err) => logger.warn({ channel: channelId, error: errorSummary(err) }, "what's new could not be posted"),
  });
  const watcher = new WhatsNewWatcher({
    channels: whatsNewChannels,
    batcher,
    owns: (c) => connected.client?.guilds.cache.has(c.guildId) ?? false,
    label: storyLabel,
  });
  const syncWhatsNew = () => watcher.sync((ref) => library.peek(ref));
  const whatsNewTimer = setInterval(syncWhatsNew, WHATS_NEW_SYNC_MS);
  whatsNewTimer.unref();
  const unlisten = library.onChange((ref, c) => {
    watcher.changed(ref, c);
    if (c !== store.current()) void warmAnswers(c).catch(() => undefined);
    // After the reload's own callers have run, so an ingest's reply is not held up.
    setImmediate(() => refreshPins?.(c, storyKey(ref)));
  });
  const unwatch = store.onChange((c) => {
    logger.info(
      { corpus: c.hash, articles: c.articles.length, problems: c.problems.length, ms: Math.round(store.lastLoad?.durationMs ?? 0) },
      'corpus reloaded',
    );
    loaded = c;
    metrics?.observeCorpus(c, store.lastLoad?.durationMs);
    void healthFile.write(health());
    // The store warmed the answers before swapping the corpus in (this is then at once); the pins after the
    // reload's own callers have run, so an ingest's reply is not held up.
    void warmAnswers(c).catch(() => undefined);
  });
  logger.info(
    {
      config: describeConfig(config),
      corpus: corpus.hash,
      articles: corpus.articles.length,
      passages: corpus.passages.length,
      problems: corpus.problems.length,
      lazyModulesMs: Math.round(lazyModulesMs),
    },
    'corpus loaded',
  );

  const router = new Router({
    commands: COMMANDS,
    stories: { catalog, library },
    pins,
    feedback,
    logger,
    pageTtlMs: config.pageTtlSeconds * 1000,
    cooldownMs: config.cooldownSeconds * 1000,
    allowPrivateLinks: config.allowPrivateLinks,
    onInteraction: metrics && ((record) => metrics.observeInteraction(record)),
  });

  const client = new Client({
    // Slash commands need no privileged intent; Guilds gives channels and permissions.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl } : {}),
      // discord.js keeps a request queue per interaction token that edited or followed up and sweeps the
      // idle ones hourly by default: ~11 MB an hour at 20 interactions a second. Tokens live 15 minutes.
      handlerSweepInterval: REST_QUEUE_SWEEP_MS,
    },
  });
  client.on(Events.InteractionCreate, (interaction) => void router.handle(interaction));
  client.on(Events.Error, (err) => logger.error({ error: errorSummary(err) }, 'client error'));
  client.on(Events.ShardDisconnect, (_event, shard) => {
    logger.warn({ shard }, 'gateway disconnected');
    setGateway('reconnecting');
  });
  client.on(Events.ShardReconnecting, () => setGateway('reconnecting'));
  client.on(Events.ShardResume, (shard) => {
    logger.info({ shard }, 'gateway resumed');
    setGateway('ready');
  });
  client.on(Events.ShardReady, () => {
    if (gateway !== 'connecting') setGateway('ready');
  });

  // Feeds: polled each on its own, the pages through the same ingest as /ingest, into the story's live store.
  const feedStore = new FeedStore(stateDb);
  const scheduler = new FeedScheduler({
    feeds: feedStore,
    poll: (feed) =>
      pollFeed(feed, {
        feeds: feedStore,
        fetchLimits: linkLimits(config.allowPrivateLinks),
        ingestInto: async (story, sources) => {
          const live = await library.open(story);
          // A channel that opted in just now is told about these articles too.
          syncWhatsNew();
          return ingest(sources, live.dir, { load: () => live.reload(), fetchLimits: linkLimits(config.allowPrivateLinks) });
        },
      }),
    // A server's feeds are polled by the process (shard) that has the server; the host's by the first or only one.
    owns: (feed: FeedRow) => (/^\d+$/.test(feed.story.owner) ? (connected.client?.guilds.cache.has(feed.story.owner) ?? false) : !shard),
    onPoll: (feed, { result }) =>
      logger.info({ feed: feed.id, status: result.status, added: result.added, error: result.error ?? undefined, next: result.nextPollAt }, 'feed polled'),
    onFailure: (feed, err) => logger.error({ feed: feed.id, error: errorSummary(err) }, 'feed poll failed'),
  });

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    gateway = 'stopped';
    const unfinished = await router.drain(DRAIN_MS);
    if (unfinished) logger.warn({ unfinished }, 'stopping with interactions still unanswered');
    await router.pager.closeAll();
    await scheduler.stop();
    batcher.stop();
    clearInterval(whatsNewTimer);
    await healthFile.stop();
    await endpoint?.close();
    unwatch();
    unlisten();
    clearInterval(trashTimer);
    library.close();
    if (ownStore) store.close();
    await client.destroy();
    stateDb.close();
    logger.info('bot stopped');
  };

  try {
    await client.login(config.token);
    await Promise.race([
      ready,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`the gateway sent no READY within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS).unref(),
      ),
    ]);
  } catch (err) {
    await stop().catch(() => undefined);
    // discord.js errors name the problem ("An invalid token was provided."), never the token.
    throw new Error(`could not connect to Discord: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
  }
  setGateway('ready');
  logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size, commands: COMMANDS.map((c) => c.data.name) }, 'bot ready');
  connected.client = client;
  scheduler.start();
  // Stories followed by a channel get a baseline now, so the first new article after a restart is told.
  for (const ref of whatsNewChannels.stories())
    if (catalog.exists(ref))
      void library.corpus(ref).then(
        () => syncWhatsNew(),
        () => undefined,
      );
  refreshPins = (c, story) => {
    // Only the channels of this process's guilds (under sharding, each shard keeps its own up to date) that summarise this story.
    const owns = (record: PinRecord) => record.guildId !== null && client.guilds.cache.has(record.guildId) && (record.story || SAMPLE.name) === story;
    void refreshPinnedSummaries({ rest: client.rest, pins, corpus: c, owns }).then((done) => {
      for (const { channelId, outcome } of done) {
        if (outcome === 'forbidden') logger.warn({ channel: channelId }, 'pinned summary retired: the bot may no longer see or write to its channel');
        else logger.info({ channel: channelId, outcome, corpus: c.hash }, 'pinned summary refreshed');
      }
    });
  };
  // Summaries pinned before a restart may be older than the articles now loaded: each story with a pinned summary here.
  const pinnedStories = new Set(
    (await pins.list().catch(() => [])).filter((r) => r.guildId && client.guilds.cache.has(r.guildId)).map((r) => r.story || SAMPLE.name),
  );
  for (const key of pinnedStories) {
    const ref = parseStoryKey(key);
    if (ref && catalog.exists(ref))
      void library.corpus(ref).then(
        (c) => refreshPins?.(c, key),
        () => undefined,
      );
  }
  return { client, stop };
}
