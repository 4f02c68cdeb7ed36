import { EventEmitter } from 'node:events';

/** Discord's epoch (2015-01-01), the base of every snowflake's timestamp. */
const DISCORD_EPOCH = 1_420_070_400_000n;
let increment = 0n;

export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (1n << 17n) | increment).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: string | null;
  bot?: boolean;
}

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
}

export interface InteractionRecord {
  id: string;
  token: string;
  applicationId: string;
  channelId: string;
  guildId: string;
  type: number;
  userId: string;
  /** When INTERACTION_CREATE was dispatched: Discord drops an interaction not acknowledged within 3 s of it. */
  dispatchedAt: number;
  /** The message a component was clicked on. */
  componentMessageId?: string;
  /** The callback type the bot answered with, once it did. */
  callbackType?: number;
  /** The message the callback created or updated: what `@original` refers to. */
  originalMessageId?: string;
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
}

/** Everything the fake Discord knows; the REST and gateway halves share it. */
export class FakeDiscordState extends EventEmitter {
  readonly applicationId: string;
  readonly guildId = snowflake();
  readonly channelId = snowflake();
  readonly botUser: FakeUser;
  /** Permission bits the bot holds in the channel; REST refuses a pin without PIN_MESSAGES. */
  botPermissions: bigint;
  readonly messages = new Map<string, StoredMessage>();
  readonly pins = new Map<string, Set<string>>();
  readonly interactions = new Map<string, InteractionRecord>();
  readonly requests: RecordedRequest[] = [];
  readonly failures: PlannedFailure[] = [];
  /** The shard count GET /gateway/bot recommends. */
  recommendedShards = 1;
  /** Uploaded files by path, served like Discord's CDN. */
  readonly files = new Map<string, { bytes: Buffer; contentType: string }>();
  /** Command definitions as registered through PUT /applications/.../commands. */
  commands: Record<string, any>[] = [];
  private seq = 0;

  constructor(
    readonly token: string,
    applicationId: string,
    botPermissions: bigint,
  ) {
    super();
    this.setMaxListeners(100);
    this.applicationId = applicationId;
    this.botPermissions = botPermissions;
    this.botUser = { id: applicationId, username: 'eventdesk', discriminator: '0', global_name: null, avatar: null, bot: true };
  }

  record(r: Omit<RecordedRequest, 'seq' | 'at'>): RecordedRequest {
    const full = { ...r, seq: ++this.seq, at: Date.now() };
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

  /** Consumes a planned failure for this request, if one matches. */
  takeFailure(method: string, path: string): PlannedFailure | undefined {
    const f = this.failures.find((x) => x.remaining > 0 && x.method === method && x.route.test(path));
    if (f) f.remaining--;
    return f;
  }
}
