import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ApplicationCommandOptionType, PermissionFlagsBits, PermissionsBitField } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import { parseOptions } from '../../src/answers/options.js';
import { findAnswer } from '../../src/answers/registry.js';
import { ConfigError, loadConfig } from '../../src/config/settings.js';
import { Cooldown, cooldownMessage } from '../../src/bot/cooldown.js';
import { UserError } from '../../src/bot/errors.js';
import { botNeeds } from '../../commands/summary.js';
import { INTERACTION_TOKEN_MS, pageButtons, Pager, parsePageButton, turnPage } from '../../src/bot/paging.js';
import { describeMissing, missingPermissions } from '../../src/bot/permissions.js';
import { publishPinnedSummary, refreshPinnedSummary, type SummaryRest } from '../../src/bot/pinnedSummary.js';
import { PinStore } from '../../src/bot/pinStore.js';
import { SCHEMA_VERSION, StateDatabase } from '../../src/state/database.js';
import { toChoices } from '../../src/bot/router.js';
import { notice } from '../../src/render/discord/pages.js';

const VALID = { DISCORD_TOKEN: 'tok.en-value_1', DISCORD_CLIENT_ID: '123456789012345678' };

describe('configuration', () => {
  it('reads the settings, with defaults for the optional ones', () => {
    const config = loadConfig({ ...VALID, DISCORD_GUILD_ID: '', DISCORD_API_URL: 'http://127.0.0.1:3000/api/' });
    expect(config.token).toBe(VALID.DISCORD_TOKEN);
    expect(config.clientId).toBe(VALID.DISCORD_CLIENT_ID);
    expect(config.guildId).toBeUndefined();
    expect(config.apiUrl).toBe('http://127.0.0.1:3000/api');
    expect(config.corpusDir).toMatch(/data[\\/]articles$/);
    expect(config.pageTtlSeconds).toBe(300);
  });

  it('lists every missing or bad setting in one error, and never the token', () => {
    let error: unknown;
    try {
      loadConfig({ DISCORD_TOKEN: 'has a space secret', DISCORD_GUILD_ID: 'abc', DISCORD_API_URL: 'not a url', EVENTDESK_PAGE_TTL_SECONDS: '9999' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((p) => p.split(' ')[0])).toEqual([
      'DISCORD_TOKEN',
      'DISCORD_CLIENT_ID',
      'DISCORD_GUILD_ID',
      'DISCORD_API_URL',
      'EVENTDESK_PAGE_TTL_SECONDS',
    ]);
    expect((error as Error).message).not.toContain('secret');
    expect(() => loadConfig({})).toThrow(/DISCORD_TOKEN is missing[\s\S]*DISCORD_CLIENT_ID is missing/);
  });
});

describe('cooldown', () => {
  it('allows a few uses per window per user, then says how long to wait', () => {
    let now = 1_000;
    const cooldown = new Cooldown(3, 10_000, () => now);
    expect([1, 2, 3].map(() => cooldown.take('u1').ok)).toEqual([true, true, true]);
    const refused = cooldown.take('u1');
    expect(refused).toEqual({ ok: false, retryAfterMs: 10_000 });
    expect(cooldown.take('u2').ok).toBe(true);
    now += 4_000;
    const later = cooldown.take('u1');
    expect(later.ok ? 0 : later.retryAfterMs).toBe(6_000);
    now += 6_000;
    expect(cooldown.take('u1').ok).toBe(true);
    expect(cooldownMessage(5_500)).toMatch(/6 seconds/);
  });
});

describe('paging buttons', () => {
  it('make one row of at most five buttons, with the ends disabled', () => {
    const row = pageButtons('abc', 0, 4);
    expect(row.components).toHaveLength(5);
    const state = row.components.map((b) => ('custom_id' in b ? [b.custom_id.split(':').pop(), b.disabled] : []));
    expect(state).toEqual([
      ['first', true],
      ['prev', true],
      ['at', true],
      ['next', false],
      ['last', false],
    ]);
    expect(pageButtons('abc', 1, 2).components).toHaveLength(3);
    expect(pageButtons('abc', 1, 4, true).components.every((b) => b.disabled)).toBe(true);
  });

  it('parse back only our own ids', () => {
    expect(parsePageButton('eventdesk:page:abc_D-1:next')).toEqual({ sessionId: 'abc_D-1', action: 'next' });
    expect(parsePageButton('eventdesk:page:abc:explode')).toBeNull();
    expect(parsePageButton('other:thing')).toBeNull();
  });

  it('turn within the pages', () => {
    expect(turnPage(0, 3, 'prev')).toBe(0);
    expect(turnPage(0, 3, 'next')).toBe(1);
    expect(turnPage(2, 3, 'next')).toBe(2);
    expect(turnPage(1, 3, 'last')).toBe(2);
    expect(turnPage(2, 3, 'first')).toBe(0);
  });

  it('turn only for the asker, and expire with the buttons disabled', async () => {
    const pager = new Pager(60);
    const pages = [notice('1', 'one'), notice('2', 'two'), notice('3', 'three')];
    let expiredRow: ReturnType<typeof pageButtons> | undefined;
    const { session } = pager.open({ userId: 'asker', command: 'search', pages, onExpire: async ([row]) => void (expiredRow = row) });
    expect(pager.turn(session.id, 'someone-else', 'next').kind).toBe('refused');
    const turned = pager.turn(session.id, 'asker', 'next');
    expect(turned.kind === 'page' && turned.page).toBe(pages[1]);
    await new Promise((r) => setTimeout(r, 120));
    expect(pager.turn(session.id, 'asker', 'next').kind).toBe('expired');
    expect(expiredRow?.components.every((b) => b.disabled)).toBe(true);
    expect(expiredRow?.components.find((b) => 'label' in b && b.label === '2 / 3')).toBeDefined();
    expect(pager.size).toBe(0);
  });
});

describe('permission checks', () => {
  it('name what is missing for the member and for the bot', () => {
    const member = new PermissionsBitField([PermissionFlagsBits.SendMessages]);
    const bot = new PermissionsBitField([PermissionFlagsBits.SendMessages, PermissionFlagsBits.ViewChannel, PermissionFlagsBits.ManageMessages]);
    const memberMissing = missingPermissions(member, [PermissionFlagsBits.PinMessages]);
    const botMissing = missingPermissions(bot, [PermissionFlagsBits.ViewChannel, PermissionFlagsBits.EmbedLinks, PermissionFlagsBits.PinMessages]);
    expect(memberMissing).toEqual(['Pin Messages']);
    // Manage Messages no longer implies pinning (split in 2025).
    expect(botMissing).toEqual(['Embed Links', 'Pin Messages']);
    const text = describeMissing(memberMissing, botMissing)!;
    expect(text).toContain('You need the **Pin Messages** permission');
    expect(text).toContain('I need the **Embed Links and Pin Messages** permissions');
    expect(describeMissing([], [])).toBeNull();
  });

  it('take raw bit strings, let Administrator pass and treat unknown permissions as missing', () => {
    expect(PermissionFlagsBits.PinMessages).toBe(1n << 51n);
    expect(missingPermissions((1n << 51n).toString(), [PermissionFlagsBits.PinMessages])).toEqual([]);
    expect(missingPermissions(PermissionFlagsBits.Administrator, [PermissionFlagsBits.PinMessages])).toEqual([]);
    expect(missingPermissions(null, [PermissionFlagsBits.PinMessages])).toEqual(['Pin Messages']);
  });
});

describe('autocomplete choices', () => {
  it('are at most 25, names and values 1-100 characters, one line, no duplicates', () => {
    const names = [
      'Muqtada al-Sadr',
      'Muqtada al-Sadr',
      '',
      '  ',
      `Long ${'x'.repeat(200)}`,
      'two\nlines',
      ...Array.from({ length: 40 }, (_, i) => `Name ${i}`),
    ];
    const choices = toChoices(names);
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'Muqtada al-Sadr', value: 'Muqtada al-Sadr' });
    expect(choices[1]!.name.length).toBeLessThanOrEqual(100);
    expect(choices[1]!.value.length).toBeLessThanOrEqual(100);
    expect(choices[2]!.name).toBe('two lines');
    for (const c of choices) expect(c.name.length).toBeGreaterThan(0);
  });

  it("keep a suggestion's own value apart from the name shown, each within the limits", () => {
    const choices = toChoices([
      { name: 'march in Baghdad · 2020-01-24 · 6 estimates', value: 'march in Baghdad 2020-01-24' },
      { name: `${'y'.repeat(150)} · 1 estimate`, value: 'z'.repeat(150) },
      { name: 'no value', value: '  ' },
    ]);
    expect(choices).toEqual([
      { name: 'march in Baghdad · 2020-01-24 · 6 estimates', value: 'march in Baghdad 2020-01-24' },
      { name: `${'y'.repeat(99)}…`, value: 'z'.repeat(100) },
    ]);
  });
});

