import { randomBytes } from 'node:crypto';
import type { RateLimitData } from 'discord.js';
import { FakeGateway } from './gateway.js';
import { Callback, EPHEMERAL, FakeRest, PERMISSION, PIN_MESSAGES, channelObject, newMessage, pinDirectly, publicMessage, type Hold } from './rest.js';
import {
  ChannelType,
  DISCORD_RULES,
  FakeClock,
  FakeDiscordState,
  snowflake,
  type FakeChannel,
  type FakeUser,
  type InteractionRecord,
  type RecordedRequest,
  type StoredMessage,
  type Strictness,
} from './state.js';

export { PIN_MESSAGES, Callback, PERMISSION } from './rest.js';
export type { Hold } from './rest.js';
export { FakeClock, DISCORD_RULES, STRICT, ChannelType } from './state.js';
export type { RecordedRequest, StoredMessage, InteractionRecord, Strictness, FakeChannel } from './state.js';

// The server's own waiting uses the timers as they were when it loaded, so a test that installs
// vitest's fake timers (to move the bot's clock) does not also freeze the server's polling.
const realSetTimeout = globalThis.setTimeout;
const realClearTimeout = globalThis.clearTimeout;
const realSetInterval = globalThis.setInterval;
const realClearInterval = globalThis.clearInterval;
const sleep = (ms: number) => new Promise<void>((r) => realSetTimeout(r, ms));

/** Permission bits (https://discord.com/developers/docs/topics/permissions). */
export const Permission = {
  ViewChannel: PERMISSION.ViewChannel,
  SendMessages: PERMISSION.SendMessages,
  ManageMessages: PERMISSION.ManageMessages,
  EmbedLinks: PERMISSION.EmbedLinks,
  ReadMessageHistory: PERMISSION.ReadMessageHistory,
  UseApplicationCommands: PERMISSION.UseApplicationCommands,
  SendMessagesInThreads: PERMISSION.SendMessagesInThreads,
  PinMessages: PIN_MESSAGES,
} as const;

/** What an ordinary member can do in a channel; no pinning. */
export const MEMBER_PERMISSIONS =
  Permission.ViewChannel | Permission.SendMessages | Permission.EmbedLinks | Permission.ReadMessageHistory | Permission.UseApplicationCommands;
export const MODERATOR_PERMISSIONS = MEMBER_PERMISSIONS | Permission.ManageMessages | Permission.PinMessages;
/**
 * `app_permissions` in a DM: "includes ATTACH_FILES | EMBED_LINKS | MENTION_EVERYONE permissions for
 * (G)DMs with other users, and additionally includes USE_EXTERNAL_EMOJIS for DMs with the app's bot
 * user" (on top of what any DM allows: viewing, sending, reading history).
 */
export const DM_APP_PERMISSIONS =
  PERMISSION.ViewChannel |
  PERMISSION.SendMessages |
  PERMISSION.ReadMessageHistory |
  PERMISSION.AttachFiles |
  PERMISSION.EmbedLinks |
  PERMISSION.MentionEveryone |
  PERMISSION.UseExternalEmojis;

const InteractionType = { Command: 2, Component: 3, Autocomplete: 4 } as const;
const OptionType = { String: 3, Integer: 4, Boolean: 5, Number: 10, Attachment: 11 } as const;

export interface FakeUserSpec {
  id: string;
  username: string;
}

export interface InteractOptions {
  user?: FakeUserSpec;
  /** The member's permissions in the channel (payload `member.permissions`). */
  memberPermissions?: bigint;
  /** The bot's permissions in the channel (payload `app_permissions`); by default what the server enforces there. */
  appPermissions?: bigint;
  /** The channel (or thread) the interaction comes from; the default text channel otherwise. */
  channelId?: string;
}

export interface DmOptions {
  user?: FakeUserSpec;
  /**
   * How the app is installed for this DM: `guild` (installed to a server the user shares with the
   * bot: authorizing_integration_owners {"0": "0"}) or `user` (installed to the user: {"1": user id}).
   */
  installation?: 'guild' | 'user';
}

/** An uploaded file, as Discord describes it in `data.resolved.attachments`; served by the fake REST. */
export interface FakeAttachment {
  id: string;
  filename: string;
  size: number;
  url: string;
  proxy_url: string;
  content_type?: string;
}

export type OptionValue = string | number | boolean | FakeAttachment;

const isAttachment = (v: OptionValue): v is FakeAttachment => typeof v === 'object' && v !== null && 'filename' in v;

