import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { registrationRefusal } from './commands.js';
import { messageLimitProblems, mentionProblems, choiceProblems } from './limits.js';
import { rateLimit } from './ratelimits.js';
import { ChannelType, DISCORD_RULES, isThread, type FakeChannel, type FakeDiscordState, type InteractionRecord, type StoredMessage } from './state.js';

/** Permission bits (discord-api-docs developers/topics/permissions.mdx). */
export const PERMISSION = {
  Administrator: 1n << 3n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  UseApplicationCommands: 1n << 31n,
  ManageThreads: 1n << 34n,
  SendMessagesInThreads: 1n << 38n,
  PinMessages: 1n << 51n,
} as const;
export const PIN_MESSAGES = PERMISSION.PinMessages;
export const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;
/** Flags an interaction response may set: SUPPRESS_EMBEDS, EPHEMERAL, SUPPRESS_NOTIFICATIONS, IS_VOICE_MESSAGE, IS_COMPONENTS_V2. */
const RESPONSE_FLAGS = (1 << 2) | EPHEMERAL | (1 << 12) | (1 << 13) | (1 << 15);

/** Interaction callback types (https://discord.com/developers/docs/interactions/receiving-and-responding). */
export const Callback = {
  Message: 4,
  DeferredMessage: 5,
  DeferredUpdate: 6,
  UpdateMessage: 7,
  Autocomplete: 8,
  Modal: 9,
} as const;

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

interface Ctx {
  method: string;
  path: string;
  query: Record<string, string>;
  body: any;
  params: string[];
  authorization: string | undefined;
  /** Set by handlers acting for an interaction token. */
  token?: string;
  problems: string[];
}

type Handler = (state: FakeDiscordState, ctx: Ctx, rest: FakeRest) => Reply;

/** A response the test holds back until it releases it (the request is handled and recorded at once). */
export interface Hold {
  method: string;
  route: RegExp;
  /** Resolves when a matching request has arrived. */
  arrived: Promise<void>;
  release(): void;
}

const json = (body: unknown, status = 200): Reply => ({ status, body });
const noContent: Reply = { status: 204 };
const error = (status: number, code: number, message: string): Reply => ({ status, body: { code, message } });
const missingPermissions = error(403, 50013, 'Missing Permissions');
const missingAccess = error(403, 50001, 'Missing Access');
const unknownMessage = error(404, 10008, 'Unknown Message');
const unknownChannel = error(404, 10003, 'Unknown Channel');
const unknownInteraction = error(404, 10062, 'Unknown interaction');
const unknownWebhook = error(404, 10015, 'Unknown Webhook');
const invalidWebhookToken = error(401, 50027, 'Invalid Webhook Token');
const archivedThread = error(400, 50083, 'Thread is archived');

/** Discord answers a body that breaks its rules with 400 "Invalid Form Body"; so does the fake. */
function invalidBody(ctx: Ctx, body: Record<string, unknown>, needsMentions: boolean): Reply | undefined {
  const limitProblems = messageLimitProblems(body);
  // Mentions are a policy of this project, not a Discord rule: recorded, but the message goes through.
  ctx.problems.push(...limitProblems, ...(needsMentions ? mentionProblems(body) : []));
  return limitProblems.length ? error(400, 50035, `Invalid Form Body: ${limitProblems.join('; ')}`) : undefined;
}

function carriesMessage(body: Record<string, unknown>): boolean {
  return body.content !== undefined || body.embeds !== undefined || body.components !== undefined;
}

export class FakeRest {
  private server: Server | undefined;
  port = 0;
  private readonly routes: { method: string; pattern: RegExp; name: string; handler: Handler }[] = [];
  readonly holds: Hold[] = [];

