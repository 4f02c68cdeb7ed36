import { EventEmitter } from 'node:events';
import type { RateLimitData } from 'discord.js';

/** Discord's epoch (2015-01-01), the base of every snowflake's timestamp. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

/** A snowflake for `at` (ms since 1970; now by default): its timestamp is what discord.js reads as `createdTimestamp`. */
export function snowflake(at: number = Date.now()): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Math.floor(at)) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

/** The time a snowflake was made, in ms since 1970. */
export function snowflakeTime(id: string): number {
  return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
}

/**
 * The server's clock. It reads `Date.now()` at each call (so a test using vitest's fake Date moves it
 * too) plus an offset a test can move forward with `advance`: jumping past an interaction's 3 s or
 * its token's 15 min without waiting for them.
 */
export class FakeClock {
  private offset = 0;
  constructor(private readonly base: () => number = () => Date.now()) {}
  now(): number {
    return this.base() + this.offset;
  }
  /** Moves the server's time forward by `ms` (the bot's own clock is not touched). */
  advance(ms: number): void {
    this.offset += ms;
  }
  get skew(): number {
    return this.offset;
  }
}

/**
 * What the server enforces, each on by default. A test turns one off only where it needs otherwise
 * (and says why); the rest of the suite then still sees Discord's rules.
 */
export interface Strictness {
  /** An initial response more than 3 s after dispatch is refused (404 10062) and the interaction stays unanswered. */
  initialResponseDeadline: boolean;
  /** Webhook routes on an interaction token older than 15 min answer 401 50027. */
  tokenLifetime: boolean;
  /** The first follow-up after a deferred message response edits the loading message, as documented. */
  deferredFollowUpEditsOriginal: boolean;
  /** At most 250 pins per channel (400 30003). */
  pinCap: boolean;
  /** The bot's channel permissions: 403 50001 without View Channel, 403 50013 without the route's permission. */
  channelPermissions: boolean;
  /** Command registration validated against the documented constraints (400 50035 with `errors`). */
  commandValidation: boolean;
  /** 50 requests per second per bot on routes other than interaction endpoints (429, `global: true`). */
  globalRateLimit: boolean;
}

export const STRICT: Readonly<Strictness> = {
  initialResponseDeadline: true,
  tokenLifetime: true,
  deferredFollowUpEditsOriginal: true,
  pinCap: true,
  channelPermissions: true,
  commandValidation: true,
  globalRateLimit: true,
};

/** Discord's documented numbers the server enforces. */
export const DISCORD_RULES = {
  /** "you must send an initial response within 3 seconds of receiving the event" */
  initialResponseMs: 3000,
  /** "Interaction tokens are valid for 15 minutes" */
  tokenLifetimeMs: 15 * 60_000,
  /** "Maximum number of pins reached for the channel (250)" (JSON code 30003) */
  maxPins: 250,
  /** "All bots can make up to 50 requests per second to our API." */
  globalRequestsPerSecond: 50,
  /** "Currently, this limit is 10,000 per 10 minutes. An invalid request is one that results in 401, 403, or 429 statuses." */
  invalidRequestLimit: 10_000,
  invalidRequestWindowMs: 10 * 60_000,
} as const;

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

/** Channel types the server knows (https://discord.com/developers/docs/resources/channel#channel-object-channel-types). */
export const ChannelType = { GuildText: 0, DM: 1, AnnouncementThread: 10, PublicThread: 11, PrivateThread: 12 } as const;

export interface FakeChannel {
  id: string;
  type: number;
  /** Absent for a DM. */
  guildId?: string;
  name: string;
  /** A thread's parent channel. */
  parentId?: string;
  /** The bot's permissions here; unset: a thread's parent's, else the guild-wide `botPermissions`. */
  botPermissions?: bigint;
  archived?: boolean;
  /** A DM's other party. */
  recipient?: FakeUser;
}

export const isThread = (c: FakeChannel): boolean =>
  c.type === ChannelType.PublicThread || c.type === ChannelType.PrivateThread || c.type === ChannelType.AnnouncementThread;

export interface StoredMessage {
  id: string;
  channel_id: string;
  guild_id?: string;
  author: FakeUser;
  content: string;
  embeds: unknown[];
  components: unknown[];
  flags: number;
  pinned: boolean;
  timestamp: string;
  edited_timestamp: string | null;
  type: number;
  tts: false;
  mention_everyone: false;
  mentions: [];
  mention_roles: [];
  attachments: [];
  webhook_id?: string;
  application_id?: string;
  /** Every body the bot sent that shaped this message (create, then each edit). */
  history: Record<string, unknown>[];
}

/** One request the bot made, as the server saw it. */
export interface RecordedRequest {
  seq: number;
  /** The server's clock (FakeClock) when the request arrived. */
  at: number;
  method: string;
  path: string;
  query: Record<string, string>;
  body: any;
  authorization: string | undefined;
  status: number;
  /** The route it matched, e.g. `POST /interactions/:id/:token/callback`; `unknown` for a 404. */
  route: string;
  /** The interaction token this request acted for, when it was an interaction callback or webhook. */
  token?: string;
  /** Limit or mention problems found in the body (the server answered 400 when there were any). */
  problems: string[];
  /** The JSON error code of a refused request (10062, 50013, ...). */
  code?: number;
  /** The response headers (rate-limit headers included). */
  headers?: Record<string, string>;
}

