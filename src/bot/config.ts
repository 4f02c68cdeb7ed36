import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_CORPUS_DIR } from '../pipeline/loadCorpus.js';
import { config as loadDotenv } from 'dotenv';

const PROJECT_ROOT = path.resolve(DEFAULT_CORPUS_DIR, '..', '..');
export const DEFAULT_STATE_DIR = path.join(PROJECT_ROOT, '.cache', 'state');

/** An unset variable and one set to the empty string (`DISCORD_GUILD_ID=` in .env) mean the same. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

const snowflake = z.string().trim().regex(/^\d{15,21}$/, 'must be a Discord id (digits only)');

const folder = (fallback: string) =>
  optional(z.string()).transform((v) => (v ? path.resolve(v.trim()) : fallback));

const seconds = (fallback: number, max: number) =>
  optional(z.coerce.number<unknown>({ error: 'must be a whole number of seconds' }).int('must be a whole number of seconds').min(1, 'must be at least 1').max(max, `must be at most ${max}`)).transform(
    (v) => v ?? fallback,
  );

/**
 * The bot's settings, read from the environment (and `.env`). Input keys are
 * the environment variable names; the parsed value is a `BotConfig`.
 */
export const BotConfigSchema = z
  .object({
    DISCORD_TOKEN: z
      .string({ error: 'is missing' })
      .trim()
      .min(1, 'is missing')
      .regex(/^\S+$/, 'must not contain spaces'),
    DISCORD_CLIENT_ID: z.string({ error: 'is missing' }).pipe(snowflake),
    DISCORD_GUILD_ID: optional(snowflake),
    EVENTDESK_CORPUS_DIR: folder(DEFAULT_CORPUS_DIR),
    EVENTDESK_STATE_DIR: folder(DEFAULT_STATE_DIR),
    DISCORD_API_URL: optional(
z.string().trim().refine(isHttpUrl, 'must be an http:// or https:// URL such as https://discord.com/api'),
    ),
    EVENTDESK_PAGE_TTL_SECONDS: seconds(300, 840),
    EVENTDESK_COOLDOWN_SECONDS: seconds(10, 3600),
  })
  .transform((env) => ({
    token: env.DISCORD_TOKEN,
    clientId: env.DISCORD_CLIENT_ID,
    guildId: env.DISCORD_GUILD_ID,
    corpusDir: env.EVENTDESK_CORPUS_DIR,
    stateDir: env.EVENTDESK_STATE_DIR,
    /** REST base without the version, e.g. `http://127.0.0.1:3000/api`; the gateway URL then comes from its GET /gateway/bot. */
    apiUrl: env.DISCORD_API_URL?.replace(/\/+$/, ''),
    /** How long paging buttons work before they are disabled (under Discord's 15-minute interaction token). */
    pageTtlSeconds: env.EVENTDESK_PAGE_TTL_SECONDS,
    /** The window of the per-user cooldown: at most a few commands per user in it. */
    cooldownSeconds: env.EVENTDESK_COOLDOWN_SECONDS,
  }));

export type BotConfig = z.output<typeof BotConfigSchema>;

/** Every missing or bad setting, one per line; never contains a setting's value. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`the bot's configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every setting.`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined> = process.env): BotConfig {
  const result = BotConfigSchema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path.join('.') || 'configuration'} ${issue.message}`));
}

/**
 * For entry points: settings from the environment and `.env`, or null after
 * printing every problem, so the caller exits non-zero.
 */
export function configFromEnvironment(): BotConfig | null {
  loadDotenv({ quiet: true });
  try {
    return loadConfig();
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
    apiUrl: config.apiUrl ?? 'https://discord.com/api',
  };
}