  constructor(
    private readonly state: FakeDiscordState,
    private readonly gatewayUrl: () => string,
  ) {
    const s = '([^/]+)';
    const add = (method: string, name: string, handler: Handler) => {
      const pattern = new RegExp(`^${name.replace(/:[a-z]+/g, s)}$`);
      this.routes.push({ method, pattern, name: `${method} ${name}`, handler });
    };
    add('GET', '/gateway/bot', (st) =>
      json({
        url: this.gatewayUrl(),
        shards: st.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    );
    add('GET', '/gateway', () => json({ url: this.gatewayUrl() }));
    add('GET', '/users/@me', (st) => json(st.botUser));
    add('GET', '/applications/@me', (st) => json(applicationObject(st)));
    add('GET', '/oauth2/applications/@me', (st) => json(applicationObject(st)));
    add('PUT', '/applications/:app/commands', (st, ctx) => registerCommands(st, ctx, undefined));
    add('PUT', '/applications/:app/guilds/:guild/commands', (st, ctx) => registerCommands(st, ctx, ctx.params[1]));
    add('POST', '/applications/:app/commands', (st, ctx) => createCommand(st, ctx, undefined));
    add('POST', '/applications/:app/guilds/:guild/commands', (st, ctx) => createCommand(st, ctx, ctx.params[1]));
    add('GET', '/applications/:app/commands', (st) => json(st.commands.filter((c) => !c.guild_id)));
    add('GET', '/applications/:app/guilds/:guild/commands', (st, ctx) => json(st.commands.filter((c) => c.guild_id === ctx.params[1])));
    add('POST', '/interactions/:id/:token/callback', interactionCallback);
    add('GET', '/webhooks/:app/:token/messages/:message', (st, ctx) => webhookMessage(st, ctx, 'GET'));
    add('PATCH', '/webhooks/:app/:token/messages/:message', (st, ctx) => webhookMessage(st, ctx, 'PATCH'));
    add('DELETE', '/webhooks/:app/:token/messages/:message', (st, ctx) => webhookMessage(st, ctx, 'DELETE'));
    add('POST', '/webhooks/:app/:token', followUp);
    add('GET', '/channels/:channel', (st, ctx) => channelAccess(st, ctx.params[0]!, 0n) ?? json(channelObject(st, st.channels.get(ctx.params[0]!)!)));
    add('GET', '/channels/:channel/messages', (st, ctx) => {
      const refused = channelAccess(st, ctx.params[0]!, 0n);
      if (refused) return refused;
      // "If the current user is missing the READ_MESSAGE_HISTORY permission in the channel, then no messages will be returned."
      if (!can(st, ctx.params[0]!, PERMISSION.ReadMessageHistory)) return json([]);
      return json(
        st
          .channelMessages(ctx.params[0]!)
          .filter((m) => !(m.flags & EPHEMERAL))
          .reverse()
          .map(publicMessage),
      );
    });
    add('POST', '/channels/:channel/messages', createChannelMessage);
    add('GET', '/channels/:channel/messages/pins', listPins);
    add('PUT', '/channels/:channel/messages/pins/:message', (st, ctx) => pin(st, ctx, true));
    add('DELETE', '/channels/:channel/messages/pins/:message', (st, ctx) => pin(st, ctx, false));
    add('GET', '/channels/:channel/pins', (st, ctx) => {
      const refused = channelAccess(st, ctx.params[0]!, 0n);
      if (refused) return refused;
      if (!can(st, ctx.params[0]!, PERMISSION.ReadMessageHistory)) return json([]);
      // Deprecated: "Gets the first 50 pinned messages in a channel".
      return json(
        pinsNewestFirst(st, ctx.params[0]!)
          .slice(0, 50)
          .map(({ message }) => publicMessage(message)),
      );
    });
    add('PUT', '/channels/:channel/pins/:message', (st, ctx) => pin(st, ctx, true));
    add('DELETE', '/channels/:channel/pins/:message', (st, ctx) => pin(st, ctx, false));
    add('GET', '/channels/:channel/messages/:message', (st, ctx) => {
      const refused = channelAccess(st, ctx.params[0]!, PERMISSION.ReadMessageHistory);
      if (refused) return refused;
      const m = st.messages.get(ctx.params[1]!);
      return m && m.channel_id === ctx.params[0] && !(m.flags & EPHEMERAL) ? json(publicMessage(m)) : unknownMessage;
    });
    add('PATCH', '/channels/:channel/messages/:message', editChannelMessage);
    add('DELETE', '/channels/:channel/messages/:message', (st, ctx) => {
      const refused = channelAccess(st, ctx.params[0]!, 0n);
      if (refused) return refused;
      const m = st.messages.get(ctx.params[1]!);
      if (!m || m.channel_id !== ctx.params[0] || m.flags & EPHEMERAL) return unknownMessage;
      if (m.author.id !== st.botUser.id && !can(st, m.channel_id, PERMISSION.ManageMessages)) return missingPermissions;
      st.messages.delete(m.id);
      st.pins.get(m.channel_id)?.delete(m.id);
      return noContent;
    });
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.server.keepAliveTimeout = 1000;
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    for (const hold of this.holds.splice(0)) hold.release();
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  /** Holds back the response to the next request matching `method` and `route` (a path pattern) until released. */
  hold(method: string, route: RegExp): Hold {
    let arrive!: () => void;
    let release!: () => void;
    const arrived = new Promise<void>((r) => (arrive = r));
    const released = new Promise<void>((r) => (release = r));
    const hold: Hold & { arrive: () => void; released: Promise<void> } = { method, route, arrived, release, arrive, released };
    this.holds.push(hold);
    return hold;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    // discord.js prefixes every route with the API version (/v10/...) and sends `@original` as `%40original`.
    const path = url.pathname
      .replace(/^\/api/, '')
      .replace(/^\/v\d+/, '')
      .split('/')
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment;
        }
      })
      .join('/');
    const at = this.state.now();
    const ctx: Ctx = {
      method,
      path,
      query: Object.fromEntries(url.searchParams),
      body: await readBody(req),
      params: [],
      authorization: req.headers.authorization,
      problems: [],
      token: tokenInPath(path),
    };
    let reply: Reply;
    let routeName = 'unknown';
    const file = method === 'GET' ? this.state.files.get(url.pathname) : undefined;
    if (file) {
      // An uploaded attachment, as the CDN serves it (no auth, no API version).
      this.state.record({
        method,
        path: url.pathname,
        query: {},
        body: undefined,
        authorization: req.headers.authorization,
        status: 200,
        route: 'GET /attachments/:channel/:id/:name',
        problems: [],
      });
      res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': String(file.bytes.length) });
      res.end(file.bytes);
      return;
    }
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    let headers: Record<string, string> = {};
    if (!route) {
      reply = error(404, 0, '404: Not Found');
    } else {
      routeName = route.name;
      const planned = this.state.takeFailure(method, path);
      const limited = rateLimit(this.state, method, route.name, path, planned?.status === 429 ? planned : undefined);
      headers = limited.headers;
      if (limited.refusal) {
        reply = limited.refusal;
      } else if (planned) {
        // A refusal a test planned (FakeDiscord.failOnce): Discord saying no for a reason the test chose.
        reply = error(planned.status, planned.code ?? 0, planned.message ?? 'planned failure');
      } else if (needsBotAuth(path) && ctx.authorization !== `Bot ${this.state.token}`) {
        reply = error(401, 0, '401: Unauthorized');
      } else {
        ctx.params = path.match(route.pattern)!.slice(1);
        try {
          reply = route.handler(this.state, ctx, this);
        } catch (e) {
          reply = error(500, 0, `fake server error: ${(e as Error).message}`);
        }
      }
    }
    headers = { ...headers, ...reply.headers };
    if (reply.body !== undefined) headers['Content-Type'] = 'application/json';
    const code = (reply.body as { code?: unknown } | undefined)?.code;
    // Record before answering, so a test that awaits the bot's promise sees its requests already.
    this.state.record({
      at,
      method,
      path,
      query: ctx.query,
      body: ctx.body,
      authorization: ctx.authorization,
      status: reply.status,
      route: routeName,
      token: ctx.token,
      problems: ctx.problems,
      ...(typeof code === 'number' && reply.status >= 400 ? { code } : {}),
      headers,
    });
    const held = this.holds.findIndex((h) => h.method === method && h.route.test(path));
    if (held >= 0) {
      const [hold] = this.holds.splice(held, 1) as (Hold & { arrive: () => void; released: Promise<void> })[];
      hold!.arrive();
      await hold!.released;
    }
    if (res.destroyed) return;
    res.writeHead(reply.status, headers);
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }
}

