import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseDotenv } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { BotSettingsSchema, ConfigError, loadConfig, loadSettings, LOG_LEVELS } from '../../src/config/settings.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const TEMPLATE = parseDotenv(readFileSync(path.join(ROOT, '.env.example')));
const FILLED = { ...TEMPLATE, DISCORD_TOKEN: 'MTIz.abc.def', DISCORD_CLIENT_ID: '123456789012345678' };

function problemsOf(env: Record<string, string | undefined>, load: (env: Record<string, string | undefined>) => unknown = loadConfig): string[] {
  try {
    load(env);
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  return [];
}

describe('the settings every entry point reads', () => {
  it('.env.example with only the token and the application id filled in is a valid configuration', () => {
    const config = loadConfig(FILLED);
    expect(config.logLevel).toBe('info');
    expect(config.corpusDir).toMatch(/data[\\/]articles$/);
    expect(config.metrics).toBeUndefined();
    expect(config.shards).toBe('auto');
    expect(config.allowPrivateLinks).toBe(false);
  });

  it('.env.example lists exactly the variables the schema reads', () => {
    expect(Object.keys(TEMPLATE).sort()).toEqual(Object.keys(BotSettingsSchema.in.shape).sort());
  });

  it('an empty LOG_LEVEL is the default; an unknown one is one sentence naming the allowed levels', () => {
    expect(loadSettings({ LOG_LEVEL: '' }).logLevel).toBe('info');
    expect(loadSettings({ LOG_LEVEL: ' Debug ' }).logLevel).toBe('debug');
    const problems = problemsOf({ LOG_LEVEL: 'verbose' }, loadSettings);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  });

  it('an empty token and client id are each one plain "is missing", nothing contradictory', () => {
    const problems = problemsOf({ ...TEMPLATE });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^DISCORD_TOKEN is missing: /);
    expect(problems[1]).toMatch(/^DISCORD_CLIENT_ID is missing: /);
  });

  it('lists every bad variable once, in schema order, never with its value', () => {
    const problems = problemsOf({
      DISCORD_TOKEN: 'two words',
      DISCORD_CLIENT_ID: '12',
      EVENTDESK_METRICS_PORT: '70000',
      EVENTDESK_SHARDS: 'many',
      EVENTDESK_INGEST_ALLOW_PRIVATE_LINKS: 'perhaps',
    });
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'EVENTDESK_METRICS_PORT',
      'DISCORD_TOKEN',
      'DISCORD_CLIENT_ID',
      'EVENTDESK_SHARDS',
      'EVENTDESK_INGEST_ALLOW_PRIVATE_LINKS',
    ]);
    expect(problems.join('\n')).not.toContain('two words');
  });

  it('the terminal tools need no Discord settings, and read the same folders as the bot', () => {
    const env = { EVENTDESK_CORPUS_DIR: 'some/where', EVENTDESK_CACHE_DIR: '/tmp/c' };
    const settings = loadSettings(env);
    expect(settings.corpusDir).toBe(path.resolve('some/where'));
    expect(settings.cacheDir).toBe('/tmp/c');
    expect(loadConfig({ ...FILLED, ...env }).corpusDir).toBe(settings.corpusDir);
  });

  it('a metrics port opens the endpoint, on loopback unless a host is given', () => {
    expect(loadSettings({ EVENTDESK_METRICS_PORT: '9464' }).metrics).toEqual({ port: 9464, host: '127.0.0.1' });
    expect(loadSettings({ EVENTDESK_METRICS_PORT: '9464', EVENTDESK_METRICS_HOST: '0.0.0.0' }).metrics).toEqual({ port: 9464, host: '0.0.0.0' });
    expect(problemsOf({ EVENTDESK_METRICS_PORT: 'nine' }, loadSettings)[0]).toMatch(/^EVENTDESK_METRICS_PORT must be a whole number/);
  });
});