describe('pin records', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'eventdesk-pins-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('survive a restart (a new database handle); a channel id is digits only', async () => {
    const record = {
      channelId: '111111111111111111',
      messageId: '222222222222222222',
      guildId: '333',
      corpusHash: 'abc',
      updatedAt: new Date().toISOString(),
      options: { limit: 3 },
    };
    const first = StateDatabase.open(dir);
    await new PinStore(first).set(record);
    first.close();
    const again = StateDatabase.open(dir);
    expect(await new PinStore(again).get(record.channelId)).toEqual(record);
    await expect(new PinStore(again).set({ ...record, channelId: '../escape' })).rejects.toThrow(/digits/);
    expect(again.version).toBe(SCHEMA_VERSION);
    again.close();
  });

  it('kept as JSON files by earlier versions move into the database once, a corrupt one left behind', async () => {
    const legacy = path.join(dir, 'pinned-summaries');
    await mkdir(legacy, { recursive: true });
    const record = {
      channelId: '555555555555555555',
      messageId: '666',
      guildId: '333',
      corpusHash: 'abc',
      updatedAt: '2026-01-01T00:00:00.000Z',
      options: { limit: 2 },
    };
    await writeFile(path.join(legacy, '555555555555555555.json'), JSON.stringify(record));
    await writeFile(path.join(legacy, '444444444444444444.json'), '{"channelId": "44');
    const pins = new PinStore(StateDatabase.open(dir));
    expect(await pins.importJsonRecords(dir)).toBe(1);
    expect(await pins.list()).toEqual([record]);
    expect(await pins.importJsonRecords(dir)).toBe(0);
    expect(await readdir(path.join(dir, 'pinned-summaries.migrated'))).toContain('444444444444444444.json');
  });

  it('make a second /summary edit the first message, and post anew when it was deleted', async () => {
    const pins = new PinStore(StateDatabase.open(dir));
    const calls: string[] = [];
    const deleted = new Set<string>();
    let next = 500;
    const rest: SummaryRest = {
      post: async (route, options) => {
        calls.push(`POST ${route}`);
        expect((options?.body as { allowed_mentions: unknown }).allowed_mentions).toEqual({ parse: [] });
        return { id: String(next++) };
      },
      patch: async (route) => {
        calls.push(`PATCH ${route}`);
        if (deleted.has(route.split('/').pop()!)) throw Object.assign(new Error('Unknown Message'), { status: 404, code: 10008 });
        return {};
      },
      put: async (route) => {
        calls.push(`PUT ${route}`);
        return undefined;
      },
    };
    const input = { rest, pins, channelId: '900', guildId: '800', corpusHash: 'h1', page: notice('S', 'summary') };
    expect(await publishPinnedSummary(input)).toMatchObject({ action: 'posted', messageId: '500' });
    expect(await publishPinnedSummary({ ...input, corpusHash: 'h2' })).toMatchObject({ action: 'updated', messageId: '500' });
    expect(calls).toEqual([
      'POST /channels/900/messages',
      'PUT /channels/900/messages/pins/500',
      'PATCH /channels/900/messages/500',
      'PUT /channels/900/messages/pins/500',
    ]);
    expect(await new PinStore(StateDatabase.open(dir)).get('900')).toMatchObject({ messageId: '500', corpusHash: 'h2' });

    deleted.add('500');
    expect(await publishPinnedSummary(input)).toMatchObject({ action: 'posted', messageId: '501' });
    expect((await pins.get('900'))?.messageId).toBe('501');
  });

  it('turn a refusal from Discord into a message naming the permissions', async () => {
    const pins = new PinStore(StateDatabase.open(dir));
    const rest: SummaryRest = {
      post: async () => ({ id: '1' }),
      patch: async () => ({}),
      put: async () => {
        throw Object.assign(new Error('Missing Permissions'), { status: 403, code: 50013 });
      },
    };
    await expect(publishPinnedSummary({ rest, pins, channelId: '7', guildId: null, corpusHash: 'h', page: notice('S', 's') })).rejects.toThrow(/Pin Messages/);
    // The message exists, so it is on record: the next run edits it instead of posting another.
    expect((await pins.get('7'))?.messageId).toBe('1');
  });

  it("at Discord's 250-pin cap, say so plainly and keep the posted message on record for the next try", async () => {
    const pins = new PinStore(StateDatabase.open(dir));
    const rest: SummaryRest = {
      post: async () => ({ id: '61' }),
      patch: async () => ({}),
      put: async () => {
        throw Object.assign(new Error('Maximum number of pins reached (250)'), { status: 400, code: 30003 });
      },
    };
    const refused = await publishPinnedSummary({ rest, pins, channelId: '60', guildId: '800', corpusHash: 'h', page: notice('S', 's') }).catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(UserError);
    expect((refused as UserError).outcome).toBe('refused');
    expect((refused as Error).message).toMatch(/already has 250 pinned messages/);
    expect((refused as Error).message).toContain('https://discord.com/channels/800/60/61');
    expect((refused as Error).message).not.toMatch(/try again later/);
    expect((await pins.get('60'))?.messageId).toBe('61');
  });

  it('are refreshed by editing only: up to date ones untouched, transient failures kept for later, deleted or forbidden ones forgotten', async () => {
    const pins = new PinStore(StateDatabase.open(dir));
    const base = { guildId: '800', updatedAt: '2026-01-01T00:00:00.000Z', options: { limit: 2 } };
    await pins.set({ ...base, channelId: '31', messageId: '1', corpusHash: 'new' });
    await pins.set({ ...base, channelId: '32', messageId: '2', corpusHash: 'old' });
    await pins.set({ ...base, channelId: '33', messageId: '3', corpusHash: 'old' });
    await pins.set({ ...base, channelId: '34', messageId: '4', corpusHash: 'old' });
    await pins.set({ ...base, channelId: '35', messageId: '5', corpusHash: 'old' });
    expect((await pins.list()).map((r) => r.channelId).sort()).toEqual(['31', '32', '33', '34', '35']);
    const calls: string[] = [];
    const rest: SummaryRest = {
      post: async (route) => {
        calls.push(`POST ${route}`);
        return { id: '9' };
      },
      patch: async (route) => {
        calls.push(`PATCH ${route}`);
        if (route.endsWith('/3')) throw Object.assign(new Error('Missing Permissions'), { status: 403, code: 50013 });
        if (route.endsWith('/4')) throw Object.assign(new Error('Unknown Message'), { status: 404, code: 10008 });
        if (route.endsWith('/5')) throw Object.assign(new Error('Service Unavailable'), { status: 503 });
        return {};
      },
      put: async (route) => {
        calls.push(`PUT ${route}`);
      },
    };
    const outcomes = await Promise.all(
      (await pins.list()).map(async (record) => [
        record.channelId,
        await refreshPinnedSummary({ rest, pins, record, corpusHash: 'new', page: () => notice('S', 'summary') }),
      ]),
    );
    expect(Object.fromEntries(outcomes)).toEqual({ '31': 'current', '32': 'updated', '33': 'forbidden', '34': 'gone', '35': 'failed' });
    expect(calls.sort()).toEqual([
      'PATCH /channels/32/messages/2',
      'PATCH /channels/33/messages/3',
      'PATCH /channels/34/messages/4',
      'PATCH /channels/35/messages/5',
    ]);
    expect(await pins.get('32')).toMatchObject({ corpusHash: 'new', options: { limit: 2 } });
    // A channel that refuses is retired: no retry on every change, adding to Discord's invalid-request count.
    expect(await pins.get('33')).toBeNull();
    expect(await pins.get('34')).toBeNull();
    expect(await pins.get('35')).toMatchObject({ corpusHash: 'old' });
  });
});