/** The interaction token a callback or webhook route acts for, even when the route is refused. */
function tokenInPath(path: string): string | undefined {
  return /^\/interactions\/[^/]+\/([^/]+)\/callback$/.exec(path)?.[1] ?? /^\/webhooks\/[^/]+\/([^/]+)/.exec(path)?.[1];
}

/** Interaction callbacks and webhooks authenticate with the interaction token, not the bot token. */
function needsBotAuth(path: string): boolean {
  return !path.startsWith('/interactions/') && !path.startsWith('/webhooks/');
}

async function readBody(req: IncomingMessage): Promise<any> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  if (!chunks.length) return undefined;
  const raw = Buffer.concat(chunks);
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) {
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const payload = form.get('payload_json');
    return typeof payload === 'string' ? JSON.parse(payload) : {};
  }
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    return raw.toString('utf8');
  }
}

function applicationObject(st: FakeDiscordState) {
  return {
    id: st.applicationId,
    name: 'eventdesk',
    icon: null,
    description: '',
    bot_public: true,
    bot_require_code_grant: false,
    flags: 0,
    bot: st.botUser,
    verify_key: '0',
    team: null,
  };
}

/** A channel as the API returns it; the default text channel when none is given. */
export function channelObject(st: FakeDiscordState, channel: FakeChannel = st.channels.get(st.channelId)!): Record<string, unknown> {
  if (channel.type === ChannelType.DM) {
    return { id: channel.id, type: ChannelType.DM, last_message_id: null, flags: 0, recipients: channel.recipient ? [channel.recipient] : [] };
  }
  const base = {
    id: channel.id,
    type: channel.type,
    guild_id: channel.guildId,
    name: channel.name,
    position: 0,
    permission_overwrites: [],
    nsfw: false,
    topic: null,
    last_message_id: null,
    parent_id: channel.parentId ?? null,
    rate_limit_per_user: 0,
    flags: 0,
  };
  // The bot's own permissions here, as a member overwrite on top of the guild-wide ones, so a client
  // computing permissions from the cache sees what the server enforces.
  if (channel.botPermissions !== undefined && !isThread(channel)) {
    const guildWide = st.botPermissions;
    base.permission_overwrites = [
      { id: st.botUser.id, type: 1, allow: (channel.botPermissions & ~guildWide).toString(), deny: (guildWide & ~channel.botPermissions).toString() },
    ] as never[];
  }
  if (!isThread(channel)) return base;
  return {
    ...base,
    owner_id: st.botUser.id,
    message_count: 0,
    member_count: 1,
    thread_metadata: { archived: Boolean(channel.archived), auto_archive_duration: 1440, archive_timestamp: new Date(st.now()).toISOString(), locked: false },
    total_message_sent: 0,
  };
}

