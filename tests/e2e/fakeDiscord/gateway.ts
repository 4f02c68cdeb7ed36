import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { channelObject } from './rest.js';
import { ChannelType, isThread, type FakeDiscordState } from './state.js';

/** Gateway opcodes (https://discord.com/developers/docs/topics/opcodes-and-status-codes). */
const Op = { Dispatch: 0, Heartbeat: 1, Identify: 2, Resume: 6, Reconnect: 7, InvalidSession: 9, Hello: 10, HeartbeatAck: 11 } as const;

interface Session {
  id: string;
  /** [shard id, shard count] from IDENTIFY. */
  shard: [number, number];
  seq: number;
  socket: WebSocket | undefined;
  /** Every dispatch sent in this session, so a RESUME can replay what the client missed. */
  sent: { s: number; t: string; d: unknown }[];
}

export interface GatewayEvent {
  at: number;
  kind: 'connect' | 'identify' | 'resume' | 'heartbeat' | 'dispatch' | 'close' | 'invalid';
  detail?: string;
}

/**
 * The WebSocket half: HELLO, IDENTIFY -> READY (+ GUILD_CREATE, which discord.js waits for before it
 * is ready), heartbeats and their ACKs, RESUME -> replay + RESUMED, and dispatches such as
 * INTERACTION_CREATE. Plain JSON frames: discord.js only asks for zlib-stream when zlib-sync is
 * installed, and it is not.
 */
export class FakeGateway {
  private wss: WebSocketServer | undefined;
  port = 0;
  /** One session per shard id: a sharded bot identifies once per shard, each on its own connection. */
  private readonly sessions = new Map<number, Session>();
  readonly events: GatewayEvent[] = [];
  identifyCount = 0;
  /** The `shard` of every IDENTIFY, in order. */
  readonly identified: [number, number][] = [];
  resumeCount = 0;

  constructor(
    private readonly state: FakeDiscordState,
    private readonly heartbeatIntervalMs: number,
  ) {}

  async start(): Promise<void> {
    this.wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    await new Promise<void>((resolve) => this.wss!.once('listening', () => resolve()));
    this.port = (this.wss.address() as AddressInfo).port;
    this.wss.on('connection', (socket) => this.onConnection(socket));
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  async stop(): Promise<void> {
    if (!this.wss) return;
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss!.close(() => resolve()));
    this.wss = undefined;
  }

  /** The session of the shard that owns the test guild (Discord's rule: (guild_id >> 22) % shard_count). */
  private get session(): Session | undefined {
    for (const session of this.sessions.values()) if (ownsGuild(session.shard, this.state.guildId)) return session;
    return undefined;
  }

  /** Whether the shard that owns the test guild is connected and identified or resumed. */
  get connected(): boolean {
    return this.session?.socket?.readyState === 1;
  }

  /** Sends a dispatch; when the client is away it is kept for the RESUME replay, as Discord does. */
  dispatch(t: string, d: unknown, session = this.session): void {
    if (!session) throw new Error('no gateway session: the client has not identified');
    const s = ++session.seq;
    session.sent.push({ s, t, d });
    this.log('dispatch', t);
    if (session.socket?.readyState === 1) session.socket.send(JSON.stringify({ op: Op.Dispatch, t, s, d }));
  }

  /**
   * Drops the connection the way a network failure or a Discord restart does. `terminate` cuts the
   * TCP socket without a close frame (the client sees 1006); otherwise a close frame with `code`
   * (4000 "unknown error" is resumable). The session is kept, so the client can resume it.
   */
  drop(how: { terminate: true } | { code: number } = { terminate: true }): void {
    const socket = this.session?.socket;
    if (!socket) throw new Error('no connection to drop');
    this.session!.socket = undefined;
    if ('terminate' in how) socket.terminate();
    else socket.close(how.code, 'dropped by the test server');
    this.log('close', 'terminate' in how ? 'terminated' : String(how.code));
  }

  /** Asks the client to reconnect and resume (op 7), as Discord does before moving a session. */
  requestReconnect(): void {
    const socket = this.session?.socket;
    if (!socket) throw new Error('no connection');
    socket.send(JSON.stringify({ op: Op.Reconnect, d: null, s: null, t: null }));
  }

  /** Forgets the session, as when it expired: the next RESUME gets INVALID_SESSION and the client must IDENTIFY again. */
  invalidateSession(): void {
    if (this.session) this.session.id = `expired-${this.session.id}`;
  }

