import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { loadCorpus } from '../pipeline/loadCorpus.js';
import { fromEnvironment, loadConfig } from '../config/settings.js';
import { createLogger } from './logger.js';
import { errorSummary } from './router.js';
import { runMain } from '../process/runMain.js';

/**
 * `npm run start:sharded`: one process per shard through discord.js's
 * ShardingManager, for bots in more than 2,500 servers. The corpus snapshot
 * is built once here, first, so every shard loads it instead of re-parsing
 * the articles. EVENTDESK_SHARDS sets the shard count; by default Discord's
 * recommendation from GET /gateway/bot (through DISCORD_API_URL when set).
 */
async function main(): Promise<number> {
  const config = fromEnvironment(loadConfig);
  if (!config) return 1;
  const logger = createLogger({ level: config.logLevel });

  const { corpus, fromSnapshot } = await loadCorpus(config.corpusDir, { cacheDir: config.cacheDir });
  logger.info({ corpus: corpus.hash, articles: corpus.articles.length, fromSnapshot }, 'snapshot ready for the shards');

  let totalShards: number;
  if (config.shards !== 'auto') totalShards = config.shards;
  else {
    try {
      const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
      totalShards = ((await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult).shards;
    } catch (err) {
      logger.fatal({ error: errorSummary(err) }, 'could not ask Discord for the shard count');
      return 1;
    }
  }

  const manager = new ShardingManager(fileURLToPath(new URL('./main.js', import.meta.url)), {
    token: config.token,
    totalShards,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id, of: totalShards }, 'shard launched');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited'));
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.info({ signal }, 'stopping every shard');
    manager.respawn = false;
    // Each shard process gets SIGTERM and shuts down cleanly on its own; wait for them, at most 12 s.
    const exits = [...manager.shards.values()].flatMap((shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null) return [];
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return [exited];
    });
    const force = setTimeout(() => process.exit(1), 12_000);
    void Promise.all(exits).then(() => {
      clearTimeout(force);
      logger.info('every shard stopped');
      process.exit(0);
    });
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  try {
    await manager.spawn({ timeout: 60_000 });
  } catch (err) {
    logger.fatal({ error: errorSummary(err) }, 'could not spawn the shards');
    for (const shard of manager.shards.values()) shard.kill();
    return 1;
  }
  logger.info({ shards: manager.shards.size }, 'all shards ready');
  return 0;
}

runMain(main, { exitOnFailure: true });