/** The message as the API returns it (without the server's bookkeeping). */
export function publicMessage(m: StoredMessage): Record<string, unknown> {
  const { history: _history, ...rest } = m;
  return rest;
}

export function newMessage(st: FakeDiscordState, channelId: string, body: Record<string, any>, extra: Partial<StoredMessage> = {}): StoredMessage {
  const channel = st.channels.get(channelId);
  const m: StoredMessage = {
    id: st.newId(),
    channel_id: channelId,
    ...(channel?.guildId ? { guild_id: channel.guildId } : {}),
    author: st.botUser,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    flags: typeof body.flags === 'number' ? body.flags : 0,
    pinned: false,
    timestamp: new Date(st.now()).toISOString(),
    edited_timestamp: null,
    type: 0,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    history: [body],
    ...extra,
  };
  st.messages.set(m.id, m);
  return m;
}

/** Applies an edit; a message's ephemeral-ness never changes, and an edit ends a loading state. */
function applyEdit(st: FakeDiscordState, m: StoredMessage, body: Record<string, any>): void {
  if (body.content !== undefined) m.content = body.content ?? '';
  if (body.embeds !== undefined) m.embeds = body.embeds ?? [];
  if (body.components !== undefined) m.components = body.components ?? [];
  if (typeof body.flags === 'number') m.flags = (m.flags & EPHEMERAL) | (body.flags & ~LOADING & ~EPHEMERAL);
  else m.flags &= ~LOADING;
  m.edited_timestamp = new Date(st.now()).toISOString();
  m.history.push(body);
}