/** Everything the bot did for one interaction, once it has finished answering. */
export interface InteractionOutcome {
  interaction: InteractionRecord;
  callbackType: number | undefined;
  /** The message `@original` refers to (the reply, or the message a button updated). */
  original: StoredMessage | undefined;
  followUps: StoredMessage[];
  choices: unknown[] | undefined;
  /** The bot's requests that carried this interaction's token, in order. */
  requests: RecordedRequest[];
  /** Milliseconds from the dispatch to the first callback request (Discord allows 3000). */
  ackMs: number | undefined;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  /** The bot's own permissions in the test channel, enforced on pins. */
  botPermissions?: bigint;
  /** The shard count GET /gateway/bot recommends (default 1). */
  shards?: number;
  /** Gateway heartbeat interval; short enough that a test sees beats, long enough not to spam. */
  heartbeatIntervalMs?: number;
  /** The server's clock; a test keeps a handle to move it forward. */
  clock?: FakeClock;
  /** Rules to switch off (all on by default): only where a test needs otherwise, and say why. */
  strict?: Partial<Strictness>;
}

/**
 * A Discord-compatible server on loopback: REST on one port, the gateway on another. Tests drive it
 * as Discord would (dispatching real interaction payloads) and read back every request the bot made.
 */
export class FakeDiscord {
  readonly state: FakeDiscordState;
  readonly rest: FakeRest;
  readonly gateway: FakeGateway;
  readonly asker: FakeUserSpec = { id: snowflake(), username: 'asker' };
  readonly bystander: FakeUserSpec = { id: snowflake(), username: 'bystander' };
  /** Fallback option types when a command was not registered through the REST API. */
  private definitions: Record<string, any>[] = [];

  constructor(options: FakeDiscordOptions = {}) {
    this.state = new FakeDiscordState(
      options.token ?? `test.${randomBytes(12).toString('base64url')}`,
      options.applicationId ?? snowflake(),
      options.botPermissions ?? MODERATOR_PERMISSIONS,
      { clock: options.clock, strict: options.strict },
    );
    this.state.recommendedShards = options.shards ?? 1;
    this.gateway = new FakeGateway(this.state, options.heartbeatIntervalMs ?? 15_000);
    this.rest = new FakeRest(this.state, () => this.gateway.url);
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await fake.gateway.start();
    await fake.rest.start();
    return fake;
  }

  async stop(): Promise<void> {
    await this.gateway.stop();
    await this.rest.stop();
  }

  get token(): string {
    return this.state.token;
  }
  get applicationId(): string {
    return this.state.applicationId;
  }
  /** What to give discord.js as `rest.api` (DISCORD_API_URL). */
  get apiUrl(): string {
    return this.rest.url;
  }
  get guildId(): string {
    return this.state.guildId;
  }
  get channelId(): string {
    return this.state.channelId;
  }
  get requests(): RecordedRequest[] {
    return this.state.requests;
  }
  /** The server's clock: `fake.clock.advance(15 * 60_000)` ages every interaction token by 15 minutes. */
  get clock(): FakeClock {
    return this.state.clock;
  }
  /** What the server enforces; a test may switch one rule off (and should say why). */
  get strict(): Strictness {
    return this.state.strict;
  }

  /** Command definitions (as JSON) used to type options when the bot has not registered its own. */
  useDefinitions(definitions: Record<string, any>[]): void {
    this.definitions = definitions;
  }

  /**
   * Answers the next `count` requests matching `route` (a path pattern) with a per-route 429:
   * `retry_after`, Retry-After, the bucket's X-RateLimit headers with Remaining 0, X-RateLimit-Scope
   * (`user` by default; `shared` 429s do not count as invalid requests).
   */
  rateLimitOnce(method: string, route: RegExp, retryAfterSeconds = 0.3, count = 1, scope: Exclude<RateLimitData['scope'], 'global'> = 'user'): void {
    this.state.failures.push({ method, route, status: 429, retryAfterSeconds, remaining: count, scope });
  }

  /** Refuses the next `count` requests matching `route` (a path pattern) with `status` and a JSON error `{ code, message }`, as Discord would for a reason the test chooses. */
  failOnce(method: string, route: RegExp, status: number, code: number, message: string, count = 1): void {
    this.state.failures.push({ method, route, status, retryAfterSeconds: 0, remaining: count, code, message });
  }

