import { pino, type Logger } from 'pino';

/**
 * Structured JSON logs. The token is redacted wherever it might appear, and
 * interaction lines carry the command name, latency and outcome only, never
 * what the user typed or what was answered.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  const level = options.level ?? process.env.LOG_LEVEL ?? 'info';
  const opts = {
    level,
    base: { app: 'eventdesk', pid: process.pid, ...(process.env.SHARDS ? { shard: Number(process.env.SHARDS) } : {}) },
    redact: { paths: ['token', '*.token', 'config.token', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
  };
  return options.destination ? pino(opts, options.destination as never) : pino(opts);
}
