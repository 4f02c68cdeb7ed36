import { randomBytes } from 'node:crypto';
import { FakeGateway } from './gateway.js';
import { Callback, FakeRest, PIN_MESSAGES, channelObject, publicMessage } from './rest.js';
import { FakeDiscordState, snowflake, type InteractionRecord, type RecordedRequest, type StoredMessage } from './state.js';

export { PIN_MESSAGES, Callback } from './rest.js';
export type { RecordedRequest, StoredMessage, InteractionRecord } from './state.js';

/** Permission bits (https://discord.com/developers/docs/topics/permissions). */
export const Permission = {
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  ReadMessageHistory: 1n << 16n,
  UseApplicationCommands: 1n << 31n,
  PinMessages: PIN_MESSAGES,
} as const;

/** What an ordinary member can do in a channel; no pinning. */
export const MEMBER_PERMISSIONS =
  Permission.ViewChannel | Permission.SendMessages | Permission.EmbedLinks | Permission.ReadMessageHistory | Permission.UseApplicationCommands;
export const MODERATOR_PERMISSIONS = MEMBER_PERMISSIONS | Permission.ManageMessages | Permission.PinMessages;

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
  /** The bot's permissions in the channel (payload `app_permissions`). */
  appPermissions?: bigint;
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

  /** Command definitions (as JSON) used to type options when the bot has not registered its own. */
  useDefinitions(definitions: Record<string, any>[]): void {
    this.definitions = definitions;
  }

  /** Answers the next `count` requests matching `route` with 429 and `retry_after`. */
  rateLimitOnce(method: string, route: RegExp, retryAfterSeconds = 0.3, count = 1): void {
    this.state.failures.push({ method, route, status: 429, retryAfterSeconds, remaining: count });
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

  command(name: string, options: Record<string, OptionValue> = {}, opts: InteractOptions = {}): InteractionRecord {
    const def = this.definition(name);
    const attachments = Object.values(options).filter(isAttachment);
    const resolved = attachments.length ? { resolved: { attachments: Object.fromEntries(attachments.map((a) => [a.id, a])) } } : {};
    return this.send(InteractionType.Command, { id: def?.id ?? snowflake(), name, type: 1, guild_id: this.guildId, options: this.options(def, options), ...resolved }, opts);
  }

  /** Stores a file as if a user had uploaded it; its URL (on this server) goes in an attachment option. */
  attachment(filename: string, content: string | Uint8Array, contentType?: string): FakeAttachment {
    const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
    const id = snowflake();
    const url = `${this.rest.url}/attachments/${this.channelId}/${id}/${encodeURIComponent(filename)}`;
    this.state.files.set(`/attachments/${this.channelId}/${id}/${encodeURIComponent(filename)}`, { bytes, contentType: contentType ?? 'application/octet-stream' });
    return { id, filename, size: bytes.length, url, proxy_url: url, ...(contentType ? { content_type: contentType } : {}) };
  }

  autocomplete(name: string, focused: string, options: Record<string, OptionValue> = {}, opts: InteractOptions = {}): InteractionRecord {
    const def = this.definition(name);
    const list = this.options(def, options).map((o) => (o.name === focused ? { ...o, type: OptionType.String, value: String(o.value), focused: true } : o));
    if (!list.some((o) => o.name === focused)) list.push({ name: focused, type: OptionType.String, value: '', focused: true });
    return this.send(InteractionType.Autocomplete, { id: def?.id ?? snowflake(), name, type: 1, guild_id: this.guildId, options: list }, opts);
  }

  button(message: StoredMessage, customId: string, opts: InteractOptions = {}): InteractionRecord {
    return this.send(InteractionType.Component, { custom_id: customId, component_type: 2 }, opts, message);
  }

  /** Dispatches INTERACTION_CREATE with a payload shaped like Discord's. */
  private send(type: number, data: Record<string, unknown>, opts: InteractOptions, message?: StoredMessage): InteractionRecord {
    const user = opts.user ?? this.asker;
    const record: InteractionRecord = {
      id: snowflake(),
      token: `itoken.${randomBytes(24).toString('base64url')}`,
      applicationId: this.applicationId,
      channelId: this.channelId,
      guildId: this.guildId,
      type,
      userId: user.id,
      dispatchedAt: Date.now(),
      componentMessageId: message?.id,
      followUpIds: [],
    };
    this.state.interactions.set(record.token, record);
    const now = new Date().toISOString();
    this.gateway.dispatch('INTERACTION_CREATE', {
      id: record.id,
      application_id: this.applicationId,
      type,
      data,
      guild_id: this.guildId,
      guild: { id: this.guildId, locale: 'en-US', features: [] },
      channel_id: this.channelId,
      channel: channelObject(this.state),
      member: {
        user: { id: user.id, username: user.username, discriminator: '0', global_name: user.username, avatar: null },
        roles: [],
        permissions: (opts.memberPermissions ?? MEMBER_PERMISSIONS).toString(),
        joined_at: now,
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        nick: null,
        avatar: null,
        premium_since: null,
        communication_disabled_until: null,
      },
      token: record.token,
      version: 1,
      app_permissions: (opts.appPermissions ?? this.state.botPermissions).toString(),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
      attachment_size_limit: 10_485_760,
      ...(message ? { message: publicMessage(message) } : {}),
    });
    return record;
  }

  private definition(name: string): Record<string, any> | undefined {
    return this.state.commands.find((c) => c.name === name) ?? this.definitions.find((c) => c.name === name);
  }

  private options(def: Record<string, any> | undefined, values: Record<string, OptionValue>): { name: string; type: number; value: string | number | boolean; focused?: boolean }[] {
    return Object.entries(values).map(([name, value]) => {
      if (isAttachment(value)) return { name, type: OptionType.Attachment, value: value.id };
      const declared = (def?.options as { name: string; type: number }[] | undefined)?.find((o) => o.name === name);
      const type =
        declared?.type ??
        (typeof value === 'boolean' ? OptionType.Boolean : typeof value === 'number' ? (Number.isInteger(value) ? OptionType.Integer : OptionType.Number) : OptionType.String);
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
        clearTimeout(timer);
        clearInterval(poll);
        this.state.off('request', attempt);
        fn();
      };
      const attempt = () => {
        const value = check();
        if (value) done(() => resolve(value));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`))), timeoutMs);
      const poll = setInterval(attempt, 50);
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
      await new Promise((r) => setTimeout(r, quietMs));
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
  return Boolean(m && m.flags & (1 << 6));
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
    (row.components ?? []).filter((c) => c.type === 2 && c.custom_id).map((c) => ({ customId: c.custom_id as string, label: String(c.label ?? ''), disabled: Boolean(c.disabled) })),
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