  /** Answers the next `count` requests matching `route` with the global 429: `global: true`, X-RateLimit-Global: true, X-RateLimit-Scope: global. */
  rateLimitGlobalOnce(method: string, route: RegExp, retryAfterSeconds = 0.3, count = 1): void {
    this.state.failures.push({ method, route, status: 429, retryAfterSeconds, remaining: count, global: true, scope: 'global' });
  }

  /** Gives the routes matching `route` a bucket of `limit` requests per `windowMs`, enforced with 429s (per top-level resource, as Discord counts). */
  limitRoute(method: string, route: RegExp, limit: number, windowMs: number): void {
    this.state.routeLimits.unshift({ method, route, limit, windowMs });
  }

  /** Holds back the response to the next request matching `method` and `route` until `release()`; the request itself is handled (and timed) on arrival. */
  holdResponse(method: string, route: RegExp): Hold {
    return this.rest.hold(method, route);
  }

  /**
   * Requests Discord counts toward its invalid-request limit ("10,000 per 10 minutes. An invalid
   * request is one that results in 401, 403, or 429 statuses"; a 429 with X-RateLimit-Scope: shared
   * is not counted), within the last 10 minutes of the server's clock.
   */
  invalidRequests(): { count: number; limit: number; windowMs: number; requests: RecordedRequest[] } {
    const since = this.state.now() - DISCORD_RULES.invalidRequestWindowMs;
    const requests = this.state.requests.filter(
      (r) => r.at > since && (r.status === 401 || r.status === 403 || (r.status === 429 && r.headers?.['X-RateLimit-Scope'] !== 'shared')),
    );
    return { count: requests.length, limit: DISCORD_RULES.invalidRequestLimit, windowMs: DISCORD_RULES.invalidRequestWindowMs, requests };
  }

  /**
   * Interactions Discord would show as failed ("The application did not respond"): no initial
   * response accepted within 3 s of the dispatch, by the server's clock.
   */
  unanswered(): InteractionRecord[] {
    const now = this.state.now();
    return [...this.state.interactions.values()].filter(
      (it) => it.lateCallbackAt !== undefined || (it.callbackType === undefined && now - it.dispatchedAt > DISCORD_RULES.initialResponseMs),
    );
  }

  // ---- channels, permissions, pins ------------------------------------------------------------

  /** A thread under a text channel (the default one): public unless `private`, the bot's permissions its parent's unless given. */
  addThread(options: { parentId?: string; name?: string; private?: boolean; botPermissions?: bigint; archived?: boolean } = {}): FakeChannel {
    const parentId = options.parentId ?? this.channelId;
    const thread: FakeChannel = {
      id: this.state.newId(),
      type: options.private ? ChannelType.PrivateThread : ChannelType.PublicThread,
      guildId: this.guildId,
      name: options.name ?? 'a thread',
      parentId,
      ...(options.botPermissions !== undefined ? { botPermissions: options.botPermissions } : {}),
      ...(options.archived ? { archived: true } : {}),
    };
    this.state.channels.set(thread.id, thread);
    this.tell('THREAD_CREATE', { ...channelObject(this.state, thread), newly_created: true });
    return thread;
  }

  /** Another text channel in the guild. */
  /** A text channel, in the test guild or (`guildId`) in another server the bot is in: interactions from it carry that guild. */
  addChannel(options: { name?: string; botPermissions?: bigint; guildId?: string } = {}): FakeChannel {
    const channel: FakeChannel = {
      id: this.state.newId(),
      type: ChannelType.GuildText,
      guildId: options.guildId ?? this.guildId,
      name: options.name ?? 'another',
      ...(options.botPermissions !== undefined ? { botPermissions: options.botPermissions } : {}),
    };
    this.state.channels.set(channel.id, channel);
    this.tell('CHANNEL_CREATE', channelObject(this.state, channel));
    return channel;
  }

  /** Sets the bot's permissions in one channel or thread (`undefined`: back to the parent's or guild-wide ones). */
  setBotPermissions(channelId: string, permissions: bigint | undefined): void {
    const channel = this.state.channels.get(channelId);
    if (!channel) throw new Error(`no channel ${channelId}`);
    if (permissions === undefined) delete channel.botPermissions;
    else channel.botPermissions = permissions;
    this.tell(channel.parentId ? 'THREAD_UPDATE' : 'CHANNEL_UPDATE', channelObject(this.state, channel));
  }

