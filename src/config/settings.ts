import path from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';
import { DEFAULT_CACHE_DIR, DEFAULT_CORPUS_DIR, DEFAULT_STATE_DIR, DEFAULT_STORIES_DIR } from './paths.js';

/**
 * Every setting of every entry point (the bot, the sharded bot, `ask`,
 * `ingest`, `deploy-commands`, `health`, `backup`), in one schema. Input keys
 * are environment variable names; an unset variable and an empty one
 * (`LOG_LEVEL=` in .env) mean the default. The Discord keys are required only
 * of the entry points that talk to Discord.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const blankIsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema.optional());
const required = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsUnset, schema);

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const snowflake = z
  .string()
  .trim()
  .regex(/^\d{15,21}$/, 'must be a Discord id (15 to 21 digits)');

const folder = (fallback: string) => optional(z.string()).transform((v) => (v ? path.resolve(v.trim()) : fallback));

const whole = (what: string, min: number, max: number) =>
  z.coerce
    .number<unknown>({ error: `must be a whole number of ${what}` })
    .int(`must be a whole number of ${what}`)
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const yesNo = optional(
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(['1', 'true', 'yes', '0', 'false', 'no'], { error: 'must be true or false' })),
).transform((v) => v === '1' || v === 'true' || v === 'yes');

/** What every entry point reads: where the articles, state and cache live, logging and the optional metrics endpoint. */
const common = {
  EVENTDESK_CORPUS_DIR: folder(DEFAULT_CORPUS_DIR),
  EVENTDESK_STATE_DIR: folder(DEFAULT_STATE_DIR),
  EVENTDESK_CACHE_DIR: folder(DEFAULT_CACHE_DIR),
  EVENTDESK_STORIES_DIR: folder(DEFAULT_STORIES_DIR),
  EVENTDESK_MEMORY_MB: optional(whole('megabytes', 64, 1_048_576)).transform((v) => v ?? 1024),
  LOG_LEVEL: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })),
  ).transform((v) => v ?? 'info'),
  EVENTDESK_METRICS_PORT: optional(whole('port', 1, 65535)),
  EVENTDESK_METRICS_HOST: optional(
    z
      .string()
      .trim()
      .regex(/^[\w.:-]+$/, 'must be a host name or address such as 127.0.0.1 or 0.0.0.0'),
  ).transform((v) => v ?? '127.0.0.1'),
};

/** What the entry points that talk to Discord read as well. */
const discord = {
  DISCORD_TOKEN: required(
    z
      .string({ error: 'is missing: the bot token, from the Developer Portal > your application > Bot > Reset Token' })
      .trim()
      .regex(/^\S+$/, 'must not contain spaces (paste the token alone)'),
  ),
  DISCORD_CLIENT_ID: required(z.string({ error: 'is missing: the application id, from the Developer Portal > General Information' }).pipe(snowflake)),
  DISCORD_GUILD_ID: optional(snowflake),
  DISCORD_API_URL: optional(z.string().trim().refine(isHttpUrl, 'must be an http:// or https:// URL such as https://discord.com/api')),
  EVENTDESK_PAGE_TTL_SECONDS: optional(whole('seconds', 1, 840)).transform((v) => v ?? 300),
  EVENTDESK_COOLDOWN_SECONDS: optional(whole('seconds', 1, 3600)).transform((v) => v ?? 10),
  EVENTDESK_SHARDS: optional(
    z
      .string()
      .trim()
      .regex(/^(auto|[1-9]\d{0,4})$/, 'must be a whole number of shards or "auto"'),
  ).transform((v) => (v === undefined || v === 'auto' ? ('auto' as const) : Number(v))),
  EVENTDESK_INGEST_ALLOW_PRIVATE_LINKS: yesNo,
  EVENTDESK_WHATS_NEW_SECONDS: optional(whole('seconds', 1, 86_400)).transform((v) => v ?? 300),
};

