import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs. The token is redacted wherever it might appear, and
 * interaction lines carry the command name, latency and outcome only, never
 * what the user typed or what was answered. The level comes from the checked
 * settings (LOG_LEVEL), never straight from the environment.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const opts = {
    level: options.level ?? 'info',
    base: { app: 'eventdesk', pid: process.pid, ...(process.env.SHARDS ? { shard: Number(process.env.SHARDS) } : {}) },
    redact: { paths: ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
  };
  return options.destination ? pino(opts, options.destination as never) : pino(opts);
}