export interface InteractionRecord {
  id: string;
  token: string;
  applicationId: string;
  channelId: string;
  /** Absent for an interaction from a DM. */
  guildId?: string;
  type: number;
  userId: string;
  /** Interaction context type: 0 GUILD, 1 BOT_DM, 2 PRIVATE_CHANNEL. */
  context: number;
  /** When INTERACTION_CREATE was dispatched (server clock): Discord drops an interaction not acknowledged within 3 s of it, and its token dies 15 min after. */
  dispatchedAt: number;
  /** The message a component was clicked on. */
  componentMessageId?: string;
  /** The callback type the bot answered with, once it did. */
  callbackType?: number;
  /** When the accepted callback arrived (server clock). */
  answeredAt?: number;
  /** Set when a callback came after the 3 s deadline and was refused with 10062: the interaction was never answered. */
  lateCallbackAt?: number;
  /** The message the callback created or updated: what `@original` refers to. */
  originalMessageId?: string;
  /** The deferred ("thinking…") message has not been edited yet: the next follow-up edits it. */
  awaitingFirstFollowUp?: boolean;
  /** @original was deleted by the bot. */
  originalDeleted?: boolean;
  /** Autocomplete choices, for type 8 callbacks. */
  choices?: unknown[];
  followUpIds: string[];
}

export interface PlannedFailure {
  method: string;
  route: RegExp;
  status: number;
  retryAfterSeconds: number;
  remaining: number;
  /** A 429 of the global limit (`global: true`, X-RateLimit-Global) rather than of the route's bucket. */
  global?: boolean;
  /** X-RateLimit-Scope of the 429 (user by default), as discord.js types it. */
  scope?: RateLimitData['scope'];
  /** For a planned failure other than a 429: the JSON error code and message Discord would send. */
  code?: number;
  message?: string;
}

export interface RouteLimit {
  method: string;
  route: RegExp;
  limit: number;
  windowMs: number;
}

export interface Bucket {
  hash: string;
  limit: number;
  windowMs: number;
  count: number;
  resetAt: number;
}

/** Everything the fake Discord knows; the REST and gateway halves share it. */
export class FakeDiscordState extends EventEmitter {
  readonly applicationId: string;
  readonly clock: FakeClock;
  readonly strict: Strictness;
  readonly guildId: string;
  /** The text channel interactions come from by default. */
  readonly channelId: string;
  readonly botUser: FakeUser;
  /** Permission bits the bot holds guild-wide (the default for every guild channel without its own). */
  botPermissions: bigint;
  readonly channels = new Map<string, FakeChannel>();
  readonly messages = new Map<string, StoredMessage>();
  /** Pinned message ids per channel, in the order they were pinned. */
  readonly pins = new Map<string, Set<string>>();
  /** When each pinned message was pinned (server clock). */
  readonly pinnedAt = new Map<string, number>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly requests: RecordedRequest[] = [];
  readonly failures: PlannedFailure[] = [];
  /** Per-route limits a test asked for; every other route has a generous default bucket. */
  readonly routeLimits: RouteLimit[] = [];
  readonly buckets = new Map<string, Bucket>();
  /** Request times (server clock) counted against the global 50/s limit. */
  globalWindow: number[] = [];
  /** The shard count GET /gateway/bot recommends. */
  recommendedShards = 1;
  /** Uploaded files by path, served like Discord's CDN. */
  readonly files = new Map<string, { bytes: Buffer; contentType: string }>();
  /** Command definitions as registered through the application command routes. */
  commands: Record<string, any>[] = [];
  private seq = 0;

  constructor(
    readonly token: string,
    applicationId: string,
    botPermissions: bigint,
    options: { clock?: FakeClock; strict?: Partial<Strictness> } = {},
  ) {
    super();
    this.setMaxListeners(100);
    this.clock = options.clock ?? new FakeClock();
    this.strict = { ...STRICT, ...options.strict };
    this.applicationId = applicationId;
    this.botPermissions = botPermissions;
    this.guildId = snowflake(this.clock.now());
    this.channelId = snowflake(this.clock.now());
    this.channels.set(this.channelId, { id: this.channelId, type: ChannelType.GuildText, guildId: this.guildId, name: 'general' });
    this.botUser = { id: applicationId, username: 'eventdesk', discriminator: '0', global_name: null, avatar: null, bot: true };
  }

  now(): number {
    return this.clock.now();
  }

  newId(): string {
    return snowflake(this.clock.now());
  }

  record(r: Omit<RecordedRequest, 'seq' | 'at'> & { at?: number }): RecordedRequest {
    const full = { ...r, seq: ++this.seq, at: r.at ?? this.now() };
    this.requests.push(full);
    this.emit('request', full);
    return full;
  }

  channelMessages(channelId: string): StoredMessage[] {
    return [...this.messages.values()].filter((m) => m.channel_id === channelId);
  }

  pinned(channelId: string): StoredMessage[] {
    return [...(this.pins.get(channelId) ?? [])].flatMap((id) => {
      const m = this.messages.get(id);
      return m ? [m] : [];
    });
  }

  /** The bot's permissions in a channel: its own, a thread's parent's, else the guild-wide ones. */
  botPermissionsIn(channelId: string): bigint {
    const channel = this.channels.get(channelId);
    if (!channel) return this.botPermissions;
    if (channel.botPermissions !== undefined) return channel.botPermissions;
    if (channel.parentId) return this.botPermissionsIn(channel.parentId);
    return this.botPermissions;
  }

  /** Consumes a planned failure for this request, if one matches. */
  takeFailure(method: string, path: string): PlannedFailure | undefined {
    const f = this.failures.find((x) => x.remaining > 0 && x.method === method && x.route.test(path));
    if (f) f.remaining--;
    return f;
  }
}