  /**
   * Fills a channel with `count` pinned messages by someone else, without a request each: a test
   * of the 250-pin cap starts from a full channel at once. Returns the messages.
   */
  fillPins(count: number, channelId = this.channelId): StoredMessage[] {
    const author: FakeUser = { id: this.bystander.id, username: this.bystander.username, discriminator: '0', global_name: null, avatar: null };
    return Array.from({ length: count }, (_, i) => {
      const m = newMessage(this.state, channelId, { content: `pinned note ${i + 1}` }, { author });
      pinDirectly(this.state, m);
      return m;
    });
  }

  /** The bot's view of a channel changed: tell it over the gateway when it is connected. */
  private tell(event: string, data: unknown): void {
    if (this.gateway.connected) this.gateway.dispatch(event, data);
  }

  /** Every problem (limits, mentions) found in any body the bot sent. */
  problems(): { request: string; problems: string[] }[] {
    return this.state.requests.filter((r) => r.problems.length).map((r) => ({ request: `${r.method} ${r.path}`, problems: r.problems }));
  }

  /** Requests that hit no known route: the bot called something this server (and the test) does not expect. */
  unknownRoutes(): string[] {
    return this.state.requests.filter((r) => r.route === 'unknown').map((r) => `${r.method} ${r.path}`);
  }

  // ---- interactions -------------------------------------------------------------------------

  /** A slash command; `name` may name a sub-command after a space (`story create`), as Discord nests it. */
  command(name: string, options: Record<string, OptionValue> = {}, opts: InteractOptions = {}): InteractionRecord {
    const [top, subcommand] = name.split(' ') as [string, string | undefined];
    const def = this.definition(top);
    const attachments = Object.values(options).filter(isAttachment);
    const resolved = attachments.length ? { resolved: { attachments: Object.fromEntries(attachments.map((a) => [a.id, a])) } } : {};
    const subDef = subcommand ? (def?.options as Record<string, any>[] | undefined)?.find((o) => o.name === subcommand) : undefined;
    const list = subcommand ? [{ name: subcommand, type: 1, options: this.options(subDef, options) }] : this.options(def, options);
    return this.send(InteractionType.Command, { id: def?.id ?? snowflake(), name: top, type: 1, options: list, ...resolved }, opts);
  }

  /**
   * A slash command from the user's DM with the bot, as Discord sends it: no `guild_id` or `guild`,
   * `user` instead of `member`, `context` 1 (BOT_DM), a channel of type 1, app_permissions of a DM,
   * and authorizing_integration_owners {"0": "0"} (installed to a server) or {"1": user id}.
   */
  dmCommand(name: string, options: Record<string, OptionValue> = {}, opts: DmOptions = {}): InteractionRecord {
    const def = this.definition(name);
    return this.send(
      InteractionType.Command,
      { id: def?.id ?? snowflake(), name, type: 1, options: this.options(def, options) },
      { user: opts.user },
      undefined,
      {
        installation: opts.installation ?? 'guild',
      },
    );
  }

  /** Sends a slash command from a DM and waits for the bot's answer. */
  async runInDm(name: string, options: Record<string, OptionValue> = {}, opts: DmOptions = {}): Promise<InteractionOutcome> {
    return this.outcome(this.dmCommand(name, options, opts));
  }

  /** The DM channel between the bot and `user`, made on first use. */
  dmChannel(user: FakeUserSpec): FakeChannel {
    const existing = [...this.state.channels.values()].find((c) => c.type === ChannelType.DM && c.recipient?.id === user.id);
    if (existing) return existing;
    const channel: FakeChannel = {
      id: this.state.newId(),
      type: ChannelType.DM,
      name: '',
      recipient: { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null },
    };
    this.state.channels.set(channel.id, channel);
    return channel;
  }

  /** Stores a file as if a user had uploaded it; its URL (on this server) goes in an attachment option. */
  attachment(filename: string, content: string | Uint8Array, contentType?: string): FakeAttachment {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const id = this.state.newId();
    const url = `${this.rest.url}/attachments/${this.channelId}/${id}/${encodeURIComponent(filename)}`;
    this.state.files.set(`/attachments/${this.channelId}/${id}/${encodeURIComponent(filename)}`, {
      bytes,
      contentType: contentType ?? 'application/octet-stream',
    });
    return { id, filename, size: bytes.length, url, proxy_url: url, ...(contentType ? { content_type: contentType } : {}) };
  }