  private log(kind: GatewayEvent['kind'], detail?: string): void {
    this.events.push({ at: this.state.now(), kind, detail });
  }

  private onConnection(socket: WebSocket): void {
    this.log('connect');
    const send = (payload: unknown) => socket.readyState === 1 && socket.send(JSON.stringify(payload));
    send({ op: Op.Hello, d: { heartbeat_interval: this.heartbeatIntervalMs }, s: null, t: null });
    socket.on('message', (raw) => {
      let payload: { op?: number; d?: any };
      try {
        payload = JSON.parse(raw.toString());
      } catch {
        socket.close(4002, 'Error while decoding payload.');
        return;
      }
      switch (payload.op) {
        case Op.Heartbeat:
          this.log('heartbeat');
          send({ op: Op.HeartbeatAck, d: null, s: null, t: null });
          break;
        case Op.Identify:
          this.identify(socket, payload.d);
          break;
        case Op.Resume:
          this.resume(socket, payload.d);
          break;
        default:
          // Presence/voice updates and the like: accepted and ignored.
          break;
      }
    });
    socket.on('close', () => {
      for (const session of this.sessions.values()) if (session.socket === socket) session.socket = undefined;
    });
  }

  private identify(socket: WebSocket, d: { token?: string; intents?: number; shard?: [number, number] }): void {
    if (d?.token !== this.state.token) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    const shard: [number, number] = Array.isArray(d.shard) && d.shard.length === 2 ? [Number(d.shard[0]), Number(d.shard[1])] : [0, 1];
    if (!(shard[1] >= 1 && shard[0] >= 0 && shard[0] < shard[1])) {
      socket.close(4010, 'Invalid shard.');
      return;
    }
    this.identifyCount++;
    this.identified.push(shard);
    this.log('identify', shard.join('/'));
    this.sessions.get(shard[0])?.socket?.terminate();
    const session: Session = { id: randomBytes(16).toString('hex'), shard, seq: 0, socket, sent: [] };
    this.sessions.set(shard[0], session);
    const st = this.state;
    const owns = ownsGuild(shard, st.guildId);
    this.dispatch(
      'READY',
      {
        v: 10,
        user: st.botUser,
        guilds: owns ? [{ id: st.guildId, unavailable: true }] : [],
        session_id: session.id,
        resume_gateway_url: this.url,
        shard,
        application: { id: st.applicationId, flags: 0 },
        user_settings: {},
        private_channels: [],
        relationships: [],
      },
      session,
    );
    if (owns) this.dispatch('GUILD_CREATE', this.guildObject(), session);
  }

  private resume(socket: WebSocket, d: { token?: string; session_id?: string; seq?: number }): void {
    const session = [...this.sessions.values()].find((x) => x.id === d?.session_id);
    if (d?.token !== this.state.token || !session) {
      this.log('invalid', 'resume refused');
      socket.send(JSON.stringify({ op: Op.InvalidSession, d: false, s: null, t: null }));
      return;
    }
    this.resumeCount++;
    this.log('resume', `from seq ${d.seq}`);
    session.socket = socket;
    for (const e of session.sent.filter((x) => x.s > (d.seq ?? 0))) socket.send(JSON.stringify({ op: Op.Dispatch, ...e }));
    this.dispatch('RESUMED', null, session);
  }

  guildObject(): Record<string, unknown> {
    const st = this.state;
    const now = new Date(st.now()).toISOString();
    return {
      id: st.guildId,
      name: 'Test Guild',
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: '1',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      vanity_url_code: null,
      preferred_locale: 'en-US',
      features: [],
      roles: [
        {
          id: st.guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          position: 0,
          permissions: st.botPermissions.toString(),
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      emojis: [],
      stickers: [],
      channels: [...st.channels.values()].filter((c) => c.type !== ChannelType.DM && !isThread(c)).map((c) => channelObject(st, c)),
      threads: [...st.channels.values()].filter((c) => isThread(c)).map((c) => channelObject(st, c)),
      members: [{ user: st.botUser, roles: [], joined_at: now, deaf: false, mute: false, flags: 0 }],
      member_count: 2,
      voice_states: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
      joined_at: now,
      large: false,
      unavailable: false,
      max_members: 500000,
      nsfw: false,
    };
  }
}

function ownsGuild(shard: [number, number], guildId: string): boolean {
  return Number((BigInt(guildId) >> 22n) % BigInt(shard[1])) === shard[0];
}
