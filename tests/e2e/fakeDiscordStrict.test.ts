import { Client, Events, GatewayIntentBits, InteractionContextType, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { COMMAND_RULES, commandErrors, commandSize, flattenErrors, registrationRefusal } from './fakeDiscord/commands.js';
import { DEFAULT_BUCKET } from './fakeDiscord/ratelimits.js';
import {
  DISCORD_RULES,
  FakeClock,
  FakeDiscord,
  MODERATOR_PERMISSIONS,
  PERMISSION,
  PIN_MESSAGES,
  isEphemeral,
  type InteractionRecord,
} from './fakeDiscord/server.js';

// The test server's Discord rules, proved with raw HTTP and a bare discord.js client (no bot): when
// one of these fails, the server is wrong; when a bot test fails on one of these rules, the bot is.

const EPHEMERAL = 64;

interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

describe('the test server enforces what Discord enforces', () => {
  let fake: FakeDiscord;
  let client: Client;
  const seen: Interaction[] = [];

  /**
   * A raw request, as the bot would make it (bot token unless `auth: false`). These tests make many
   * requests at once: over the global 50 a second, one is retried after moving the server's clock
   * past `retry_after`, as a client would wait, unless `raw`.
   */
  async function api(method: string, path: string, body?: unknown, auth = true, raw = false): Promise<Answer> {
    const res = await fetch(`${fake.apiUrl}/v10${path}`, {
      method,
      headers: { ...(auth ? { Authorization: `Bot ${fake.token}` } : {}), ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const answer = { status: res.status, body: text ? JSON.parse(text) : undefined, headers: res.headers };
    if (!raw && answer.status === 429 && answer.body?.global === true && !fake.state.failures.some((f) => f.remaining > 0)) {
      fake.clock.advance(Math.ceil(answer.body.retry_after * 1000));
      return api(method, path, body, auth, raw);
    }
    return answer;
  }
  const callback = (it: InteractionRecord, body: unknown) => api('POST', `/interactions/${it.id}/${it.token}/callback`, body, false);
  const webhook = (it: InteractionRecord, method: string, suffix = '', body?: unknown) =>
    api(method, `/webhooks/${fake.applicationId}/${it.token}${suffix}`, body, false);
  const reply = { type: 4, data: { content: 'hello', allowed_mentions: { parse: [] } } };

  beforeAll(async () => {
    fake = await FakeDiscord.start();
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl }, allowedMentions: { parse: [] } });
    client.on(Events.InteractionCreate, (i) => void seen.push(i));
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(fake.token);
    await ready;
  });
  afterAll(async () => {
    await client?.destroy();
    await fake?.stop();
  });

  describe('the 3-second initial response', () => {
    it('a callback more than 3 s after the dispatch is refused 404 10062 and the interaction stays unanswered', async () => {
      const it0 = fake.command('help');
      fake.clock.advance(DISCORD_RULES.initialResponseMs + 1);
      const late = await callback(it0, reply);
      expect([late.status, late.body.code]).toEqual([404, 10062]);
      expect(it0.callbackType).toBeUndefined();
      expect(it0.lateCallbackAt).toBeDefined();
      expect(fake.unanswered()).toContain(it0);
      // The token was invalidated: a retry is refused too, and there is no webhook to follow up on.
      fake.clock.advance(0);
      expect((await callback(it0, reply)).body.code).toBe(10062);
      expect((await webhook(it0, 'POST', '', { content: 'late' })).body.code).toBe(10015);
    });

    it('an interaction nobody answers is listed as unanswered once 3 s have passed', async () => {
      const it0 = fake.command('help');
      expect(fake.unanswered()).not.toContain(it0);
      fake.clock.advance(3001);
      expect(fake.unanswered()).toContain(it0);
    });

    it('within 3 s the callback is accepted; a second one is 400 40060', async () => {
      const it0 = fake.command('help');
      fake.clock.advance(2900);
      expect((await callback(it0, reply)).status).toBe(204);
      const again = await callback(it0, reply);
      expect([again.status, again.body.code]).toEqual([400, 40060]);
      expect(fake.unanswered()).not.toContain(it0);
    });

    it('with the rule switched off, a late callback is accepted', async () => {
      fake.strict.initialResponseDeadline = false;
      try {
        const it0 = fake.command('help');
        fake.clock.advance(10_000);
        expect((await callback(it0, reply)).status).toBe(204);
      } finally {
        fake.strict.initialResponseDeadline = true;
      }
    });
  });

  describe('the 15-minute interaction token', () => {
    it('webhook GET, PATCH, DELETE and POST work within 15 min and answer 401 50027 after', async () => {
      const it0 = fake.command('help');
      await callback(it0, reply);
      fake.clock.advance(DISCORD_RULES.tokenLifetimeMs - 1000);
      expect((await webhook(it0, 'GET', '/messages/@original')).status).toBe(200);
      expect((await webhook(it0, 'PATCH', '/messages/@original', { content: 'edited', allowed_mentions: { parse: [] } })).status).toBe(200);
      fake.clock.advance(2000);
      for (const [method, suffix, body] of [
        ['GET', '/messages/@original', undefined],
        ['PATCH', '/messages/@original', { content: 'too late' }],
        ['DELETE', '/messages/@original', undefined],
        ['POST', '', { content: 'too late', allowed_mentions: { parse: [] } }],
      ] as const) {
        const res = await webhook(it0, method, suffix, body);
        expect([method, res.status, res.body.code]).toEqual([method, 401, 50027]);
      }
      expect(fake.state.messages.get(it0.originalMessageId!)?.content).toBe('edited');
    });

    it('discord.js sees the refusal as DiscordAPIError 50027', async () => {
      const it0 = fake.command('sources');
      const i = await fake.waitFor(() => seen.find((x) => x.id === it0.id) as ChatInputCommandInteraction | undefined, 'the interaction');
      await i.reply({ content: 'now' });
      fake.clock.advance(DISCORD_RULES.tokenLifetimeMs + 1);
      await expect(i.editReply({ content: 'later' })).rejects.toMatchObject({ code: 50027, status: 401 });
    });
  });

  describe('follow-ups after a deferred response, as documented', () => {
    it('the first follow-up edits the loading message; its ephemeral flag is ignored (a public deferral stays public)', async () => {
      const it0 = fake.command('timeline');
      await callback(it0, { type: 5 });
      const first = await webhook(it0, 'POST', '', { content: 'the answer', flags: EPHEMERAL, allowed_mentions: { parse: [] } });
      expect(first.status).toBe(200);
      expect(first.body.id).toBe(it0.originalMessageId);
      const original = fake.state.messages.get(it0.originalMessageId!);
      expect(original?.content).toBe('the answer');
      expect(isEphemeral(original)).toBe(false);
      expect(original!.flags & (1 << 7)).toBe(0);
      expect(it0.followUpIds).toEqual([]);
      // The next one is a follow-up of its own, with its own flag.
      const second = await webhook(it0, 'POST', '', { content: 'more', flags: EPHEMERAL, allowed_mentions: { parse: [] } });
      expect(second.body.id).not.toBe(it0.originalMessageId);
      expect(isEphemeral(fake.state.messages.get(second.body.id))).toBe(true);
    });

    it('an ephemeral deferral stays ephemeral through the first follow-up, whatever its flags', async () => {
      const it0 = fake.command('timeline');
      await callback(it0, { type: 5, data: { flags: EPHEMERAL } });
      const first = await webhook(it0, 'POST', '', { content: 'private answer', allowed_mentions: { parse: [] } });
      expect(first.body.id).toBe(it0.originalMessageId);
      expect(isEphemeral(fake.state.messages.get(it0.originalMessageId!))).toBe(true);
    });

    it('after the loading message was deleted, the follow-up edits nothing: 404 10008 Unknown Message', async () => {
      const it0 = fake.command('timeline');
      await callback(it0, { type: 5 });
      expect((await webhook(it0, 'DELETE', '/messages/@original')).status).toBe(204);
      const follow = await webhook(it0, 'POST', '', { content: 'error text', flags: EPHEMERAL, allowed_mentions: { parse: [] } });
      expect([follow.status, follow.body.code]).toEqual([404, 10008]);
    });

    it('once @original has been edited, a follow-up is a new message', async () => {
      const it0 = fake.command('timeline');
      await callback(it0, { type: 5 });
      await webhook(it0, 'PATCH', '/messages/@original', { content: 'answer', allowed_mentions: { parse: [] } });
      const follow = await webhook(it0, 'POST', '', { content: 'extra', flags: EPHEMERAL, allowed_mentions: { parse: [] } });
      expect(follow.body.id).not.toBe(it0.originalMessageId);
      expect(it0.followUpIds).toEqual([follow.body.id]);
    });

    it('a deferral may set only the EPHEMERAL flag', async () => {
      const it0 = fake.command('timeline');
      const res = await callback(it0, { type: 5, data: { flags: EPHEMERAL | 4 } });
      expect([res.status, res.body.code]).toEqual([400, 50035]);
    });
  });

  describe('pins', () => {
    it('the 251st pin is refused 400 30003; unpinning one makes room', async () => {
      const channel = fake.addChannel({ name: 'pins' });
      const filled = fake.fillPins(DISCORD_RULES.maxPins, channel.id);
      expect(fake.state.pinned(channel.id)).toHaveLength(250);
      const posted = await api('POST', `/channels/${channel.id}/messages`, { content: 'digest', allowed_mentions: { parse: [] } });
      expect(posted.status).toBe(200);
      const refused = await api('PUT', `/channels/${channel.id}/messages/pins/${posted.body.id}`);
      expect([refused.status, refused.body.code, refused.body.message]).toEqual([400, 30003, 'Maximum number of pins reached (250)']);
      expect((await api('PUT', `/channels/${channel.id}/pins/${posted.body.id}`)).body.code).toBe(30003);
      // Pinning one already pinned changes nothing and is fine.
      expect((await api('PUT', `/channels/${channel.id}/messages/pins/${filled[0]!.id}`)).status).toBe(204);
      expect((await api('DELETE', `/channels/${channel.id}/messages/pins/${filled[0]!.id}`)).status).toBe(204);
      expect((await api('PUT', `/channels/${channel.id}/messages/pins/${posted.body.id}`)).status).toBe(204);
      expect(fake.state.pinned(channel.id)).toHaveLength(250);
    });

    it('discord.js sees the cap as DiscordAPIError 30003', async () => {
      const channel = fake.addChannel({ name: 'full' });
      fake.fillPins(250, channel.id);
      const c = await client.channels.fetch(channel.id);
      if (!c?.isSendable()) throw new Error('not sendable');
      const m = await c.send({ content: 'digest' });
      await expect(m.pin()).rejects.toMatchObject({ code: 30003, status: 400 });
    });

    it('GET /channels/:id/messages/pins pages by 50 (limit 1-50, before, has_more)', async () => {
      const channel = fake.addChannel({ name: 'paged' });
      fake.fillPins(60, channel.id);
      const first = await api('GET', `/channels/${channel.id}/messages/pins`);
      expect(first.body.items).toHaveLength(50);
      expect(first.body.has_more).toBe(true);
      expect((await api('GET', `/channels/${channel.id}/messages/pins?limit=51`)).body.code).toBe(50035);
      expect((await api('GET', `/channels/${channel.id}/pins`)).body).toHaveLength(50);
    });
  });

  describe('channel and thread permissions', () => {
    it('without Send Messages: posting is 403 50013; editing its own message still works (View Channel is enough)', async () => {
      const channel = fake.addChannel({ name: 'quiet' });
      const posted = await api('POST', `/channels/${channel.id}/messages`, { content: 'before', allowed_mentions: { parse: [] } });
      fake.setBotPermissions(channel.id, MODERATOR_PERMISSIONS & ~PERMISSION.SendMessages);
      const refused = await api('POST', `/channels/${channel.id}/messages`, { content: 'after', allowed_mentions: { parse: [] } });
      expect([refused.status, refused.body.code]).toEqual([403, 50013]);
      expect((await api('PATCH', `/channels/${channel.id}/messages/${posted.body.id}`, { content: 'edited' })).status).toBe(200);
    });

    it('a channel the bot cannot see: 403 50001 Missing Access for reads, posts, edits and pins; a channel that does not exist: 404 10003', async () => {
      const channel = fake.addChannel({ name: 'hidden' });
      const posted = await api('POST', `/channels/${channel.id}/messages`, { content: 'x', allowed_mentions: { parse: [] } });
      fake.setBotPermissions(channel.id, MODERATOR_PERMISSIONS & ~PERMISSION.ViewChannel);
      for (const [method, path, body] of [
        ['GET', `/channels/${channel.id}`, undefined],
        ['GET', `/channels/${channel.id}/messages`, undefined],
        ['POST', `/channels/${channel.id}/messages`, { content: 'y' }],
        ['PATCH', `/channels/${channel.id}/messages/${posted.body.id}`, { content: 'z' }],
        ['PUT', `/channels/${channel.id}/messages/pins/${posted.body.id}`, undefined],
      ] as const) {
        const res = await api(method, path, body);
        expect([method, path, res.status, res.body.code]).toEqual([method, path, 403, 50001]);
      }
      const gone = await api('POST', `/channels/${fake.state.newId()}/messages`, { content: 'x' });
      expect([gone.status, gone.body.code]).toEqual([404, 10003]);
    });

    it('pinning without Pin Messages is 403 50013', async () => {
      const channel = fake.addChannel({ name: 'nopin' });
      const posted = await api('POST', `/channels/${channel.id}/messages`, { content: 'x', allowed_mentions: { parse: [] } });
      fake.setBotPermissions(channel.id, MODERATOR_PERMISSIONS & ~PIN_MESSAGES);
      const res = await api('PUT', `/channels/${channel.id}/messages/pins/${posted.body.id}`);
      expect([res.status, res.body.code]).toEqual([403, 50013]);
    });

    it('in a thread, Send Messages is not inherited: posting needs Send Messages in Threads', async () => {
      const thread = fake.addThread({ botPermissions: MODERATOR_PERMISSIONS & ~PERMISSION.SendMessagesInThreads });
      const refused = await api('POST', `/channels/${thread.id}/messages`, { content: 'x', allowed_mentions: { parse: [] } });
      expect([refused.status, refused.body.code]).toEqual([403, 50013]);
      fake.setBotPermissions(thread.id, (MODERATOR_PERMISSIONS | PERMISSION.SendMessagesInThreads) & ~PERMISSION.SendMessages);
      expect((await api('POST', `/channels/${thread.id}/messages`, { content: 'x', allowed_mentions: { parse: [] } })).status).toBe(200);
      const archived = fake.addThread({ archived: true, botPermissions: MODERATOR_PERMISSIONS | PERMISSION.SendMessagesInThreads });
      expect((await api('POST', `/channels/${archived.id}/messages`, { content: 'x' })).body.code).toBe(50083);
    });

    it("an interaction from a thread carries the bot's permissions there as app_permissions", async () => {
      const thread = fake.addThread({ botPermissions: MODERATOR_PERMISSIONS & ~PERMISSION.SendMessagesInThreads });
      const it0 = fake.command('help', {}, { channelId: thread.id });
      const i = await fake.waitFor(() => seen.find((x) => x.id === it0.id), 'the interaction');
      expect(i.channelId).toBe(thread.id);
      expect(i.appPermissions?.has(PERMISSION.SendMessagesInThreads)).toBe(false);
      expect(i.appPermissions?.has(PIN_MESSAGES)).toBe(true);
    });
  });

  describe('command registration', () => {
    const valid = { name: 'ok', description: 'fine', type: 1, options: [{ type: 3, name: 'q', description: 'query', required: true }] };
    const put = (body: unknown) => api('PUT', `/applications/${fake.applicationId}/commands`, body);

    it("an invalid name is 400 50035 with the per-field errors in Discord's shape", async () => {
      const res = await put([{ ...valid, name: 'Bad Name' }]);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 50035, message: 'Invalid Form Body' });
      expect(res.body.errors).toEqual({ '0': { name: { _errors: [{ code: 'APPLICATION_COMMAND_INVALID_NAME', message: expect.any(String) }] } } });
    });

    it.each([
      ['upper-case letters', { ...valid, name: 'Search' }, '0.name'],
      ['a 33-character name', { ...valid, name: 'a'.repeat(33) }, '0.name'],
      ['no description', { ...valid, description: undefined }, '0.description'],
      ['a 101-character description', { ...valid, description: 'd'.repeat(101) }, '0.description'],
      ['26 options', { ...valid, options: Array.from({ length: 26 }, (_, i) => ({ type: 3, name: `o${i}`, description: 'x' })) }, '0.options'],
      [
        'a required option after an optional one',
        {
          ...valid,
          options: [
            { type: 3, name: 'a', description: 'x' },
            { type: 3, name: 'b', description: 'x', required: true },
          ],
        },
        '0.options.1',
      ],
      [
        'two options of one name',
        {
          ...valid,
          options: [
            { type: 3, name: 'a', description: 'x' },
            { type: 3, name: 'a', description: 'y' },
          ],
        },
        '0.options.1.name',
      ],
      [
        '26 choices',
        { ...valid, options: [{ type: 3, name: 'a', description: 'x', choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `v${i}` })) }] },
        '0.options.0.choices',
      ],
      [
        'a 101-character choice name',
        { ...valid, options: [{ type: 3, name: 'a', description: 'x', choices: [{ name: 'n'.repeat(101), value: 'v' }] }] },
        '0.options.0.choices.0.name',
      ],
      [
        'a 101-character choice value',
        { ...valid, options: [{ type: 3, name: 'a', description: 'x', choices: [{ name: 'n', value: 'v'.repeat(101) }] }] },
        '0.options.0.choices.0.value',
      ],
      [
        'autocomplete with choices',
        { ...valid, options: [{ type: 3, name: 'a', description: 'x', autocomplete: true, choices: [{ name: 'n', value: 'v' }] }] },
        '0.options.0.autocomplete',
      ],
      ['max_length 6001', { ...valid, options: [{ type: 3, name: 'a', description: 'x', max_length: 6001 }] }, '0.options.0.max_length'],
      ['min_length on an integer', { ...valid, options: [{ type: 4, name: 'a', description: 'x', min_length: 1 }] }, '0.options.0.min_length'],
      ['min_value above max_value', { ...valid, options: [{ type: 4, name: 'a', description: 'x', min_value: 5, max_value: 1 }] }, '0.options.0.min_value'],
      ['a fractional min_value on an integer', { ...valid, options: [{ type: 4, name: 'a', description: 'x', min_value: 1.5 }] }, '0.options.0.min_value'],
      ['contexts [3]', { ...valid, contexts: [3] }, '0.contexts.0'],
      ['integration_types [2]', { ...valid, integration_types: [2] }, '0.integration_types.0'],
      [
        'more than 8000 characters in all',
        {
          ...valid,
          options: Array.from({ length: 25 }, (_, i) => ({
            type: 3,
            name: `o${i}`,
            description: 'x',
            choices: Array.from({ length: 25 }, (_, j) => ({ name: 'n'.repeat(10), value: `${j}`.padEnd(10, 'v') })),
          })),
        },
        '0',
      ],
    ])('refuses %s', async (_what, command, where) => {
      const res = await put([command]);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(50035);
      const lines = flattenErrors(res.body.errors);
      expect(
        lines.some((l) => l.startsWith(`${where}: `)),
        lines.join('\n'),
      ).toBe(true);
    });

    it('refuses two commands of one name, and more than 100 chat commands (30032)', async () => {
      expect((await put([valid, valid])).body.code).toBe(50035);
      const many = Array.from({ length: 101 }, (_, i) => ({ ...valid, name: `c${i}` }));
      expect((await put(many)).body.code).toBe(30032);
      expect((await put(many.slice(0, 100))).status).toBe(200);
    });

    it('accepts what the docs allow: an apostrophe, Devanagari, contexts and integration types, a bare guild-only command', async () => {
      const res = await put([
        { ...valid, name: "it's", contexts: [0, 1, 2], integration_types: [0, 1] },
        { ...valid, name: 'नमस्ते' },
        { name: 'plain', description: 'x', contexts: [InteractionContextType.Guild] },
        { name: 'Mixed Case', type: 2 },
      ]);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    });

    it('the size counts the longest localization of each field', () => {
      const cmd = { name: 'a', description: 'b', description_localizations: { fr: 'c'.repeat(50) } };
      expect(commandSize(cmd)).toBe(51);
      expect(COMMAND_RULES.totalCharacters).toBe(8000);
      expect(flattenErrors(commandErrors({ ...valid, name_localizations: { xx: 'bad' } }))).toEqual([
        expect.stringMatching(/^name_localizations\.xx: BASE_TYPE_CHOICES/),
      ]);
      expect(registrationRefusal([valid])).toBeUndefined();
    });
  });

  describe('rate limits', () => {
    it('every response carries the bucket headers', async () => {
      const res = await api('GET', `/channels/${fake.channelId}`);
      expect(res.headers.get('x-ratelimit-limit')).toBe(String(DEFAULT_BUCKET.limit));
      expect(Number(res.headers.get('x-ratelimit-remaining'))).toBeLessThan(DEFAULT_BUCKET.limit);
      expect(Number(res.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000 - 5);
      expect(Number(res.headers.get('x-ratelimit-reset-after'))).toBeGreaterThan(0);
      expect(res.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{16}$/);
    });

    it('a route given a limit answers 429 with retry_after once it is used up, per channel', async () => {
      const a = fake.addChannel({ name: 'limited-a' });
      const b = fake.addChannel({ name: 'limited-b' });
      fake.limitRoute('POST', /^\/channels\/\d+\/messages$/, 2, 60_000);
      try {
        const post = (id: string) => api('POST', `/channels/${id}/messages`, { content: 'x', allowed_mentions: { parse: [] } });
        expect((await post(a.id)).headers.get('x-ratelimit-remaining')).toBe('1');
        expect((await post(a.id)).headers.get('x-ratelimit-remaining')).toBe('0');
        const third = await post(a.id);
        expect(third.status).toBe(429);
        expect(third.body).toMatchObject({ message: 'You are being rate limited.', global: false });
        expect(third.body.retry_after).toBeGreaterThan(50);
        expect(third.headers.get('x-ratelimit-scope')).toBe('user');
        expect(third.headers.get('retry-after')).toBeTruthy();
        // Another channel is another bucket.
        expect((await post(b.id)).status).toBe(200);
        fake.clock.advance(60_000);
        expect((await post(a.id)).status).toBe(200);
      } finally {
        fake.state.routeLimits.length = 0;
      }
    });

    it('a planned global 429: global true, X-RateLimit-Global, scope global; discord.js waits it out', async () => {
      fake.rateLimitGlobalOnce('GET', /^\/channels\/\d+$/, 0.3);
      const started = Date.now();
      await client.rest.get(`/channels/${fake.channelId}`);
      expect(Date.now() - started).toBeGreaterThanOrEqual(280);
      const refused = fake.requests.filter((r) => r.status === 429).at(-1)!;
      expect(refused.headers).toMatchObject({ 'X-RateLimit-Global': 'true', 'X-RateLimit-Scope': 'global' });
    });

    it('more than 50 requests a second is a global 429; interaction endpoints are not bound by it', async () => {
      fake.clock.advance(1000);
      const burst = await Promise.all(Array.from({ length: 60 }, () => api('GET', '/users/@me', undefined, true, true)));
      const refused = burst.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      expect(refused[0]!.body.global).toBe(true);
      const it0 = fake.command('help');
      expect((await callback(it0, reply)).status).toBe(204);
      fake.clock.advance(1000);
    });
  });

  describe('invalid requests', () => {
    it('401, 403 and 429 responses are counted over 10 minutes; a shared-scope 429 is not', async () => {
      fake.clock.advance(DISCORD_RULES.invalidRequestWindowMs + 1);
      expect(fake.invalidRequests().count).toBe(0);
      const hidden = fake.addChannel({ name: 'counted', botPermissions: MODERATOR_PERMISSIONS & ~PERMISSION.ViewChannel });
      await api('GET', `/channels/${hidden.id}`);
      await api('GET', '/users/@me', undefined, false);
      fake.rateLimitOnce('GET', /^\/users\/@me$/, 0.01, 1, 'shared');
      await api('GET', '/users/@me');
      fake.rateLimitOnce('GET', /^\/users\/@me$/, 0.01, 1, 'user');
      await api('GET', '/users/@me');
      const counted = fake.invalidRequests();
      expect(counted.requests.map((r) => r.status)).toEqual([403, 401, 429]);
      expect(counted.limit).toBe(10_000);
      fake.clock.advance(DISCORD_RULES.invalidRequestWindowMs + 1);
      expect(fake.invalidRequests().count).toBe(0);
    });
  });

  describe('DM interactions', () => {
    it('a command from a DM: no guild, `user` not `member`, context 1 (BOT_DM), a DM channel', async () => {
      const it0 = fake.dmCommand('help', {}, { user: fake.asker });
      const i = await fake.waitFor(() => seen.find((x) => x.id === it0.id) as ChatInputCommandInteraction | undefined, 'the DM interaction');
      expect(i.guildId).toBeNull();
      expect(i.inGuild()).toBe(false);
      expect(i.member).toBeNull();
      expect(i.user.id).toBe(fake.asker.id);
      expect(i.context).toBe(InteractionContextType.BotDM);
      // discord.js caches a DM channel only with Partials.Channel; the payload's channel is a DM (type 1).
      expect(fake.state.channels.get(i.channelId!)?.type).toBe(1);
      expect(i.channelId).toBe(fake.dmChannel(fake.asker).id);
      expect(i.authorizingIntegrationOwners).toMatchObject({ '0': '0' });
      await i.reply({ content: 'hi in DM' });
      expect(fake.state.messages.get(it0.originalMessageId!)?.guild_id).toBeUndefined();
    });

    it('installed to the user: authorizing_integration_owners {"1": user id}', async () => {
      const it0 = fake.dmCommand('help', {}, { user: fake.bystander, installation: 'user' });
      const i = await fake.waitFor(() => seen.find((x) => x.id === it0.id), 'the DM interaction');
      expect(i.authorizingIntegrationOwners).toMatchObject({ '1': fake.bystander.id });
    });
  });
});

describe('the server clock', () => {
  it("follows vitest's fake Date as well as its own offset", () => {
    const clock = new FakeClock();
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-01-01T00:00:00Z'));
      expect(clock.now()).toBe(Date.parse('2030-01-01T00:00:00Z'));
      clock.advance(1000);
      expect(clock.now()).toBe(Date.parse('2030-01-01T00:00:01Z'));
    } finally {
      vi.useRealTimers();
    }
  });
});