  /** Autocomplete of an option; `name` may name a sub-command after a space (`feed remove`), whose options Discord nests under it. */
  autocomplete(name: string, focused: string, options: Record<string, OptionValue> = {}, opts: InteractOptions = {}): InteractionRecord {
    const [top, subcommand] = name.split(' ') as [string, string | undefined];
    const def = this.definition(top);
    const subDef = subcommand ? (def?.options as Record<string, any>[] | undefined)?.find((o) => o.name === subcommand) : undefined;
    const list = this.options(subcommand ? subDef : def, options).map((o) =>
      o.name === focused ? { ...o, type: OptionType.String, value: String(o.value), focused: true } : o,
    );
    if (!list.some((o) => o.name === focused)) list.push({ name: focused, type: OptionType.String, value: '', focused: true });
    const nested = subcommand ? [{ name: subcommand, type: 1, options: list }] : list;
    return this.send(InteractionType.Autocomplete, { id: def?.id ?? snowflake(), name: top, type: 1, options: nested }, opts);
  }

  button(message: StoredMessage, customId: string, opts: InteractOptions = {}): InteractionRecord {
    return this.send(InteractionType.Component, { custom_id: customId, component_type: 2 }, opts, message);
  }

  /** Dispatches INTERACTION_CREATE with a payload shaped like Discord's. */
  private send(
    type: number,
    data: Record<string, unknown>,
    opts: InteractOptions,
    message?: StoredMessage,
    dm?: { installation: 'guild' | 'user' },
  ): InteractionRecord {
    const user = opts.user ?? this.asker;
    const now = this.state.now();
    const channel = dm ? this.dmChannel(user) : this.state.channels.get(opts.channelId ?? this.channelId);
    if (!channel) throw new Error(`no channel ${opts.channelId}`);
    const record: InteractionRecord = {
      id: snowflake(now),
      token: `itoken.${randomBytes(24).toString('base64url')}`,
      applicationId: this.applicationId,
      channelId: channel.id,
      ...(dm ? {} : { guildId: channel.guildId ?? this.guildId }),
      type,
      userId: user.id,
      context: dm ? 1 : 0,
      dispatchedAt: now,
      componentMessageId: message?.id,
      followUpIds: [],
    };
    this.state.interactions.set(record.token, record);
    const userObject = { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null };
    const where = dm
      ? {
          user: userObject,
          app_permissions: (opts.appPermissions ?? DM_APP_PERMISSIONS).toString(),
          authorizing_integration_owners: dm.installation === 'user' ? { '1': user.id } : { '0': '0' },
          context: 1,
        }
      : {
          guild_id: channel.guildId ?? this.guildId,
          guild: { id: channel.guildId ?? this.guildId, locale: 'en-US', features: [] },
          member: {
            user: userObject,
            roles: [],
            permissions: (opts.memberPermissions ?? MEMBER_PERMISSIONS).toString(),
            joined_at: new Date(now).toISOString(),
            deaf: false,
            mute: false,
            flags: 0,
            pending: false,
            nick: null,
            avatar: null,
            premium_since: null,
            communication_disabled_until: null,
          },
          app_permissions: (opts.appPermissions ?? this.state.botPermissionsIn(channel.id)).toString(),
          guild_locale: 'en-US',
          authorizing_integration_owners: { '0': this.guildId },
          context: 0,
        };
    this.gateway.dispatch('INTERACTION_CREATE', {
      id: record.id,
      application_id: this.applicationId,
      type,
      data,
      channel_id: channel.id,
      channel: channelObject(this.state, channel),
      token: record.token,
      version: 1,
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
      ...where,
      ...(message ? { message: publicMessage(message) } : {}),
    });
    return record;
  }

  private definition(name: string): Record<string, any> | undefined {
    return this.state.commands.find((c) => c.name === name) ?? this.definitions.find((c) => c.name === name);
  }

  private options(
    def: Record<string, any> | undefined,
    values: Record<string, OptionValue>,
  ): { name: string; type: number; value: string | number | boolean; focused?: boolean }[] {
    return Object.entries(values).map(([name, value]) => {
      if (isAttachment(value)) return { name, type: OptionType.Attachment, value: value.id };
      const declared = (def?.options as { name: string; type: number }[] | undefined)?.find((o) => o.name === name);
      const type =
        declared?.type ??
        (typeof value === 'boolean'
          ? OptionType.Boolean
          : typeof value === 'number'
            ? Number.isInteger(value)
              ? OptionType.Integer
              : OptionType.Number
            : OptionType.String);
      return { name, type, value };
    });
  }

  // ---- waiting --------------------------------------------------------------------------------

