import { writeFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadCorpus } from '../pipeline/loadCorpus.js';
import { gcFunction } from '../pipeline/fullGc.js';
import { parsePageButton, parseWhyButton } from '../bot/paging.js';
import { latencyStats, toMB, type LatencyStats } from './stats.js';
import { SoakWorkload, type PlannedInteraction, type SoakKind } from './soakWorkload.js';

/**
 * The soak: the real bot under the Discord-compatible test server of tests/e2e for a long while, at
 * a steady rate of mixed interactions, through the disturbances a bot meets in a day: its articles
 * changing (corpus reloads, each checked through /search until the answers follow the folder), the
 * gateway dropping and resuming, 429s (per route and global), and a restart. Everything runs in this
 * process (the server, the bot, this driver), as the bench's end-to-end run does; so the heap and
 * the event loop measured are the bot's plus the server's, and the server's records are pruned as
 * the run goes (see `prune`) so that only the bot can grow. Every interaction is followed through
 * the requests the bot makes for it (the server's `request` event), not `outcome()`, which scans
 * every request recorded and would not keep up with hours of them.
 */

const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const HARNESS = path.join(PROJECT_ROOT, 'tests', 'e2e', 'harness.ts');
const SERVER = path.join(PROJECT_ROOT, 'tests', 'e2e', 'fakeDiscord', 'server.ts');

export function soakAvailable(): boolean {
  return existsSync(HARNESS) && existsSync(SERVER);
}

// ---- the test server, as much of it as the soak uses (it is loaded at run time, from the tests) ----

interface FakeUserSpec {
  id: string;
  username: string;
}
interface InteractionRecord {
  id: string;
  token: string;
  dispatchedAt: number;
  callbackType?: number;
  lateCallbackAt?: number;
  originalMessageId?: string;
}
interface RecordedRequest {
  at: number;
  method: string;
  path: string;
  route: string;
  status: number;
  token?: string;
  body?: any;
  code?: number;
  headers?: Record<string, string>;
}
interface StoredMessage {
  id: string;
  timestamp: string;
  pinned: boolean;
  components: unknown[];
  history: unknown[];
}
interface InteractOptions {
  user?: FakeUserSpec;
  memberPermissions?: bigint;
}
interface FakeDiscordLike {
  state: {
    requests: RecordedRequest[];
    interactions: Map<string, InteractionRecord>;
    messages: Map<string, StoredMessage>;
    buckets: Map<string, { resetAt: number }>;
    failures: { remaining: number }[];
    now(): number;
    on(event: 'request', listener: (r: RecordedRequest) => void): unknown;
    off(event: 'request', listener: (r: RecordedRequest) => void): unknown;
  };
  gateway: {
    connected: boolean;
    resumeCount: number;
    identifyCount: number;
    events: { at: number; kind: string; detail?: string }[];
    drop(how?: { terminate: true } | { code: number }): void;
    requestReconnect(): void;
  };
  command(name: string, options?: Record<string, string | number | boolean>, opts?: InteractOptions): InteractionRecord;
  autocomplete(name: string, focused: string, options?: Record<string, string | number | boolean>, opts?: InteractOptions): InteractionRecord;
  button(message: StoredMessage, customId: string, opts?: InteractOptions): InteractionRecord;
  unanswered(): InteractionRecord[];
  problems(): { request: string; problems: string[] }[];
  rateLimitOnce(method: string, route: RegExp, retryAfterSeconds?: number, count?: number): void;
  rateLimitGlobalOnce(method: string, route: RegExp, retryAfterSeconds?: number, count?: number): void;
}
interface HarnessLike {
  fake: FakeDiscordLike;
  readonly bot: { client: { destroy(): Promise<void> } };
  corpusDir: string;
  logs: string[];
  startBotAgain(): Promise<void>;
  stop(): Promise<void>;
}
interface ServerModule {
  buttonsOf(m: StoredMessage | undefined): { customId: string; label: string; disabled: boolean }[];
  MODERATOR_PERMISSIONS: bigint;
}

// ---- options and report -------------------------------------------------------------------------

export interface SoakOptions {
  durationMs: number;
  /** Interactions dispatched per second (open loop: sent on schedule whether or not earlier ones were answered). */
  rate: number;
  /** The articles the bot serves (copied); by default the test fixtures, as the e2e tests use. */
  corpusDir?: string;
  seed?: number;
  /** Distinct members sending, round-robin (the bot's per-user cooldown allows 5 commands per 10 s each). */
  users?: number;
  /** An article written into (then removed from) the bot's folder this often: each change is a reload. */
  reloadEveryMs?: number;
  /** The gateway connection dropped this often, by turns cut (1006), closed with 4000, or asked to reconnect (op 7). */
  dropEveryMs?: number;
  /** A planned 429 this often, by turns on the interaction callback and on the edit of a deferred reply. */
  rateLimitEveryMs?: number;
  /** When the one global 429 comes (default 40% of the run). */
  globalRateLimitAtMs?: number;
  /** When the bot is restarted (default halfway; `null`: never). */
  restartAtMs?: number | null;
  /** When the first heap sample is taken (after a forced GC): the end of the first minute, or halfway through a shorter run. */
  firstHeapAtMs?: number;
  /** An interaction with no answer this long after its dispatch is given up on (and reported). */
  answerTimeoutMs?: number;
  /** Told a line of progress every `progressEveryMs`. */
  progress?: (line: string) => void;
  progressEveryMs?: number;
  /**
   * How long page buttons stay live (EVENTDESK_PAGE_TTL_SECONDS; the bot's default is 300). The soak's
   * default, 45 s, brings the pager's working set (every paged answer of the last TTL, pages and all)
   * to its steady size within the first minute, so that the heap compared from there on shows what
   * grows without bound rather than the pager filling up; and it expires buttons all through the run.
   */
  pageTtlSeconds?: number;
  /** How long the test server keeps finished interactions, requests and messages that nothing holds (default 30 s). */
  serverMemoryMs?: number;
  /** Extra bot settings (EVENTDESK_*), as the harness takes them. */
  env?: Record<string, string>;
}

export interface CountSample {
  what: string;
  count: number;
  sample?: string;
}

