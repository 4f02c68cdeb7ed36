import { fromEnvironment, loadConfig } from '../config/settings.js';
import { createLogger } from './logger.js';
import { errorSummary } from './router.js';
import { startBot, type RunningBot } from './start.js';
import { runMain } from '../process/runMain.js';

/** `npm start`: settings from the environment and .env, then the bot until SIGINT/SIGTERM. Also the file each shard runs. */
async function main(): Promise<number> {
  const config = fromEnvironment(loadConfig);
  if (!config) return 1;
  const logger = createLogger({ level: config.logLevel });
  process.on('unhandledRejection', (err) => logger.error({ error: errorSummary(err) }, 'unhandled rejection'));

  let bot: RunningBot;
  try {
    bot = await startBot({ config, logger });
  } catch (err) {
    logger.fatal({ error: errorSummary(err) }, 'could not start');
    return 1;
  }
  await new Promise<void>((resolve) => {
    let stopping = false;
    const shutdown = (signal: NodeJS.Signals) => {
      if (stopping) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      stopping = true;
      logger.info({ signal }, 'shutting down');
      const force = setTimeout(() => {
        logger.error('shutdown took over 10 s: exiting');
        process.exit(1);
      }, 10_000);
      force.unref();
      bot.stop().then(resolve, (err: unknown) => {
        logger.error({ error: errorSummary(err) }, 'error while stopping');
        resolve();
      });
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  // A shard's IPC channel to its ShardingManager keeps the process alive, and closing it early
  // breaks discord.js's last status messages: the bot is stopped, so exit.
  if (process.connected) process.exit(0);
  return 0;
}

runMain(main);