  /** Resolves once `check` holds, re-checking after every request the bot makes (and every 50 ms). */
  async waitFor<T>(check: () => T | undefined | false, what: string, timeoutMs = 10_000): Promise<T> {
    const first = check();
    if (first) return first;
    return new Promise<T>((resolve, reject) => {
      const done = (fn: () => void) => {
        realClearTimeout(timer);
        realClearInterval(poll);
        this.state.off('request', attempt);
        fn();
      };
      const attempt = () => {
        const value = check();
        if (value) done(() => resolve(value));
      };
      const timer = realSetTimeout(() => done(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
      const poll = realSetInterval(attempt, 50);
      this.state.on('request', attempt);
    });
  }

  /**
   * Waits until the bot has answered an interaction: an immediate reply, or a deferral followed by
   * its edit; then lets `quietMs` pass without another request for it, to catch follow-ups.
   */
  async outcome(record: InteractionRecord, { timeoutMs = 15_000, quietMs = 150 } = {}): Promise<InteractionOutcome> {
    const forToken = () => this.state.requests.filter((r) => r.token === record.token);
    await this.waitFor(
      () => {
        const type = record.callbackType;
        // A refused callback (over a limit, say) is an answer too: the test then sees why.
        if (type === undefined) return forToken().some((r) => r.status >= 400 && r.status !== 429);
        if (type !== Callback.DeferredMessage && type !== Callback.DeferredUpdate) return true;
        return forToken().some((r) => r.route.startsWith('PATCH /webhooks') || r.route === 'POST /webhooks/:app/:token');
      },
      `the bot's answer to interaction ${record.id}`,
      timeoutMs,
    );
    let count = -1;
    while (count !== forToken().length) {
      count = forToken().length;
      await sleep(quietMs);
    }
    return {
      interaction: record,
      callbackType: record.callbackType,
      original: record.originalMessageId ? this.state.messages.get(record.originalMessageId) : undefined,
      followUps: record.followUpIds.flatMap((id) => this.state.messages.get(id) ?? []),
      choices: record.choices,
      requests: forToken(),
      ackMs: ((first) => (first ? first.at - record.dispatchedAt : undefined))(forToken().find((r) => r.route === 'POST /interactions/:id/:token/callback')),
    };
  }

  /** Sends a slash command and waits for the bot's answer. */
  async run(name: string, options: Record<string, OptionValue> = {}, opts: InteractOptions = {}): Promise<InteractionOutcome> {
    return this.outcome(this.command(name, options, opts));
  }
}

/** True when a message is only visible to the person who asked. */
export function isEphemeral(m: StoredMessage | undefined): boolean {
  return Boolean(m && m.flags & EPHEMERAL);
}

/** All visible text of a message: content, embed titles, descriptions, fields, footers. */
export function messageText(m: StoredMessage | undefined): string {
  if (!m) return '';
  const parts: string[] = [m.content];
  for (const e of m.embeds as Record<string, any>[]) {
    parts.push(e.title ?? '', e.description ?? '', e.author?.name ?? '', e.footer?.text ?? '');
    for (const f of (e.fields ?? []) as { name: string; value: string }[]) parts.push(f.name, f.value);
  }
  return parts.filter(Boolean).join('\n');
}

/** The custom ids of a message's buttons, with their disabled state. */
export function buttonsOf(m: StoredMessage | undefined): { customId: string; label: string; disabled: boolean }[] {
  if (!m) return [];
  return (m.components as { components?: Record<string, any>[] }[]).flatMap((row) =>
    (row.components ?? [])
      .filter((c) => c.type === 2 && c.custom_id)
      .map((c) => ({ customId: c.custom_id as string, label: String(c.label ?? ''), disabled: Boolean(c.disabled) })),
  );
}

/** The message bodies among the bot's requests (replies, updates, edits, follow-ups, channel posts). */
export function messageBodies(requests: RecordedRequest[]): Record<string, unknown>[] {
  return requests.flatMap((r) => {
    if (r.route === 'POST /interactions/:id/:token/callback') {
      const type = r.body?.type;
      return type === Callback.Message || type === Callback.UpdateMessage ? [r.body.data ?? {}] : [];
    }
    const carries = (b: any) => b && typeof b === 'object' && (b.content !== undefined || b.embeds !== undefined || b.components !== undefined);
    if (/^(PATCH|POST) \/(webhooks|channels)\//.test(r.route) && carries(r.body)) return [r.body];
    return [];
  });
}