export interface SoakReport {
  date: string;
  machine: { cpus: number; cpuModel: string; totalMemGB: number; node: string; platform: string; loadAvgStart: number[]; loadAvgEnd: number[] };
  options: {
    minutes: number;
    rate: number;
    users: number;
    corpus: string;
    seed: number;
    pageTtlSec: number;
    reloadEverySec: number;
    dropEverySec: number;
    rateLimitEverySec: number;
    restartAtSec: number | null;
  };
  durationSec: number;
  /** Interactions dispatched, in all and per kind and label. */
  sent: number;
  sentByKind: Record<SoakKind, number>;
  sentByLabel: Record<string, number>;
  /** Interactions whose answer was delivered (the reply, the update, the choices, or the edit of a deferral). */
  answered: number;
  /** Without an accepted initial response within 3 s: the server's own count (`unanswered()`), this driver's timing, and both together. */
  unanswered: { server: number; timed: number; total: number; samples: string[] };
  /** Acknowledged (deferred) but never answered within `answerTimeoutMs`. */
  unfinished: { count: number; samples: string[] };
  /** Dispatch to the first accepted callback, and to the answer, in ms. */
  ack: LatencyStats;
  reply: LatencyStats;
  byKind: Record<SoakKind, { ack: LatencyStats; reply: LatencyStats }>;
  /** How the bot said it went, from its `interaction` log lines. */
  outcomes: Record<string, number>;
  /** Answers whose title says the asker was refused for asking too fast (the cooldown), or told the bot is restarting. */
  cooldownAnswers: number;
  restartingAnswers: number;
  /** Responses of 400 or more other than the planned 429s, by route, status and code. */
  httpErrors: CountSample[];
  disturbances: {
    /** Article changes made (a write is sometimes two articles 1.5 s apart), reloads the bot logged, and changes the answers were seen to follow (within 20 s) or not. */
    reloads: { writes: number; removes: number; observed: number; served: number; stale: number; servedAfterMs: LatencyStats; staleSamples: string[] };
    drops: { dropped: number; reconnectsAsked: number; resumed: number; resumeMs: LatencyStats };
    rateLimits: { planned: number; plannedGlobal: number; observedRoute429: number; observedGlobal429: number; unconsumed: number };
    restart: { done: number; restartMs: number | null; gapMs: number | null; skipped: number; identifies: number };
    pinnedSummaryRefreshes: number;
  };
  process: { unhandledRejections: number; uncaughtExceptions: number; samples: string[] };
  heap: {
    forcedGc: boolean;
    firstAtSec: number;
    firstMB: number;
    lastAtSec: number;
    lastMB: number;
    growthPct: number;
    /**
     * Then the bot client's idle REST queues swept, as discord.js does once an hour (one per interaction
     * token that edited or followed up): how many, and the heap after GC without them. The bot's
     * growth apart from them is `lastWithoutIdleRestMB` against `firstMB` (which still holds the first minute's).
     */
    idleRestHandlersSwept: number;
    lastWithoutIdleRestMB: number;
    growthWithoutIdleRestPct: number;
    /** Heap used (no forced GC) and RSS at each sampled moment, every 10 s. */
    trend: { atSec: number; heapMB: number; rssMB: number }[];
    /** What the test server still held at the two samples (after pruning), the paged answers whose buttons were live, and the bot client's REST queues and caches. */
    held: { first: Record<string, number>; last: Record<string, number> };
  };
  /** monitorEventLoopDelay over the run (the forced GCs left out), and the longest stalls a 10 ms timer saw, with what was going on. */
  eventLoop: { maxMs: number; p99Ms: number; meanMs: number; longest: { atSec: number; ms: number; around: string }[] };
  /** The collector's own pauses over the run (the two forced ones left out): how many, the longest, and their sum. */
  gcPauses: { count: number; maxMs: number; totalMs: number; majorCount: number; majorMaxMs: number };
  botLog: { errors: CountSample[]; warnings: CountSample[] };
  fake: { problems: number; unknownRoutes: number };
  dispatchErrors: number;
}

// ---- the run ------------------------------------------------------------------------------------

const CALLBACK = 'POST /interactions/:id/:token/callback';
const WEBHOOK_ANSWER = /^(PATCH \/webhooks\/:app\/:token\/messages\/:message|POST \/webhooks\/:app\/:token)$/;
const CALLBACK_PATH = /^\/interactions\/\d+\/[^/]+\/callback$/;
const ORIGINAL_EDIT_PATH = /^\/webhooks\/\d+\/[^/]+\/messages\/@original$/;
/** Callback types that are the answer itself: a message, an update, autocomplete choices, a modal. */
const FINAL_CALLBACKS = new Set([4, 7, 8, 9]);
const INITIAL_RESPONSE_MS = 3000;
/** What the server keeps of finished interactions, requests and messages (what a RESUME might replay is kept apart). */
const DEFAULT_SERVER_MEMORY_MS = 30_000;
const TOKEN_LIFETIME_MS = 15 * 60_000;

interface Tracked {
  record: InteractionRecord;
  kind: SoakKind;
  label: string;
  user: FakeUserSpec;
  ackAt?: number;
  callbackType?: number;
  timedOut?: boolean;
}