// ---- permissions ---------------------------------------------------------------------------------

function can(st: FakeDiscordState, channelId: string, needs: bigint): boolean {
  const channel = st.channels.get(channelId);
  if (!st.strict.channelPermissions || channel?.type === ChannelType.DM) return true;
  const perms = st.botPermissionsIn(channelId);
  if (perms & PERMISSION.Administrator) return true;
  return (perms & needs) === needs;
}

/**
 * 404 10003 for a channel that does not exist; 403 50001 "Missing Access" for one the bot cannot
 * see (no View Channel; a thread needs it on its parent); 403 50013 "Missing Permissions" without
 * `needs`.
 */
function channelAccess(st: FakeDiscordState, channelId: string, needs: bigint): Reply | undefined {
  const channel = st.channels.get(channelId);
  if (!channel) return unknownChannel;
  if (!can(st, channelId, PERMISSION.ViewChannel)) return missingAccess;
  if (needs && !can(st, channelId, needs)) return missingPermissions;
  return undefined;
}

// ---- application commands --------------------------------------------------------------------------

function stored(st: FakeDiscordState, c: Record<string, any>, guildId: string | undefined): Record<string, any> {
  return {
    ...c,
    id: st.newId(),
    application_id: st.applicationId,
    version: st.newId(),
    type: c.type ?? 1,
    ...(guildId ? { guild_id: guildId } : {}),
  };
}

function registerCommands(st: FakeDiscordState, ctx: Ctx, guildId: string | undefined): Reply {
  if (ctx.params[0] !== st.applicationId) return error(403, 50001, 'Missing Access');
  if (guildId !== undefined && guildId !== st.guildId) return error(403, 50001, 'Missing Access');
  if (!Array.isArray(ctx.body)) return error(400, 50035, 'Invalid Form Body: expected an array of commands');
  if (st.strict.commandValidation) {
    const refusal = registrationRefusal(ctx.body);
    if (refusal) return { status: refusal.status, body: refusal.body };
  }
  const registered = (ctx.body as Record<string, any>[]).map((c) => stored(st, c, guildId));
  st.commands = [...st.commands.filter((c) => c.guild_id !== guildId), ...registered];
  return json(registered);
}

function createCommand(st: FakeDiscordState, ctx: Ctx, guildId: string | undefined): Reply {
  if (ctx.params[0] !== st.applicationId) return error(403, 50001, 'Missing Access');
  if (guildId !== undefined && guildId !== st.guildId) return error(403, 50001, 'Missing Access');
  const body = (ctx.body ?? {}) as Record<string, any>;
  const others = st.commands.filter((c) => c.guild_id === guildId && !(c.name === body.name && (c.type ?? 1) === (body.type ?? 1)));
  if (st.strict.commandValidation) {
    const refusal = registrationRefusal([...others.map(({ id: _i, application_id: _a, version: _v, guild_id: _g, ...rest }) => rest), body]);
    if (refusal) {
      // Errors about the new command sit under its index in the list checked; Discord reports them at the top.
      const tree = refusal.body.errors as Record<string, any> | undefined;
      const own = tree?.[String(others.length)];
      return { status: refusal.status, body: own ? { ...refusal.body, errors: own } : refusal.body };
    }
  }
  const existed = others.length !== st.commands.filter((c) => c.guild_id === guildId).length;
  const command = stored(st, body, guildId);
  st.commands = [...st.commands.filter((c) => !(c.guild_id === guildId && c.name === body.name && (c.type ?? 1) === (body.type ?? 1))), command];
  return json(command, existed ? 200 : 201);
}

// ---- interactions --------------------------------------------------------------------------------

