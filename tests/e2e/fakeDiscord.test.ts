import { Client, Events, GatewayIntentBits, PermissionFlagsBits, type Interaction } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionProblems } from './fakeDiscord/limits.js';
import { FakeDiscord, PIN_MESSAGES, buttonsOf, isEphemeral } from './fakeDiscord/server.js';

// The test server proved against a bare discord.js client, independent of the bot: if these pass,
// a failure in bot.test.ts is the bot's, not the server's.
describe('the Discord-compatible test server with a bare discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  const handlers: ((i: Interaction) => Promise<void>)[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start({ heartbeatIntervalMs: 1000 });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl }, allowedMentions: { parse: [] } });
    client.on(Events.InteractionCreate, (i) => void handlers.shift()?.(i));
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(fake.token);
    await ready;
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.stop();
  });

  it('logs in through GET /gateway/bot, IDENTIFY and READY, and sees the guild from GUILD_CREATE', () => {
    expect(client.isReady()).toBe(true);
    expect(client.user?.id).toBe(fake.applicationId);
    expect(client.guilds.cache.get(fake.guildId)?.name).toBe('Test Guild');
    expect(fake.requests.some((r) => r.route === 'GET /gateway/bot' && r.authorization === `Bot ${fake.token}`)).toBe(true);
    expect(fake.gateway.identifyCount).toBe(1);
  });

  it('answers heartbeats', async () => {
    await fake.waitFor(() => fake.gateway.events.some((e) => e.kind === 'heartbeat'), 'a heartbeat', 3000);
    await fake.waitFor(() => client.ws.ping >= 0, 'a heartbeat ACK', 3000);
  });

  it('delivers a slash command with its options and permissions, and records the reply', async () => {
    handlers.push(async (i) => {
      if (!i.isChatInputCommand()) throw new Error('expected a chat input command');
      const can = i.appPermissions?.has(PIN_MESSAGES) && i.memberPermissions?.has(PermissionFlagsBits.SendMessages);
      await i.reply({ content: `q=${i.options.getString('query')} n=${i.options.getInteger('limit')} pin=${can} @everyone` });
    });
    const out = await fake.run('search', { query: 'crowd', limit: 3 });
    expect(out.callbackType).toBe(4);
    expect(out.original?.content).toBe('q=crowd n=3 pin=true @everyone');
    expect(out.requests[0]?.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(fake.problems()).toEqual([]);
  });

  it('flags a message that could ping: allowed_mentions missing or allowing @everyone', async () => {
    handlers.push(async (i) => {
      if (i.isRepliable()) await i.reply({ content: '@everyone look', allowedMentions: { parse: ['everyone'] } });
    });
    const out = await fake.run('search', { query: 'x' });
    expect(out.requests[0]?.problems).toEqual(['allowed_mentions.parse is ["everyone"], not []']);
    expect(mentionProblems({ content: 'hi' })).toEqual(['allowed_mentions is missing']);
    expect(mentionProblems({ content: 'hi', allowed_mentions: { parse: [], users: ['123'] } })).toEqual(['allowed_mentions.users lists users']);
    fake.state.requests.forEach((r) => (r.problems = []));
  });

  it('supports deferring then editing @original, and follow-ups', async () => {
    handlers.push(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.deferReply();
      await i.editReply({ embeds: [{ title: 'T', description: 'D' }] });
      await i.followUp({ content: 'more', ephemeral: true });
    });
    const out = await fake.run('timeline');
    expect(out.callbackType).toBe(5);
    expect(out.original?.embeds).toEqual([{ title: 'T', description: 'D' }]);
    expect(out.followUps).toHaveLength(1);
    expect(isEphemeral(out.followUps[0])).toBe(true);
  });

  it('rejects a body over Discord limits with 400, as Discord does', async () => {
    let caught: unknown;
    handlers.push(async (i) => {
      if (!i.isRepliable()) return;
      await i.reply({ embeds: [{ description: 'x'.repeat(4097) }] }).catch((e) => {
        caught = e;
      });
    });
    const record = fake.command('search', { query: 'x' });
    await fake.waitFor(() => fake.requests.find((r) => r.token === record.token), 'the over-long reply');
    await fake.waitFor(() => caught, 'the rejection in discord.js');
    expect(String(caught)).toMatch(/Invalid Form Body/);
    expect(fake.problems().at(-1)?.problems[0]).toMatch(/description is 4097/);
    fake.state.requests.forEach((r) => (r.problems = []));
  });

  it('routes button clicks on a stored message, and update callbacks edit that message', async () => {
    handlers.push(async (i) => {
      if (!i.isChatInputCommand()) return;
      await i.reply({ content: 'page 1', components: [{ type: 1, components: [{ type: 2, style: 1, custom_id: 'next', label: 'Next' }] }] });
    });
    const first = await fake.run('search', { query: 'x' });
    handlers.push(async (i) => {
      if (!i.isButton()) return;
      await i.update({ content: `page 2 for ${i.user.id}` });
    });
    const second = await fake.outcome(fake.button(first.original!, buttonsOf(first.original)[0]!.customId));
    expect(second.callbackType).toBe(7);
    expect(second.original?.id).toBe(first.original?.id);
    expect(second.original?.content).toBe(`page 2 for ${fake.asker.id}`);
  });

  it('delivers autocomplete with the focused option and checks the choices', async () => {
    handlers.push(async (i) => {
      if (!i.isAutocomplete()) return;
      const typed = i.options.getFocused();
      await i.respond([{ name: `typed ${typed}`, value: typed }]);
    });
    const out = await fake.outcome(fake.autocomplete('who', 'name', { name: 'Sol' }));
    expect(out.callbackType).toBe(8);
    expect(out.choices).toEqual([{ name: 'typed Sol', value: 'Sol' }]);
  });

  it('posts, pins (both pin routes) and edits channel messages, refusing a pin without PIN_MESSAGES', async () => {
    const channel = await client.channels.fetch(fake.channelId);
    if (!channel?.isSendable()) throw new Error('channel not sendable');
    const message = await channel.send({ content: 'digest' });
    await message.pin();
    expect(fake.state.pinned(fake.channelId).map((m) => m.id)).toEqual([message.id]);
    await message.edit({ content: 'digest v2' });
    expect(fake.state.messages.get(message.id)?.content).toBe('digest v2');
    await client.rest.put(`/channels/${fake.channelId}/pins/${message.id}`);
    expect(fake.requests.at(-1)?.route).toBe('PUT /channels/:channel/pins/:message');
    fake.state.botPermissions &= ~PIN_MESSAGES;
    await expect(message.pin()).rejects.toThrow(/Missing Permissions/);
    fake.state.botPermissions |= PIN_MESSAGES;
  });

  it('a 429 with retry_after on the interaction callback is retried by discord.js', async () => {
    fake.rateLimitOnce('POST', /^\/interactions\/[^/]+\/[^/]+\/callback$/, 0.3);
    handlers.push(async (i) => {
      if (i.isRepliable()) await i.reply({ content: 'after the limit' });
    });
    const out = await fake.run('sources');
    const callbacks = out.requests.filter((r) => r.route === 'POST /interactions/:id/:token/callback');
    expect(callbacks.map((r) => r.status)).toEqual([429, 204]);
    expect(callbacks[1]!.at - callbacks[0]!.at).toBeGreaterThanOrEqual(280);
    expect(out.original?.content).toBe('after the limit');
  });

  it('drops the connection; the client resumes its session and gets what was sent meanwhile', async () => {
    const resumed = new Promise((resolve) => client.once(Events.ShardResume, resolve));
    fake.gateway.drop({ terminate: true });
    // Dispatched while the client is away: Discord keeps it for the RESUME replay, and so does the fake.
    handlers.push(async (i) => {
      if (i.isRepliable()) await i.reply({ content: 'still here' });
    });
    const record = fake.command('help');
    await resumed;
    const out = await fake.outcome(record);
    expect(out.original?.content).toBe('still here');
    expect(fake.gateway.resumeCount).toBe(1);
    expect(fake.gateway.identifyCount).toBe(1);
  });

  it('op 7 RECONNECT: the client reconnects and resumes', async () => {
    const before = fake.gateway.resumeCount;
    const resumed = new Promise((resolve) => client.once(Events.ShardResume, resolve));
    fake.gateway.requestReconnect();
    await resumed;
    expect(fake.gateway.resumeCount).toBe(before + 1);
  });

  it('an expired session: RESUME gets INVALID_SESSION, the client identifies anew and answers again', async () => {
    const identified = fake.gateway.identifyCount;
    fake.gateway.invalidateSession();
    fake.gateway.drop({ code: 4000 });
    await fake.waitFor(() => fake.gateway.identifyCount > identified && fake.gateway.connected, 'a new IDENTIFY', 10_000);
    expect(fake.gateway.events.some((e) => e.kind === 'invalid')).toBe(true);
    await fake.waitFor(() => client.isReady() && client.ws.status === 0, 'the client to be ready again', 10_000);
    handlers.push(async (i) => {
      if (i.isRepliable()) await i.reply({ content: 'new session' });
    });
    expect((await fake.run('help')).original?.content).toBe('new session');
  });

  it('never saw a request for a route it does not implement', () => {
    expect(fake.unknownRoutes()).toEqual([]);
  });
});