interface PagedAnswer {
  token: string;
  messageId: string;
  user: FakeUserSpec;
  dispatchedAt: number;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

class Counter {
  private readonly counts = new Map<string, { count: number; sample?: string }>();
  add(what: string, sample?: string): void {
    const c = this.counts.get(what) ?? { count: 0 };
    c.count++;
    c.sample ??= sample;
    this.counts.set(what, c);
  }
  get total(): number {
    let n = 0;
    for (const c of this.counts.values()) n += c.count;
    return n;
  }
  list(): CountSample[] {
    return [...this.counts.entries()]
      .map(([what, c]) => ({ what, count: c.count, ...(c.sample ? { sample: c.sample } : {}) }))
      .sort((a, b) => b.count - a.count);
  }
}

/**
 * Whole milliseconds counted in a fixed array (up to a minute; above that in the last slot): the
 * same nearest-rank percentiles as `latencyStats`, in memory that does not grow with the run, so
 * that the soak's own bookkeeping is not part of the heap growth it measures.
 */
class MsHistogram {
  private readonly counts = new Uint32Array(60_001);
  private n = 0;
  private sum = 0;
  private top = 0;
  add(ms: number): void {
    const v = Math.min(60_000, Math.max(0, Math.round(ms)));
    this.counts[v]!++;
    this.n++;
    this.sum += v;
    if (v > this.top) this.top = v;
  }
  merge(...others: MsHistogram[]): MsHistogram {
    const out = new MsHistogram();
    for (const h of [this, ...others]) {
      for (let v = 0; v <= h.top; v++) out.counts[v]! += h.counts[v]!;
      out.n += h.n;
      out.sum += h.sum;
      out.top = Math.max(out.top, h.top);
    }
    return out;
  }
  stats(): LatencyStats {
    if (!this.n) return latencyStats([]);
    const at = (q: number) => {
      const rank = Math.min(this.n, Math.max(1, Math.ceil(q * this.n)));
      let seen = 0;
      for (let v = 0; v <= this.top; v++) {
        seen += this.counts[v]!;
        if (seen >= rank) return v;
      }
      return this.top;
    };
    return { count: this.n, p50: at(0.5), p99: at(0.99), mean: Math.round((this.sum / this.n) * 1000) / 1000, max: this.top };
  }
}

function titleOf(body: any): string {
  const data = body?.data ?? body;
  return String(data?.embeds?.[0]?.title ?? '');
}

/** The buttons the bot disables when they expire (page turns and "Why?"), by the bot's own parsers. */
function expiringButtonsIn(body: any): { customId: string; disabled: boolean }[] {
  const data = body?.data ?? body;
  const rows = Array.isArray(data?.components) ? (data.components as any[]) : [];
  return rows
    .flatMap((row) => (Array.isArray(row?.components) ? (row.components as any[]) : []))
    .filter((c) => typeof c?.custom_id === 'string' && (parsePageButton(c.custom_id) || parseWhyButton(c.custom_id)))
    .map((c) => ({ customId: c.custom_id as string, disabled: Boolean(c.disabled) }));
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const durationMs = options.durationMs;
  const rate = options.rate;
  const seed = options.seed ?? 20200124;
  const userCount = options.users ?? 400;
  const reloadEveryMs = options.reloadEveryMs ?? 30_000;
  const dropEveryMs = options.dropEveryMs ?? 60_000;
  const rateLimitEveryMs = options.rateLimitEveryMs ?? 20_000;
  const globalAtMs = options.globalRateLimitAtMs ?? Math.round(durationMs * 0.4);
  const restartAtMs = options.restartAtMs === undefined ? Math.round(durationMs / 2) : options.restartAtMs;
  const firstHeapAtMs = options.firstHeapAtMs ?? Math.min(60_000, Math.round(durationMs / 2));
  const answerTimeoutMs = options.answerTimeoutMs ?? 30_000;
  const progressEveryMs = options.progressEveryMs ?? 30_000;
  const loadAvgStart = os.loadavg();

  // Counted from before the harness starts: a rejection while the bot starts counts too.
  const processProblems: string[] = [];
  let unhandledRejections = 0;
  let uncaughtExceptions = 0;
  const describe = (e: unknown) => (e instanceof Error ? `${e.name}: ${e.message}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(e));
  const onRejection = (reason: unknown) => {
    unhandledRejections++;
    if (processProblems.length < 20) processProblems.push(`unhandledRejection: ${describe(reason)}`);
  };
  const onException = (err: unknown) => {
    uncaughtExceptions++;
    if (processProblems.length < 20) processProblems.push(`uncaughtException: ${describe(err)}`);
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);

  const { startHarness } = (await import(pathToFileURL(HARNESS).href)) as {
    startHarness: (o: { corpusDir?: string; env?: Record<string, string> }) => Promise<HarnessLike>;
  };
  const server = (await import(pathToFileURL(SERVER).href)) as ServerModule;
  const pageTtlSeconds = options.pageTtlSeconds ?? 45;
  const serverMemoryMs = options.serverMemoryMs ?? DEFAULT_SERVER_MEMORY_MS;
  const gc = gcFunction();
  // monitorEventLoopDelay over the dispatch window, in segments that leave out the forced GCs (a histogram
  // disabled and enabled again still counts the time in between as one long delay).
  let eventLoop = monitorEventLoopDelay({ resolution: 10 });
  let monitoring = false;
  const loopSegments: { max: number; p99: number; mean: number; count: number }[] = [];
  const closeLoopSegment = () => {
    if (!monitoring) return;
    monitoring = false;
    eventLoop.disable();
    if (eventLoop.count) loopSegments.push({ max: eventLoop.max, p99: eventLoop.percentile(99), mean: eventLoop.mean, count: eventLoop.count });
  };
  const openLoopSegment = () => {
    eventLoop = monitorEventLoopDelay({ resolution: 10 });
    eventLoop.enable();
    monitoring = true;
  };
  const timers: NodeJS.Timeout[] = [];
  const cleanups: (() => void)[] = [];
  let report: Omit<SoakReport, 'process'> | undefined;
  const tasks: Promise<unknown>[] = [];
  let harness: HarnessLike | undefined;

  try {
    const h = (harness = await startHarness({
      ...(options.corpusDir ? { corpusDir: options.corpusDir } : {}),
      env: { EVENTDESK_PAGE_TTL_SECONDS: String(pageTtlSeconds), ...options.env },
    }));
    const fake = h.fake;
    const { corpus } = await loadCorpus(h.corpusDir, { snapshot: false });
    const workload = new SoakWorkload(corpus, seed);
    const users: FakeUserSpec[] = Array.from({ length: userCount }, (_, i) => ({ id: String(300_000_000_000_000_000n + BigInt(i)), username: `member${i}` }));
    let nextUser = 0;
    const now = () => fake.state.now();

    // -- tracking every interaction through the requests the bot makes for it --
    const tracked = new Map<string, Tracked>();
    const paged = new Map<string, PagedAnswer>();
    const clickable: PagedAnswer[] = [];
    const acks: Record<SoakKind, MsHistogram> = { command: new MsHistogram(), autocomplete: new MsHistogram(), button: new MsHistogram() };
    const replies: Record<SoakKind, MsHistogram> = { command: new MsHistogram(), autocomplete: new MsHistogram(), button: new MsHistogram() };
    const sentByKind: Record<SoakKind, number> = { command: 0, autocomplete: 0, button: 0 };
    const sentByLabel: Record<string, number> = {};
    let sent = 0;
    let answered = 0;
    let cooldownAnswers = 0;
    let restartingAnswers = 0;
    let dispatchErrors = 0;
    const timedUnanswered = new Set<string>();
    const serverUnanswered = new Set<string>();
    const unansweredSamples: string[] = [];
    const unfinishedSamples: string[] = [];
    let unfinished = 0;
    const httpErrors = new Counter();
    let observedRoute429 = 0;
    let observedGlobal429 = 0;
    let unknownRoutes = 0;
    let started = 0;
    const at = (t: number) => `${((t - started) / 1000).toFixed(1)} s`;
    const context = () => {
      const recent = [...disturbanceLog].filter((d) => now() - d.at < 10_000).map((d) => `${d.what} at ${at(d.at)}`);
      return recent.length ? `; recent: ${recent.join(', ')}` : '';
    };
    const disturbanceLog: { at: number; what: string }[] = [];
    const disturbed = (what: string) => {
      disturbanceLog.push({ at: now(), what });
      if (disturbanceLog.length > 50) disturbanceLog.shift();
    };

    /** Reload checks waiting for their answer: told whether it contained the word asked for. */
    const served = new Map<string, { word: string; resolve: (found: boolean | undefined) => void }>();
    const complete = (t: Tracked, r: RecordedRequest) => {
      tracked.delete(t.record.token);
      answered++;
      acks[t.kind].add(t.ackAt! - t.record.dispatchedAt);
      replies[t.kind].add(r.at - t.record.dispatchedAt);
      const body = r.route === CALLBACK ? r.body?.data : r.body;
      const title = titleOf(body);
      const waiter = served.get(t.record.token);
      if (waiter) {
        served.delete(t.record.token);
        // The answer repeats the query ("Best passages for “…”"): the article is served when the word is found beyond that.
        waiter.resolve(JSON.stringify(body?.embeds ?? []).split(waiter.word).length - 1 >= 2);
      }
      if (/slow down/i.test(title)) cooldownAnswers++;
      if (/restarting/i.test(title)) restartingAnswers++;
      if (t.label === 'autocomplete story') workload.learnStories(body?.choices);
      // An answer with buttons that expire: kept (with its message, on the server) until they are disabled, and offered for clicks.
      const buttons = expiringButtonsIn(body);
      const messageId = t.record.originalMessageId;
      if (t.kind === 'command' && buttons.length && messageId) {
        const answer = { token: t.record.token, messageId, user: t.user, dispatchedAt: t.record.dispatchedAt };
        paged.set(t.record.token, answer);
        if (buttons.some((b) => !b.disabled && /:(next|prev|first|last)$/.test(b.customId))) {
          clickable.push(answer);
          if (clickable.length > 200) clickable.shift();
        }
      }
    };

    const onRequest = (r: RecordedRequest) => {
      if (r.route === 'unknown') unknownRoutes++;
      if (r.status === 429) {
        if (r.headers?.['X-RateLimit-Global'] === 'true') observedGlobal429++;
        else observedRoute429++;
      } else if (r.status >= 400) {
        const t = r.token ? tracked.get(r.token) : undefined;
        httpErrors.add(
          `${r.route} → ${r.status}${r.code !== undefined ? ` (${r.code})` : ''}`,
          `${t ? t.label : r.token ? 'an earlier interaction' : 'no interaction'} at ${at(r.at)}: ${r.method} ${r.path.replace(/\/[A-Za-z0-9_.-]{40,}/g, '/…')}${context()}`,
        );
      }
      if (!r.token) return;
      const t = tracked.get(r.token);
      if (t) {
        if (r.route === CALLBACK && r.status < 300 && t.ackAt === undefined) {
          t.ackAt = r.at;
          t.callbackType = r.body?.type;
          if (FINAL_CALLBACKS.has(Number(r.body?.type))) complete(t, r);
        } else if (WEBHOOK_ANSWER.test(r.route) && r.status < 300 && t.ackAt !== undefined) {
          complete(t, r);
        }
        return;
      }
      // Later requests for an answer with expiring buttons: the edit that disables them ends its life.
      const answer = paged.get(r.token);
      if (answer && r.route.startsWith('PATCH /webhooks') && r.status < 300) {
        const buttons = expiringButtonsIn(r.body);
        if (buttons.length && buttons.every((b) => b.disabled)) paged.delete(r.token);
      }
    };
    fake.state.on('request', onRequest);

    // -- the bot's log: reloads, resumes, outcomes, errors and warnings --
    const outcomes: Record<string, number> = {};
    const logErrors = new Counter();
    const logWarnings = new Counter();
    let reloadsObserved = 0;
    const reloadLog: { at: number; articles: number; problems: number; ms: number }[] = [];
    let pinRefreshes = 0;
    const readLogs = () => {
      const lines = h.logs.splice(0);
      for (const line of lines) {
        let entry: any;
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        const msg = String(entry.msg ?? '');
        if (msg === 'interaction') outcomes[String(entry.outcome)] = (outcomes[String(entry.outcome)] ?? 0) + 1;
        else if (msg === 'corpus reloaded') {
          reloadsObserved++;
          reloadLog.push({ at: Number(entry.time ?? now()), articles: Number(entry.articles), problems: Number(entry.problems), ms: Number(entry.ms) });
          if (reloadLog.length > 20) reloadLog.shift();
        } else if (msg === 'pinned summary refreshed') pinRefreshes++;
        const detail = entry.error
          ? `${entry.error.type ?? ''}: ${entry.error.message ?? ''}${entry.error.stack ? `\n${String(entry.error.stack).split('\n').slice(1, 4).join('\n')}` : ''}`
          : JSON.stringify(entry).slice(0, 300);
        if (entry.level >= 50)
          logErrors.add(
            `${msg}${entry.error?.message ? `: ${String(entry.error.message).slice(0, 120)}` : ''}`,
            `${at(entry.time ?? now())}: ${detail}${context()}`,
          );
        else if (entry.level === 40)
          logWarnings.add(
            `${msg}${entry.error?.message ? `: ${String(entry.error.message).slice(0, 120)}` : ''}`,
            `${at(entry.time ?? now())}: ${detail}${context()}`,
          );
      }
    };

    // -- pruning what the test server keeps, so that only the bot's memory can grow --
    const held = (): Record<string, number> => {
      // And what the bot's discord.js client holds that grows with traffic: REST queues (one per interaction token
      // that edited or followed up, swept when idle once an hour by default), and its caches.
      const client = h.bot.client as unknown as {
        rest?: { handlers?: Map<unknown, unknown> };
        users?: { cache?: Map<unknown, unknown> };
        channels?: { cache?: Map<unknown, { messages?: { cache?: Map<unknown, unknown> } }> };
      };
      let cachedMessages = 0;
      for (const channel of client.channels?.cache?.values() ?? []) cachedMessages += channel.messages?.cache?.size ?? 0;
      return {
        requests: fake.state.requests.length,
        interactions: fake.state.interactions.size,
        messages: fake.state.messages.size,
        buckets: fake.state.buckets.size,
        tracked: tracked.size,
        pagedAnswersLive: paged.size,
        botRestHandlers: client.rest?.handlers?.size ?? -1,
        botCachedUsers: client.users?.cache?.size ?? -1,
        botCachedMessages: cachedMessages,
      };
    };
    const sessions = () => {
      const s = (fake.gateway as unknown as { sessions?: Map<number, { sent?: { s: number }[] }> }).sessions;
      return s instanceof Map ? [...s.values()] : [];
    };
    const prune = () => {
      const cutoff = now() - serverMemoryMs;
      const requests = fake.state.requests;
      let i = 0;
      while (i < requests.length && requests[i]!.at < cutoff) i++;
      if (i) requests.splice(0, i);
      for (const [token, answer] of paged) if (now() - answer.dispatchedAt > TOKEN_LIFETIME_MS) paged.delete(token);
      const keepMessages = new Set<string>();
      for (const answer of paged.values()) keepMessages.add(answer.messageId);
      for (const [token, record] of fake.state.interactions) {
        if (record.dispatchedAt < cutoff && !tracked.has(token) && !paged.has(token)) fake.state.interactions.delete(token);
      }
      for (const [id, m] of fake.state.messages) {
        if (m.pinned || keepMessages.has(id)) {
          // Every body that shaped it (each page turn): the soak never reads them.
          if (m.history.length) m.history.length = 0;
        } else if (Date.parse(m.timestamp) < cutoff) fake.state.messages.delete(id);
      }
      for (const [key, bucket] of fake.state.buckets) if (bucket.resetAt < now() - 5000) fake.state.buckets.delete(key);
      for (let j = fake.state.failures.length - 1; j >= 0; j--) if (fake.state.failures[j]!.remaining <= 0) fake.state.failures.splice(j, 1);
      // What a RESUME replays: the last 15 s of dispatches of each session (a resume comes within a second or
      // two); full well before the first heap sample, so that it weighs the same in both.
      const replayable = Math.max(200, Math.ceil(rate * 15));
      for (const session of sessions()) if (session.sent && session.sent.length > replayable) session.sent.splice(0, session.sent.length - replayable);
      if (fake.gateway.events.length > 300) fake.gateway.events.splice(0, fake.gateway.events.length - 300);
      for (let k = clickable.length - 1; k >= 0; k--) if (!paged.has(clickable[k]!.token)) clickable.splice(k, 1);
    };

    const sweep = () => {
      const t = now();
      for (const record of fake.unanswered()) {
        if (!serverUnanswered.has(record.token)) {
          serverUnanswered.add(record.token);
          const tr = tracked.get(record.token);
          if (unansweredSamples.length < 20)
            unansweredSamples.push(
              `server: ${tr?.label ?? 'interaction'} dispatched at ${at(record.dispatchedAt)}${record.lateCallbackAt ? `, callback ${record.lateCallbackAt - record.dispatchedAt} ms after (refused)` : ', no callback within 3 s'}${context()}`,
            );
        }
      }
      for (const [token, tr] of tracked) {
        const age = t - tr.record.dispatchedAt;
        if (tr.ackAt === undefined && age > INITIAL_RESPONSE_MS && !timedUnanswered.has(token)) {
          timedUnanswered.add(token);
          if (unansweredSamples.length < 20 && !serverUnanswered.has(token))
            unansweredSamples.push(`timed: ${tr.label} dispatched at ${at(tr.record.dispatchedAt)}, not acknowledged within 3 s${context()}`);
        }
        if (age > answerTimeoutMs) {
          tracked.delete(token);
          if (tr.ackAt !== undefined) {
            unfinished++;
            if (unfinishedSamples.length < 20)
              unfinishedSamples.push(
                `${tr.label} dispatched at ${at(tr.record.dispatchedAt)}, acknowledged (type ${tr.callbackType}) after ${tr.ackAt - tr.record.dispatchedAt} ms, never answered${context()}`,
              );
          }
        }
      }
      readLogs();
      prune();
    };

    // -- heap and event loop --
    const trend: SoakReport['heap']['trend'] = [];
    let gcRunning = false;
    const heapAfterGc = (): number => {
      const wasMonitoring = monitoring;
      closeLoopSegment();
      gcRunning = true;
      gc?.();
      gc?.();
      setTimeout(() => (gcRunning = false), 30);
      if (wasMonitoring && !done) openLoopSegment();
      return process.memoryUsage().heapUsed;
    };
    let firstHeap = { at: 0, bytes: 0, held: {} as Record<string, number> };
    let lastHeap = { at: 0, bytes: 0, held: {} as Record<string, number> };

    // -- disturbances --
    let reloadWrites = 0;
    let reloadRemoves = 0;
    let dropped = 0;
    let reconnectsAsked = 0;
    let plannedRoute = 0;
    let plannedGlobal = 0;
    let restarts = 0;
    let restartMs: number | null = null;
    let gapMs: number | null = null;
    let skipped = 0;
    let restarting = false;
    let gateOpen = true;
    const resumeTimes: number[] = [];
    const identifiesAtStart = fake.gateway.identifyCount;
    const articleFiles: { file: string; word: string }[] = [];

    // Each change is checked through the bot: /search for the article's own word, until the answers
    // show the folder as it now is (the article there, or gone). A change the bot never serves is stale.
    const soakWord = (n: number) => `soakmark${[n % 26, Math.floor(n / 26) % 26, Math.floor(n / 676) % 26].map((d) => String.fromCharCode(97 + d)).join('')}`;
    const servedChecks = { verified: 0, stale: 0, visibleMs: [] as number[], samples: [] as string[] };
    const askServed = async (word: string): Promise<boolean | undefined> => {
      while (!gateOpen) await sleep(100);
      const user = users[nextUser++ % users.length]!;
      const record = fake.command('search', { query: word, limit: 5 }, { user });
      tracked.set(record.token, { record, kind: 'command', label: 'reload check (search)', user });
      sent++;
      sentByKind.command++;
      sentByLabel['reload check (search)'] = (sentByLabel['reload check (search)'] ?? 0) + 1;
      return new Promise((resolve) => {
        served.set(record.token, { word, resolve });
        setTimeout(() => served.delete(record.token) && resolve(undefined), 10_000);
      });
    };
    const checkServed = async (changedAt: number, expect: { word: string; present: boolean }[], what: string) => {
      const deadline = changedAt + 20_000;
      while (now() < deadline) {
        await sleep(1000);
        let all = true;
        for (const e of expect) {
          const found = await askServed(e.word);
          if (found === undefined || found !== e.present) all = false;
        }
        if (all) {
          servedChecks.verified++;
          servedChecks.visibleMs.push(now() - changedAt);
          return;
        }
      }
      servedChecks.stale++;
      readLogs();
      const reloads = reloadLog.filter((r) => r.at >= changedAt - 2000).map((r) => `${at(r.at)} (${r.articles} articles, ${r.problems} problems, ${r.ms} ms)`);
      if (servedChecks.samples.length < 10)
        servedChecks.samples.push(
          `${what} at ${at(changedAt)}: the answers still did not show the folder as it is 20 s later (${expect.map((e) => `${e.word} ${e.present ? 'present' : 'gone'}`).join(', ')}); the bot logged reloads at ${reloads.join(', ') || 'none'}${context()}`,
        );
    };
    const articleText = (n: number) => {
      const day = String(1 + (n % 28)).padStart(2, '0');
      // No colon in the title: front matter needs it quoted then.
      return (
        `---\ntitle: Soak report ${n} - crowds gather again in Baghdad\npublisher: Soak Wire\npublished: 2020-02-${day}\n---\n` +
        `Thousands of people marched in Baghdad on Friday, February ${Number(day)}, police said. Organisers put the crowd at ${1000 + n * 250}.\n` +
        `Muqtada al-Sadr called for calm as the march reached Tahrir Square, the ${soakWord(n)} correspondent wrote.\n`
      );
    };
    const reload = async (n: number) => {
      if (articleFiles.length) {
        const removed = articleFiles.splice(0);
        for (const f of removed) await rm(f.file, { force: true });
        reloadRemoves++;
        disturbed(removed.length > 1 ? 'articles removed' : 'article removed');
        await checkServed(
          now(),
          removed.map((f) => ({ word: f.word, present: false })),
          'a removal',
        );
        return;
      }
      reloadWrites++;
      const file = path.join(h.corpusDir, `soak-${n}.md`);
      await writeFile(file, articleText(n));
      articleFiles.push({ file, word: soakWord(n) });
      // Every second time, three more half a second apart, as an ingest of several articles in a row writes
      // them: the later ones land while the bot is loading the earlier ones.
      if (reloadWrites % 2 === 0) {
        disturbed('4 articles written 0.5 s apart');
        for (let extra = 1; extra <= 3; extra++) {
          await sleep(500);
          const next = path.join(h.corpusDir, `soak-${n}-${extra}.md`);
          await writeFile(next, articleText(n + 1000 * extra));
          articleFiles.push({ file: next, word: soakWord(n + 1000 * extra) });
        }
      } else disturbed('article written');
      await checkServed(
        now(),
        articleFiles.map((f) => ({ word: f.word, present: true })),
        articleFiles.length > 1 ? `${articleFiles.length} articles written` : 'an article written',
      );
    };

    const drop = async (n: number) => {
      if (restarting || !fake.gateway.connected) return;
      const resumesBefore = fake.gateway.resumeCount;
      const t0 = now();
      const how = n % 3;
      try {
        if (how === 2) {
          fake.gateway.requestReconnect();
          reconnectsAsked++;
          disturbed('gateway reconnect asked (op 7)');
        } else {
          fake.gateway.drop(how === 0 ? { terminate: true } : { code: 4000 });
          dropped++;
          disturbed(how === 0 ? 'gateway cut (1006)' : 'gateway closed (4000)');
        }
      } catch {
        return;
      }
      for (let waited = 0; waited < 30_000 && fake.gateway.resumeCount === resumesBefore; waited += 20) await sleep(20);
      if (fake.gateway.resumeCount > resumesBefore) resumeTimes.push(now() - t0);
    };

    const rateLimit = (n: number) => {
      if (n % 2 === 0) {
        fake.rateLimitOnce('POST', CALLBACK_PATH, 0.5, 1);
        disturbed('429 planned on the interaction callback');
      } else {
        fake.rateLimitOnce('PATCH', ORIGINAL_EDIT_PATH, 1, 1);
        disturbed('429 planned on the edit of a deferred reply');
      }
      plannedRoute++;
    };

    const restart = async () => {
      restarting = true;
      const t0 = now();
      disturbed('restart');
      let gapStarted: number | undefined;
      // The old bot drains first (and answers "restarting" meanwhile); dispatching stops just before its
      // gateway closes, since what the server sends then is for a session no bot will resume. Discord
      // itself would fail those; the report counts them as skipped, with the time no bot was connected.
      try {
        const client = h.bot.client;
        const destroy = client.destroy.bind(client);
        client.destroy = async () => {
          gateOpen = false;
          gapStarted = now();
          await sleep(300);
          return destroy();
        };
      } catch {
        gateOpen = false;
        gapStarted = now();
      }
      try {
        await h.startBotAgain();
        restarts++;
      } finally {
        gateOpen = true;
        const end = now();
        restartMs = end - t0;
        gapMs = gapStarted === undefined ? null : end - gapStarted;
        restarting = false;
        clickable.length = 0;
      }
    };

    const schedule = (atMs: number, what: () => unknown) => {
      if (atMs > durationMs) return;
      timers.push(
        setTimeout(() => {
          tasks.push(
            Promise.resolve()
              .then(what)
              .catch((err) => processProblems.push(`the soak's own ${what.name || 'task'} failed: ${describe(err)}`)),
          );
        }, atMs),
      );
    };

    // -- go --
    // One pinned summary, so that every reload also refreshes a pinned message through the REST API.
    const pinRecord = fake.command('summary', { pin: true }, { user: users[0], memberPermissions: server.MODERATOR_PERMISSIONS });
    for (let waited = 0; waited < 10_000 && !fake.state.requests.some((r) => r.token === pinRecord.token && WEBHOOK_ANSWER.test(r.route)); waited += 50)
      await sleep(50);

    openLoopSegment();
    started = now();
    // Reloads halfway through each period, drops at its end, 429s three quarters in: apart from one another.
    for (let k = 1; (k - 0.5) * reloadEveryMs <= durationMs; k++)
      schedule((k - 0.5) * reloadEveryMs, function reloadArticles() {
        return reload(k);
      });
    for (let k = 1; k * dropEveryMs <= durationMs; k++)
      schedule(k * dropEveryMs, function gatewayDrop() {
        return drop(k - 1);
      });
    for (let k = 1; (k - 0.25) * rateLimitEveryMs <= durationMs; k++)
      schedule((k - 0.25) * rateLimitEveryMs, function routeRateLimit() {
        rateLimit(k - 1);
      });
    schedule(globalAtMs, function globalRateLimit() {
      fake.rateLimitGlobalOnce('POST', CALLBACK_PATH, 0.5, 1);
      plannedGlobal++;
      disturbed('global 429 planned');
    });
    if (restartAtMs !== null) schedule(restartAtMs, restart);

    const dispatch = (planned: PlannedInteraction) => {
      const user = users[nextUser++ % users.length]!;
      let record: InteractionRecord;
      let label: string = planned.label;
      let kind: SoakKind = planned.kind;
      let clickedBy = user;
      if (planned.kind === 'button') {
        const answer = clickable.length ? clickable[clickable.length - 1 - Math.floor(workload.pick([0, 0, 1, 2, 3, 5, 8, 13]) % clickable.length)] : undefined;
        const message = answer ? fake.state.messages.get(answer.messageId) : undefined;
        const buttons = server.buttonsOf(message).filter((b) => !b.disabled && /:(next|prev|first|last)$/.test(b.customId));
        if (!answer || !message || !buttons.length) {
          const instead = workload.nextCommand();
          return dispatch(instead);
        }
        // Now and then someone else clicks (told it is not theirs); mostly the asker turns the page.
        clickedBy = workload.chance(0.05) ? user : answer.user;
        const next = buttons.find((b) => b.customId.endsWith(':next'));
        record = fake.button(message, next && workload.chance(0.7) ? next.customId : workload.pick(buttons).customId, { user: clickedBy });
        label = clickedBy === answer.user ? 'page-button' : 'page-button (not the asker)';
        kind = 'button';
      } else if (planned.kind === 'autocomplete') {
        record = fake.autocomplete(planned.name, planned.focused, planned.options, { user });
      } else {
        record = fake.command(planned.name, planned.options, { user });
      }
      tracked.set(record.token, { record, kind, label, user: clickedBy });
      sent++;
      sentByKind[kind]++;
      sentByLabel[label] = (sentByLabel[label] ?? 0) + 1;
    };

    let due = 0;
    let lastProgress = started;
    let nextTrend = started;
    let done = false;
    let tickTimer: NodeJS.Timeout | undefined;
    cleanups.push(() => clearTimeout(tickTimer));
    const finished = new Promise<void>((resolve) => {
      const tick = () => {
        const t = now();
        const elapsed = t - started;
        if (elapsed >= durationMs) {
          done = true;
          resolve();
          return;
        }
        const target = Math.floor((elapsed / 1000) * rate);
        // Catching up after a stall is capped at a second's worth: a burst, not a flood.
        if (target - due > rate) due = target - rate;
        while (due < target) {
          due++;
          if (!gateOpen) {
            skipped++;
            continue;
          }
          try {
            dispatch(workload.next());
          } catch (err) {
            dispatchErrors++;
            if (processProblems.length < 20 && dispatchErrors <= 3) processProblems.push(`dispatch failed: ${describe(err)}`);
          }
        }
        if (t >= nextTrend) {
          const m = process.memoryUsage();
          trend.push({ atSec: Math.round(elapsed / 1000), heapMB: toMB(m.heapUsed), rssMB: toMB(m.rss) });
          nextTrend += 10_000;
        }
        if (options.progress && t - lastProgress >= progressEveryMs) {
          lastProgress = t;
          options.progress(
            `[soak ${(elapsed / 1000).toFixed(0)} s] sent ${sent}, answered ${answered}, in flight ${tracked.size}, unanswered ${new Set([...serverUnanswered, ...timedUnanswered]).size}, ` +
              `heap ${toMB(process.memoryUsage().heapUsed)} MB, reloads ${reloadsObserved}, resumes ${resumeTimes.length}, 429s ${observedRoute429 + observedGlobal429}, restarts ${restarts}`,
          );
        }
        tickTimer = setTimeout(tick, 20);
      };
      tick();
    });
    // The longest stalls, and when: a 10 ms timer that came late (by the CPU this process got, or did not get, on a shared machine).
    const stalls: { at: number; ms: number; around: string }[] = [];
    let lastBeat = performance.now();
    const gcPauses = { count: 0, maxMs: 0, totalMs: 0, majorCount: 0, majorMaxMs: 0 };
    let lastGc = { end: 0, ms: 0 };
    const gcObserver = new PerformanceObserver((list) => {
      if (gcRunning) return;
      for (const entry of list.getEntries()) {
        gcPauses.count++;
        gcPauses.totalMs += entry.duration;
        gcPauses.maxMs = Math.max(gcPauses.maxMs, entry.duration);
        // NODE_PERFORMANCE_GC_MAJOR = 4
        if ((entry as unknown as { detail?: { kind?: number } }).detail?.kind === 4) {
          gcPauses.majorCount++;
          gcPauses.majorMaxMs = Math.max(gcPauses.majorMaxMs, entry.duration);
        }
        if (entry.duration > lastGc.ms || entry.startTime + entry.duration > lastGc.end + 1000)
          lastGc = { end: entry.startTime + entry.duration, ms: entry.duration };
      }
    });
    gcObserver.observe({ entryTypes: ['gc'] });
    cleanups.push(() => gcObserver.disconnect());
    const beat = setInterval(() => {
      const t = performance.now();
      const late = t - lastBeat - 10;
      lastBeat = t;
      if (late < 50 || gcRunning) return;
      const gcInIt = lastGc.end > t - late - 20 && lastGc.ms >= 10 ? `a GC pause of ${Math.round(lastGc.ms)} ms in it` : '';
      const around = [gcInIt, context().replace(/^; recent: /, '')].filter(Boolean).join('; ');
      stalls.push({ at: now() - started, ms: Math.round(late), around });
      stalls.sort((a, b) => b.ms - a.ms);
      if (stalls.length > 10) stalls.pop();
    }, 10);
    cleanups.push(() => clearInterval(beat));
    const sweeper = setInterval(sweep, 1000);
    timers.push(sweeper as unknown as NodeJS.Timeout);
    schedule(firstHeapAtMs, function firstHeapSample() {
      firstHeap = { at: now() - started, bytes: heapAfterGc(), held: held() };
    });
    await finished;
    lastHeap = { at: now() - started, bytes: heapAfterGc(), held: held() };
    const restHandlers = (h.bot.client as unknown as { rest?: { handlers?: { sweep?: (fn: (handler: { inactive: boolean }) => boolean) => number } } }).rest
      ?.handlers;
    const idleRestHandlersSwept = typeof restHandlers?.sweep === 'function' ? restHandlers.sweep((handler) => handler.inactive) : 0;
    const withoutIdleRest = idleRestHandlersSwept ? heapAfterGc() : lastHeap.bytes;
    if (!firstHeap.bytes) firstHeap = lastHeap;

    // What was still under way (a reload, a resume, the restart), then every answer still owed.
    await Promise.all(tasks);
    for (let waited = 0; waited < answerTimeoutMs + 2000 && tracked.size; waited += 100) await sleep(100);
    sweep();
    clearInterval(sweeper);
    closeLoopSegment();
    fake.state.off('request', onRequest);
    if (!done) throw new Error('the soak ended early');

    const allAcks = acks.command.merge(acks.autocomplete, acks.button).stats();
    const allReplies = replies.command.merge(replies.autocomplete, replies.button).stats();
    const unansweredTotal = new Set([...serverUnanswered, ...timedUnanswered]).size;
    const unconsumed = fake.state.failures.reduce((s, f) => s + Math.max(0, f.remaining), 0);
    report = {
      date: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
        totalMemGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
        node: process.version,
        platform: `${os.platform()} ${os.arch()}`,
        loadAvgStart: loadAvgStart.map((x) => Math.round(x * 100) / 100),
        loadAvgEnd: os.loadavg().map((x) => Math.round(x * 100) / 100),
      },
      options: {
        minutes: Math.round((durationMs / 60_000) * 1000) / 1000,
        rate,
        users: userCount,
        corpus: options.corpusDir ? path.basename(options.corpusDir) : 'tests/fixtures/articles',
        seed,
        pageTtlSec: pageTtlSeconds,
        reloadEverySec: reloadEveryMs / 1000,
        dropEverySec: dropEveryMs / 1000,
        rateLimitEverySec: rateLimitEveryMs / 1000,
        restartAtSec: restartAtMs === null ? null : restartAtMs / 1000,
      },
      durationSec: Math.round((now() - started) / 100) / 10,
      sent,
      sentByKind,
      sentByLabel,
      answered,
      unanswered: { server: serverUnanswered.size, timed: timedUnanswered.size, total: unansweredTotal, samples: unansweredSamples },
      unfinished: { count: unfinished, samples: unfinishedSamples },
      ack: allAcks,
      reply: allReplies,
      byKind: {
        command: { ack: acks.command.stats(), reply: replies.command.stats() },
        autocomplete: { ack: acks.autocomplete.stats(), reply: replies.autocomplete.stats() },
        button: { ack: acks.button.stats(), reply: replies.button.stats() },
      },
      outcomes,
      cooldownAnswers,
      restartingAnswers,
      httpErrors: httpErrors.list(),
      disturbances: {
        reloads: {
          writes: reloadWrites,
          removes: reloadRemoves,
          observed: reloadsObserved,
          served: servedChecks.verified,
          stale: servedChecks.stale,
          servedAfterMs: latencyStats(servedChecks.visibleMs),
          staleSamples: servedChecks.samples,
        },
        drops: { dropped, reconnectsAsked, resumed: resumeTimes.length, resumeMs: latencyStats(resumeTimes) },
        rateLimits: { planned: plannedRoute, plannedGlobal, observedRoute429, observedGlobal429, unconsumed },
        restart: { done: restarts, restartMs, gapMs, skipped, identifies: fake.gateway.identifyCount - identifiesAtStart },
        pinnedSummaryRefreshes: pinRefreshes,
      },
      heap: {
        forcedGc: gc !== undefined,
        firstAtSec: Math.round(firstHeap.at / 1000),
        firstMB: toMB(firstHeap.bytes),
        lastAtSec: Math.round(lastHeap.at / 1000),
        lastMB: toMB(lastHeap.bytes),
        growthPct: Math.round(((lastHeap.bytes - firstHeap.bytes) / firstHeap.bytes) * 1000) / 10,
        idleRestHandlersSwept,
        lastWithoutIdleRestMB: toMB(withoutIdleRest),
        growthWithoutIdleRestPct: Math.round(((withoutIdleRest - firstHeap.bytes) / firstHeap.bytes) * 1000) / 10,
        trend,
        held: { first: firstHeap.held, last: lastHeap.held },
      },
      eventLoop: {
        maxMs: Math.round(Math.max(0, ...loopSegments.map((x) => x.max)) / 1e5) / 10,
        // The larger of the segments' p99s, and their mean weighted by samples.
        p99Ms: Math.round(Math.max(0, ...loopSegments.map((x) => x.p99)) / 1e5) / 10,
        meanMs:
          Math.round(
            loopSegments.reduce((sum, x) => sum + x.mean * x.count, 0) /
              Math.max(
                1,
                loopSegments.reduce((n, x) => n + x.count, 0),
              ) /
              1e5,
          ) / 10,
        longest: stalls.map((x) => ({ atSec: Math.round(x.at / 100) / 10, ms: x.ms, around: x.around || 'no disturbance in the 10 s before' })),
      },
      gcPauses: {
        count: gcPauses.count,
        maxMs: Math.round(gcPauses.maxMs),
        totalMs: Math.round(gcPauses.totalMs),
        majorCount: gcPauses.majorCount,
        majorMaxMs: Math.round(gcPauses.majorMaxMs),
      },
      botLog: { errors: logErrors.list(), warnings: logWarnings.list() },
      fake: { problems: fake.problems().length, unknownRoutes },
      dispatchErrors,
    };
  } finally {
    for (const timer of timers) clearTimeout(timer);
    for (const cleanup of cleanups) cleanup();
    closeLoopSegment();
    await Promise.allSettled(tasks);
    await harness?.stop().catch((err: unknown) => processProblems.push(`stopping the harness failed: ${describe(err)}`));
    // Late rejections of the bot's shutdown count too: give them a moment before the handlers go.
    await sleep(500);
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  }
  return { ...report, process: { unhandledRejections, uncaughtExceptions, samples: processProblems } };
}