function interactionCallback(st: FakeDiscordState, ctx: Ctx): Reply {
  const [id, token] = ctx.params as [string, string];
  const it = st.interactions.get(token);
  if (!it || it.id !== id) return unknownInteraction;
  if (it.callbackType !== undefined) return error(400, 40060, 'Interaction has already been acknowledged.');
  // "you must send an initial response within 3 seconds of receiving the event. If the 3 second
  // deadline is exceeded, the token will be invalidated."
  if (st.strict.initialResponseDeadline && (it.lateCallbackAt !== undefined || st.now() - it.dispatchedAt > DISCORD_RULES.initialResponseMs)) {
    it.lateCallbackAt ??= st.now();
    return unknownInteraction;
  }
  const body = (ctx.body ?? {}) as { type?: number; data?: Record<string, any> };
  const data = body.data ?? {};
  if (typeof data.flags === 'number' && data.flags & ~RESPONSE_FLAGS)
    return error(400, 50035, `Invalid Form Body: flags ${data.flags} include flags a response may not set`);
  let message: StoredMessage | undefined;
  switch (body.type) {
    case Callback.Message: {
      const bad = invalidBody(ctx, data, true);
      if (bad) return bad;
      message = newMessage(st, it.channelId, data, { type: 20, webhook_id: st.applicationId, application_id: st.applicationId });
      it.originalMessageId = message.id;
      break;
    }
    case Callback.DeferredMessage:
      // "the only valid message flag you may use is EPHEMERAL"
      if (typeof data.flags === 'number' && data.flags & ~EPHEMERAL)
        return error(400, 50035, 'Invalid Form Body: a deferred response may only set the EPHEMERAL flag');
      message = newMessage(
        st,
        it.channelId,
        { flags: ((data.flags as number) ?? 0) | LOADING },
        { type: 20, webhook_id: st.applicationId, application_id: st.applicationId },
      );
      it.originalMessageId = message.id;
      it.awaitingFirstFollowUp = true;
      break;
    case Callback.DeferredUpdate:
    case Callback.UpdateMessage: {
      if (it.componentMessageId === undefined) return error(400, 50035, 'Invalid Form Body: update callbacks need a component interaction');
      message = st.messages.get(it.componentMessageId);
      if (!message) return unknownMessage;
      if (body.type === Callback.UpdateMessage) {
        const bad = invalidBody(ctx, data, true);
        if (bad) return bad;
        applyEdit(st, message, data);
      }
      it.originalMessageId = message.id;
      break;
    }
    case Callback.Autocomplete:
      if (it.type !== 4) return error(400, 50035, 'Invalid Form Body: autocomplete result for a non-autocomplete interaction');
      ctx.problems.push(...choiceProblems(data.choices));
      if (ctx.problems.length) return error(400, 50035, `Invalid Form Body: ${ctx.problems.join('; ')}`);
      it.choices = data.choices as unknown[];
      break;
    case Callback.Modal:
      break;
    default:
      return error(400, 50035, `Invalid Form Body: unknown callback type ${String(body.type)}`);
  }
  it.callbackType = body.type;
  it.answeredAt = st.now();
  if (ctx.query.with_response === 'true') {
    return json({
      interaction: {
        id: it.id,
        type: it.type,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: body.type === Callback.DeferredMessage,
        response_message_ephemeral: Boolean((message?.flags ?? 0) & EPHEMERAL),
      },
      resource:
        message && body.type !== Callback.DeferredMessage && body.type !== Callback.DeferredUpdate
          ? { type: body.type, message: publicMessage(message) }
          : { type: body.type },
    });
  }
  return noContent;
}

/**
 * The interaction a webhook route acts for, or why Discord refuses it: 404 10015 Unknown Webhook for
 * a token it does not know or never acknowledged (the webhook exists only once the interaction is
 * answered), 401 50027 Invalid Webhook Token once the token's 15 minutes are over.
 */
