import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messageLimitProblems, mentionProblems, choiceProblems } from './limits.js';
import { snowflake, type FakeDiscordState, type InteractionRecord, type StoredMessage } from './state.js';

export const PIN_MESSAGES = 1n << 51n;
const EPHEMERAL = 1 << 6;
const LOADING = 1 << 7;

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

const json = (body: unknown, status = 200): Reply => ({ status, body });
const noContent: Reply = { status: 204 };
const error = (status: number, code: number, message: string): Reply => ({ status, body: { code, message } });
const missingPermissions = error(403, 50013, 'Missing Permissions');
const unknownMessage = error(404, 10008, 'Unknown Message');
const unknownInteraction = error(404, 10062, 'Unknown interaction');
const unknownWebhook = error(404, 10015, 'Unknown Webhook');

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

  constructor(private readonly state: FakeDiscordState, private readonly gatewayUrl: () => string) {
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
    add('GET', '/applications/:app/commands', (st) => json(st.commands.filter((c) => !c.guild_id)));
    add('GET', '/applications/:app/guilds/:guild/commands', (st, ctx) => json(st.commands.filter((c) => c.guild_id === ctx.params[1])));
    add('POST', '/interactions/:id/:token/callback', interactionCallback);
    add('GET', '/webhooks/:app/:token/messages/:message', (st, ctx) => webhookMessage(st, ctx, 'GET'));
    add('PATCH', '/webhooks/:app/:token/messages/:message', (st, ctx) => webhookMessage(st, ctx, 'PATCH'));
    add('DELETE', '/webhooks/:app/:token/messages/:message', (st, ctx) => webhookMessage(st, ctx, 'DELETE'));
    add('POST', '/webhooks/:app/:token', followUp);
    add('GET', '/channels/:channel', (st, ctx) => (ctx.params[0] === st.channelId ? json(channelObject(st)) : error(404, 10003, 'Unknown Channel')));
    add('GET', '/channels/:channel/messages', (st, ctx) => json(st.channelMessages(ctx.params[0]!).filter((m) => !(m.flags & EPHEMERAL)).reverse().map(publicMessage)));
    add('POST', '/channels/:channel/messages', createChannelMessage);
    add('GET', '/channels/:channel/messages/pins', (st, ctx) =>
      json({ items: st.pinned(ctx.params[0]!).map((m) => ({ pinned_at: m.timestamp, message: publicMessage(m) })), has_more: false }),
    );
    add('PUT', '/channels/:channel/messages/pins/:message', (st, ctx) => pin(st, ctx, true));
    add('DELETE', '/channels/:channel/messages/pins/:message', (st, ctx) => pin(st, ctx, false));
    add('GET', '/channels/:channel/pins', (st, ctx) => json(st.pinned(ctx.params[0]!).map(publicMessage)));
    add('PUT', '/channels/:channel/pins/:message', (st, ctx) => pin(st, ctx, true));
    add('DELETE', '/channels/:channel/pins/:message', (st, ctx) => pin(st, ctx, false));
    add('GET', '/channels/:channel/messages/:message', (st, ctx) => {
      const m = st.messages.get(ctx.params[1]!);
      return m && m.channel_id === ctx.params[0] && !(m.flags & EPHEMERAL) ? json(publicMessage(m)) : unknownMessage;
    });
    add('PATCH', '/channels/:channel/messages/:message', editChannelMessage);
    add('DELETE', '/channels/:channel/messages/:message', (st, ctx) => {
      const m = st.messages.get(ctx.params[1]!);
      if (!m || m.channel_id !== ctx.params[0]) return unknownMessage;
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
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = undefined;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    // discord.js prefixes every route with the API version: /v10/...
    const path = url.pathname.replace(/^\/api/, '').replace(/^\/v\d+/, '');
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
      this.state.record({ method, path: url.pathname, query: {}, body: undefined, authorization: req.headers.authorization, status: 200, route: 'GET /attachments/:channel/:id/:name', problems: [] });
      res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': String(file.bytes.length) });
      res.end(file.bytes);
      return;
    }
    const failure = this.state.takeFailure(method, path);
    const route = this.routes.find((r) => r.method === method && r.pattern.test(path));
    if (route) routeName = route.name;
    if (failure) {
      reply = {
        status: failure.status,
        body: { message: 'You are being rate limited.', retry_after: failure.retryAfterSeconds, global: false },
        headers: { 'Retry-After': String(failure.retryAfterSeconds), 'X-RateLimit-Scope': 'user' },
      };
    } else if (!route) {
      reply = error(404, 0, '404: Not Found');
    } else if (needsBotAuth(path) && ctx.authorization !== `Bot ${this.state.token}`) {
      reply = error(401, 0, '401: Unauthorized');
    } else {
      ctx.params = path.match(route.pattern)!.slice(1).map(decodeURIComponent);
      try {
        reply = route.handler(this.state, ctx, this);
      } catch (e) {
        reply = error(500, 0, `fake server error: ${(e as Error).message}`);
      }
    }
    // Record before answering, so a test that awaits the bot's promise sees its requests already.
    this.state.record({
      method,
      path,
      query: ctx.query,
      body: ctx.body,
      authorization: ctx.authorization,
      status: reply.status,
      route: routeName,
      token: ctx.token,
      problems: ctx.problems,
    });
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body !== undefined) headers['Content-Type'] = 'application/json';
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
  return { id: st.applicationId, name: 'eventdesk', icon: null, description: '', bot_public: true, bot_require_code_grant: false, flags: 0, bot: st.botUser, verify_key: '0', team: null };
}