describe('command modules', () => {
  it('are valid Discord definitions with unique names, each with a handler', () => {
    const names = COMMANDS.map((c) => c.data.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of COMMANDS) {
      expect(c.data.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(c.data.description.length).toBeGreaterThan(0);
      expect(c.data.description.length).toBeLessThanOrEqual(100);
      expect(typeof c.execute).toBe('function');
      for (const o of c.data.options ?? []) {
        expect(o.name).toMatch(/^[-_a-z0-9]{1,32}$/);
        expect(o.description.length).toBeGreaterThan(0);
        expect(o.description.length).toBeLessThanOrEqual(100);
      }
    }
    expect(names).toEqual(expect.arrayContaining(['search', 'sources', 'help', 'timeline', 'crowd-size', 'who', 'summary']));
  });

  it("offer in Discord only values the answer's own schema accepts (ranges and lengths agree)", () => {
    let checked = 0;
    for (const c of COMMANDS) {
      const spec = findAnswer(c.data.name);
      if (!spec) continue;
      // `story` is the router's (which story to answer from), never the answer's own option.
      const options = (
        (c.data.options ?? []) as {
          name: string;
          type: number;
          required?: boolean;
          min_value?: number;
          max_value?: number;
          min_length?: number;
          max_length?: number;
        }[]
      ).filter((o) => o.name !== 'story');
      const base: Record<string, unknown> = {};
      for (const o of options) if (o.required) base[o.name] = o.type === ApplicationCommandOptionType.Integer ? 1 : 'strike';
      const accepts = (name: string, value: unknown) => parseOptions(spec.options, { ...base, [name]: value });
      for (const o of options) {
        if (o.type === ApplicationCommandOptionType.Integer) {
          for (const v of [o.min_value, o.max_value]) {
            expect(v, `${c.data.name} ${o.name} needs a range`).toBeTypeOf('number');
            expect(accepts(o.name, v), `${c.data.name} ${o.name}=${v}`).toMatchObject({ ok: true });
            checked++;
          }
        }
        // Free text (not fixed-length dates): the longest text Discord lets through must validate.
        if (o.type === ApplicationCommandOptionType.String && o.max_length && o.min_length !== o.max_length) {
          expect(accepts(o.name, 'a'.repeat(o.max_length)), `${c.data.name} ${o.name} of ${o.max_length} characters`).toMatchObject({ ok: true });
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(8);
  });
});

describe('page buttons and the interaction token', () => {
  it('expire before the token does, counted from when Discord created the interaction, whatever the time to live', async () => {
    const pager = new Pager(840_000);
    const pages = [notice('1', 'a'), notice('2', 'b')];
    const createdAt = Date.now() - INTERACTION_TOKEN_MS + 90_000; // the answer took 13.5 minutes
    const { session } = pager.open({ userId: 'u', command: 'search', pages, createdAt, onExpire: async () => undefined });
    expect(session.expiresAt).toBeLessThanOrEqual(createdAt + INTERACTION_TOKEN_MS - 60_000);
    expect(session.expiresAt - Date.now()).toBeLessThan(31_000);
    const fresh = pager.open({ userId: 'u', command: 'search', pages, createdAt: Date.now(), onExpire: async () => undefined });
    expect(fresh.session.expiresAt - Date.now()).toBeGreaterThan(839_000 - 1_000);
    await pager.closeAll();
  });
});

describe('/summary pin:true permissions', () => {
  it('in a thread need Send Messages in Threads, not Send Messages; in a channel the other way round', () => {
    const channelOnly = PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessages | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.PinMessages;
    const threadOnly =
      PermissionFlagsBits.ViewChannel | PermissionFlagsBits.SendMessagesInThreads | PermissionFlagsBits.EmbedLinks | PermissionFlagsBits.PinMessages;
    expect(missingPermissions(channelOnly, botNeeds(false))).toEqual([]);
    expect(missingPermissions(threadOnly, botNeeds(true))).toEqual([]);
    expect(missingPermissions(channelOnly, botNeeds(true))).toEqual(['Send Messages in Threads']);
    expect(missingPermissions(threadOnly, botNeeds(false))).toEqual(['Send Messages']);
  });
});