function interactionFor(st: FakeDiscordState, ctx: Ctx): InteractionRecord | Reply {
  const [app, token] = ctx.params as [string, string];
  const it = st.interactions.get(token);
  if (!it || app !== st.applicationId) return unknownWebhook;
  // "Interaction tokens are valid for 15 minutes"
  if (st.strict.tokenLifetime && st.now() - it.dispatchedAt > DISCORD_RULES.tokenLifetimeMs) return invalidWebhookToken;
  if (it.callbackType === undefined) return unknownWebhook;
  return it;
}

const isReply = (x: InteractionRecord | Reply): x is Reply => 'status' in x;

function webhookMessage(st: FakeDiscordState, ctx: Ctx, method: 'GET' | 'PATCH' | 'DELETE'): Reply {
  const it = interactionFor(st, ctx);
  if (isReply(it)) return it;
  const which = ctx.params[2]!;
  const original = which === '@original' || which === it.originalMessageId;
  const id = which === '@original' ? it.originalMessageId : it.followUpIds.includes(which) || which === it.originalMessageId ? which : undefined;
  const m = id ? st.messages.get(id) : undefined;
  if (!m) return unknownMessage;
  if (method === 'GET') return json(publicMessage(m));
  if (method === 'DELETE') {
    st.messages.delete(m.id);
    st.pins.get(m.channel_id)?.delete(m.id);
    if (original) it.originalDeleted = true;
    return noContent;
  }
  const body = (ctx.body ?? {}) as Record<string, any>;
  const bad = invalidBody(ctx, body, carriesMessage(body));
  if (bad) return bad;
  applyEdit(st, m, body);
  if (original) it.awaitingFirstFollowUp = false;
  return json(publicMessage(m));
}

/**
 * POST /webhooks/:app/:token. "When using this endpoint directly after responding to an interaction
 * with DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, this endpoint will function as Edit Original Interaction
 * Response [...] no new message will be created, and the loading message will be edited instead. The
 * ephemeral flag will be ignored, and the value you provided in the initial defer response will be
 * preserved". So after a deferral whose loading message was deleted, the follow-up edits a message
 * that is gone: 404 10008 Unknown Message (discord/discord-api-docs#2739).
 */
function followUp(st: FakeDiscordState, ctx: Ctx): Reply {
  const it = interactionFor(st, ctx);
  if (isReply(it)) return it;
  const body = (ctx.body ?? {}) as Record<string, any>;
  if (typeof body.flags === 'number' && body.flags & ~RESPONSE_FLAGS)
    return error(400, 50035, `Invalid Form Body: flags ${body.flags} include flags a message may not set`);
  const bad = invalidBody(ctx, body, true);
  if (bad) return bad;
  if (st.strict.deferredFollowUpEditsOriginal && it.callbackType === Callback.DeferredMessage && it.awaitingFirstFollowUp) {
    const original = it.originalMessageId ? st.messages.get(it.originalMessageId) : undefined;
    if (!original || it.originalDeleted) return unknownMessage;
    applyEdit(st, original, body);
    it.awaitingFirstFollowUp = false;
    return json(publicMessage(original));
  }
  const m = newMessage(st, it.channelId, body, { webhook_id: st.applicationId, application_id: st.applicationId });
  it.followUpIds.push(m.id);
  return json(publicMessage(m));
}

// ---- channel messages and pins ------------------------------------------------------------------------

function createChannelMessage(st: FakeDiscordState, ctx: Ctx): Reply {
  const channelId = ctx.params[0]!;
  const channel = st.channels.get(channelId);
  // "When operating on a guild channel, the current user must have the SEND_MESSAGES permission";
  // in a thread SEND_MESSAGES is not inherited: SEND_MESSAGES_IN_THREADS is what lets one post.
  const refused = channelAccess(st, channelId, channel && isThread(channel) ? PERMISSION.SendMessagesInThreads : PERMISSION.SendMessages);
  if (refused) return refused;
  if (channel?.archived) return archivedThread;
  const body = (ctx.body ?? {}) as Record<string, any>;
  const bad = invalidBody(ctx, body, true);
  if (bad) return bad;
  return json(publicMessage(newMessage(st, channelId, body)));
}