export function channelObject(st: FakeDiscordState) {
  return { id: st.channelId, type: 0, guild_id: st.guildId, name: 'general', position: 0, permission_overwrites: [], nsfw: false, topic: null, last_message_id: null, parent_id: null, rate_limit_per_user: 0 };
}

/** The message as the API returns it (without the server's bookkeeping). */
export function publicMessage(m: StoredMessage): Record<string, unknown> {
  const { history: _history, ...rest } = m;
  return rest;
}

function newMessage(st: FakeDiscordState, channelId: string, body: Record<string, any>, extra: Partial<StoredMessage> = {}): StoredMessage {
  const m: StoredMessage = {
    id: snowflake(),
    channel_id: channelId,
    guild_id: st.guildId,
    author: st.botUser,
    content: typeof body.content === 'string' ? body.content : '',
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    flags: typeof body.flags === 'number' ? body.flags : 0,
    pinned: false,
    timestamp: new Date().toISOString(),
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

function applyEdit(m: StoredMessage, body: Record<string, any>): void {
  if (body.content !== undefined) m.content = body.content ?? '';
  if (body.embeds !== undefined) m.embeds = body.embeds ?? [];
  if (body.components !== undefined) m.components = body.components ?? [];
  if (typeof body.flags === 'number') m.flags = (m.flags & EPHEMERAL) | (body.flags & ~LOADING);
  else m.flags &= ~LOADING;
  m.edited_timestamp = new Date().toISOString();
  m.history.push(body);
}

function registerCommands(st: FakeDiscordState, ctx: Ctx, guildId: string | undefined): Reply {
  if (ctx.params[0] !== st.applicationId) return error(403, 50001, 'Missing Access');
  if (!Array.isArray(ctx.body)) return error(400, 50035, 'Invalid Form Body: expected an array of commands');
  const registered = (ctx.body as Record<string, any>[]).map((c) => ({
    ...c,
    id: snowflake(),
    application_id: st.applicationId,
    version: snowflake(),
    type: c.type ?? 1,
    ...(guildId ? { guild_id: guildId } : {}),
  }));
  st.commands = [...st.commands.filter((c) => c.guild_id !== guildId), ...registered];
  return json(registered);
}

function interactionCallback(st: FakeDiscordState, ctx: Ctx): Reply {
  const [id, token] = ctx.params as [string, string];
  const it = st.interactions.get(token);
  if (!it || it.id !== id) return unknownInteraction;
  if (it.callbackType !== undefined) return error(400, 40060, 'Interaction has already been acknowledged.');
  const body = (ctx.body ?? {}) as { type?: number; data?: Record<string, any> };
  const data = body.data ?? {};
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
      message = newMessage(st, it.channelId, { flags: ((data.flags as number) ?? 0) | LOADING }, { type: 20, webhook_id: st.applicationId, application_id: st.applicationId });
      it.originalMessageId = message.id;
      break;
    case Callback.DeferredUpdate:
    case Callback.UpdateMessage: {
      if (it.componentMessageId === undefined) return error(400, 50035, 'Invalid Form Body: update callbacks need a component interaction');
      message = st.messages.get(it.componentMessageId);
      if (!message) return unknownMessage;
      if (body.type === Callback.UpdateMessage) {
        const bad = invalidBody(ctx, data, true);
        if (bad) return bad;
        applyEdit(message, data);
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
  if (ctx.query.with_response === 'true') {
    return json({
      interaction: { id: it.id, type: it.type, activity_instance_id: null, response_message_id: message?.id ?? null, response_message_loading: body.type === Callback.DeferredMessage, response_message_ephemeral: Boolean((message?.flags ?? 0) & EPHEMERAL) },
      resource: message ? { type: body.type, message: publicMessage(message) } : { type: body.type },
    });
  }
  return noContent;
}

function interactionFor(st: FakeDiscordState, ctx: Ctx): InteractionRecord | undefined {
  const [app, token] = ctx.params as [string, string];
  const it = st.interactions.get(token);
  return it && app === st.applicationId ? it : undefined;
}

function webhookMessage(st: FakeDiscordState, ctx: Ctx, method: 'GET' | 'PATCH' | 'DELETE'): Reply {
  const it = interactionFor(st, ctx);
  if (!it) return unknownWebhook;
  const which = ctx.params[2]!;
  const id = which === '@original' ? it.originalMessageId : it.followUpIds.includes(which) || which === it.originalMessageId ? which : undefined;
  const m = id ? st.messages.get(id) : undefined;
  if (!m) return unknownMessage;
  if (method === 'GET') return json(publicMessage(m));
  if (method === 'DELETE') {
    st.messages.delete(m.id);
    return noContent;
  }
  const body = (ctx.body ?? {}) as Record<string, any>;
  const bad = invalidBody(ctx, body, carriesMessage(body));
  if (bad) return bad;
  applyEdit(m, body);
  return json(publicMessage(m));
}

function followUp(st: FakeDiscordState, ctx: Ctx): Reply {
  const it = interactionFor(st, ctx);
  if (!it) return unknownWebhook;
  if (it.callbackType === undefined) return error(400, 40060, 'Interaction has not been acknowledged.');
  const body = (ctx.body ?? {}) as Record<string, any>;
  const bad = invalidBody(ctx, body, true);
  if (bad) return bad;
  const m = newMessage(st, it.channelId, body, { webhook_id: st.applicationId, application_id: st.applicationId });
  it.followUpIds.push(m.id);
  return json(publicMessage(m));
}

function createChannelMessage(st: FakeDiscordState, ctx: Ctx): Reply {
  if (ctx.params[0] !== st.channelId) return error(404, 10003, 'Unknown Channel');
  const body = (ctx.body ?? {}) as Record<string, any>;
  const bad = invalidBody(ctx, body, true);
  if (bad) return bad;
  return json(publicMessage(newMessage(st, st.channelId, body)));
}

function editChannelMessage(st: FakeDiscordState, ctx: Ctx): Reply {
  const m = st.messages.get(ctx.params[1]!);
  if (!m || m.channel_id !== ctx.params[0] || m.flags & EPHEMERAL) return unknownMessage;
  if (m.author.id !== st.botUser.id) return error(403, 50005, 'Cannot edit a message authored by another user');
  const body = (ctx.body ?? {}) as Record<string, any>;
  const bad = invalidBody(ctx, body, carriesMessage(body));
  if (bad) return bad;
  applyEdit(m, body);
  return json(publicMessage(m));
}

function pin(st: FakeDiscordState, ctx: Ctx, on: boolean): Reply {
  const [channelId, messageId] = ctx.params as [string, string];
  const m = st.messages.get(messageId);
  if (!m || m.channel_id !== channelId || m.flags & EPHEMERAL) return unknownMessage;
  if ((st.botPermissions & PIN_MESSAGES) === 0n) return missingPermissions;
  const set = st.pins.get(channelId) ?? new Set<string>();
  st.pins.set(channelId, set);
  if (on) set.add(messageId);
  else set.delete(messageId);
  m.pinned = on;
  return noContent;
}