const toSettings = (env: z.output<z.ZodObject<typeof common>>) => ({
  corpusDir: env.EVENTDESK_CORPUS_DIR,
  stateDir: env.EVENTDESK_STATE_DIR,
  /** Index snapshots: derived from the articles, safe to delete. */
  cacheDir: env.EVENTDESK_CACHE_DIR,
  /** Every story but the default one, a folder each. */
  storiesDir: env.EVENTDESK_STORIES_DIR,
  /** What the loaded stories may take together before the least recently used is unloaded. */
  memoryBudgetBytes: env.EVENTDESK_MEMORY_MB * 1024 * 1024,
  logLevel: env.LOG_LEVEL,
  /** With a port, an HTTP endpoint serves /healthz and Prometheus /metrics. */
  metrics: env.EVENTDESK_METRICS_PORT ? { port: env.EVENTDESK_METRICS_PORT, host: env.EVENTDESK_METRICS_HOST } : undefined,
});

export const SettingsSchema = z.object(common).transform(toSettings);

export const BotSettingsSchema = z.object({ ...common, ...discord }).transform((env) => ({
  ...toSettings(env),
  token: env.DISCORD_TOKEN,
  clientId: env.DISCORD_CLIENT_ID,
  guildId: env.DISCORD_GUILD_ID,
  /** REST base without the version, e.g. `http://127.0.0.1:3000/api`; the gateway URL then comes from its GET /gateway/bot. */
  apiUrl: env.DISCORD_API_URL?.replace(/\/+$/, ''),
  /** How long paging buttons work before they are disabled (under Discord's 15-minute interaction token). */
  pageTtlSeconds: env.EVENTDESK_PAGE_TTL_SECONDS,
  /** The window of the per-user cooldown: at most a few commands per user in it. */
  cooldownSeconds: env.EVENTDESK_COOLDOWN_SECONDS,
  shards: env.EVENTDESK_SHARDS,
  /** Links given to /ingest may point into the bot's own network (a test setup on one machine). */
  allowPrivateLinks: env.EVENTDESK_INGEST_ALLOW_PRIVATE_LINKS,
  /** At most one what's-new message per channel in this window (/feed notify). */
  whatsNewWindowSeconds: env.EVENTDESK_WHATS_NEW_SECONDS,
}));

export type Settings = z.output<typeof SettingsSchema>;
export type BotConfig = z.output<typeof BotSettingsSchema>;

/** Every missing or bad setting, one sentence per variable; never contains a setting's value. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `the configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`,
    );
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function parse<S extends z.ZodType>(schema: S, env: Env): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const byVariable = new Map<string, string>();
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? 'configuration');
    if (!byVariable.has(name)) byVariable.set(name, `${name} ${issue.message}`);
  }
  throw new ConfigError([...byVariable.values()]);
}

/** The settings of an entry point that does not talk to Discord. */
export const loadSettings = (env: Env = process.env): Settings => parse(SettingsSchema, env);

/** The settings of an entry point that talks to Discord. */
export const loadConfig = (env: Env = process.env): BotConfig => parse(BotSettingsSchema, env);

/**
 * For entry points: the environment first, then `.env` in the current folder;
 * null after printing every problem, so the caller exits non-zero.
 */
export function fromEnvironment<T>(load: (env: Env) => T): T | null {
  loadDotenv({ quiet: true });
  try {
    return load(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`error: ${err.message}\n`);
    return null;
  }
}

/** The token, never its value: what logs and errors may show of the configuration. */
export function describeConfig(config: BotConfig): Record<string, unknown> {
  return {
    clientId: config.clientId,
    guildId: config.guildId ?? null,
    corpusDir: config.corpusDir,
    stateDir: config.stateDir,
    cacheDir: config.cacheDir,
    apiUrl: config.apiUrl ?? 'https://discord.com/api',
    metrics: config.metrics ? `${config.metrics.host}:${config.metrics.port}` : null,
  };
}