function editChannelMessage(st: FakeDiscordState, ctx: Ctx): Reply {
  // Editing one's own message needs View Channel, not Send Messages (discord/discord-api-docs#3096:
  // "Send Messages permission restricts the ability to send new messages, but does not prevent
  // existing messages from being updated or deleted").
  const refused = channelAccess(st, ctx.params[0]!, 0n);
  if (refused) return refused;
  const m = st.messages.get(ctx.params[1]!);
  if (!m || m.channel_id !== ctx.params[0] || m.flags & EPHEMERAL) return unknownMessage;
  if (st.channels.get(m.channel_id)?.archived) return archivedThread;
  if (m.author.id !== st.botUser.id) return error(403, 50005, 'Cannot edit a message authored by another user');
  const body = (ctx.body ?? {}) as Record<string, any>;
  const bad = invalidBody(ctx, body, carriesMessage(body));
  if (bad) return bad;
  applyEdit(st, m, body);
  return json(publicMessage(m));
}

/** When each message was pinned (server clock), newest first. */
function pinsNewestFirst(st: FakeDiscordState, channelId: string): { message: StoredMessage; pinnedAt: number }[] {
  return st
    .pinned(channelId)
    .map((message) => ({ message, pinnedAt: st.pinnedAt.get(message.id) ?? Date.parse(message.timestamp) }))
    .sort((a, b) => b.pinnedAt - a.pinnedAt);
}

/** Pins a message as the pin route does, without a request: for tests that need a channel full of pins. */
export function pinDirectly(st: FakeDiscordState, m: StoredMessage): void {
  const set = st.pins.get(m.channel_id) ?? new Set<string>();
  st.pins.set(m.channel_id, set);
  set.add(m.id);
  m.pinned = true;
  st.pinnedAt.set(m.id, st.now());
}

/** GET /channels/:id/messages/pins: `limit` 1-50 (default 50), `before` an ISO8601 timestamp; `items` and `has_more`. */
function listPins(st: FakeDiscordState, ctx: Ctx): Reply {
  const channelId = ctx.params[0]!;
  const refused = channelAccess(st, channelId, 0n);
  if (refused) return refused;
  const limit = ctx.query.limit === undefined ? 50 : Number(ctx.query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 50)
    return {
      status: 400,
      body: {
        code: 50035,
        message: 'Invalid Form Body',
        errors: { limit: { _errors: [{ code: 'NUMBER_TYPE_MAX', message: 'int value should be between 1 and 50.' }] } },
      },
    };
  // "If the user is missing the READ_MESSAGE_HISTORY permission in the channel, then no pins will be returned."
  if (!can(st, channelId, PERMISSION.ReadMessageHistory)) return json({ items: [], has_more: false });
  const before = ctx.query.before ? Date.parse(ctx.query.before) : Infinity;
  const all = pinsNewestFirst(st, channelId).filter((p) => p.pinnedAt < before);
  return json({
    items: all.slice(0, limit).map((p) => ({ pinned_at: new Date(p.pinnedAt).toISOString(), message: publicMessage(p.message) })),
    has_more: all.length > limit,
  });
}

function pin(st: FakeDiscordState, ctx: Ctx, on: boolean): Reply {
  const [channelId, messageId] = ctx.params as [string, string];
  // "Pin a message in a channel. Requires the PIN_MESSAGES permission."
  const refused = channelAccess(st, channelId, PIN_MESSAGES);
  if (refused) return refused;
  const m = st.messages.get(messageId);
  if (!m || m.channel_id !== channelId || m.flags & EPHEMERAL) return unknownMessage;
  const set = st.pins.get(channelId) ?? new Set<string>();
  st.pins.set(channelId, set);
  if (on) {
    if (set.has(messageId)) return noContent;
    // JSON code 30003: "Maximum number of pins reached for the channel (250)"
    if (st.strict.pinCap && set.size >= DISCORD_RULES.maxPins) return error(400, 30003, `Maximum number of pins reached (${DISCORD_RULES.maxPins})`);
    pinDirectly(st, m);
  } else {
    set.delete(messageId);
    m.pinned = false;
    st.pinnedAt.delete(messageId);
  }
  return noContent;
}
