import { createHash } from 'node:crypto';
import { DISCORD_RULES, type Bucket, type FakeDiscordState, type PlannedFailure } from './state.js';

/**
 * Discord's rate limits (discord-api-docs developers/topics/rate-limits.mdx): every response carries
 * X-RateLimit-Limit, -Remaining, -Reset, -Reset-After and -Bucket for the route's bucket; a bucket is
 * counted per top-level resource (channel, guild, webhook id + token). An exhausted bucket answers
 * 429 with `retry_after` and X-RateLimit-Scope; the global limit (50 requests a second, interaction
 * endpoints excluded) answers 429 with `global: true` and X-RateLimit-Global.
 */

/** Every route not given a limit by a test: generous, so the suite is never slowed, but counted and reported honestly. */
export const DEFAULT_BUCKET = { limit: 50, windowMs: 1000 } as const;

export interface LimitDecision {
  headers: Record<string, string>;
  /** Set when the request is over its limit: the 429 to answer. */
  refusal?: { status: 429; body: Record<string, unknown>; headers: Record<string, string> };
}

const seconds = (ms: number) => (Math.max(0, ms) / 1000).toFixed(3);

/** The top-level resource of a path, which Discord counts a bucket per. */
export function majorParameter(path: string): string {
  return (
    /^\/channels\/(\d+)/.exec(path)?.[1] ??
    /^\/guilds\/(\d+)/.exec(path)?.[1] ??
    /^\/applications\/\d+\/guilds\/(\d+)/.exec(path)?.[1] ??
    /^\/webhooks\/(\d+\/[^/]+)/.exec(path)?.[1] ??
    /^\/interactions\/(\d+\/[^/]+)/.exec(path)?.[1] ??
    'global'
  );
}

/** Interaction endpoints (callbacks, and webhooks with an interaction token) are not bound to the global limit. */
export function isInteractionEndpoint(path: string): boolean {
  return path.startsWith('/interactions/') || path.startsWith('/webhooks/');
}

const hashOf = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 16);

function bucketHeaders(b: Bucket, now: number): Record<string, string> {
  return {
    'X-RateLimit-Limit': String(b.limit),
    'X-RateLimit-Remaining': String(Math.max(0, b.limit - b.count)),
    'X-RateLimit-Reset': seconds(b.resetAt),
    'X-RateLimit-Reset-After': seconds(b.resetAt - now),
    'X-RateLimit-Bucket': b.hash,
  };
}

export function globalRefusal(retryAfterSeconds: number): NonNullable<LimitDecision['refusal']> {
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: true },
    headers: { 'Retry-After': String(retryAfterSeconds), 'X-RateLimit-Global': 'true', 'X-RateLimit-Scope': 'global' },
  };
}

/**
 * Counts the request in its bucket (and against the global limit) and decides whether it goes
 * through. `planned` is a 429 a test asked for (FakeDiscord.rateLimitOnce / rateLimitGlobalOnce).
 */
export function rateLimit(st: FakeDiscordState, method: string, routeName: string, path: string, planned: PlannedFailure | undefined): LimitDecision {
  const now = st.now();
  if (planned?.global) return { headers: {}, refusal: globalRefusal(planned.retryAfterSeconds) };

  const custom = st.routeLimits.find((l) => l.method === method && l.route.test(path));
  const limit = custom?.limit ?? DEFAULT_BUCKET.limit;
  const windowMs = custom?.windowMs ?? DEFAULT_BUCKET.windowMs;
  const hash = hashOf(custom ? `${routeName}|${custom.route.source}|${custom.limit}/${custom.windowMs}` : routeName);
  const key = `${hash}:${majorParameter(path)}`;
  let b = st.buckets.get(key);
  if (!b || now >= b.resetAt || b.limit !== limit || b.windowMs !== windowMs) {
    b = { hash, limit, windowMs, count: 0, resetAt: now + windowMs };
    st.buckets.set(key, b);
  }

  if (planned) {
    // A 429 a test planned: the bucket reports itself exhausted until retry_after has passed.
    const retryMs = planned.retryAfterSeconds * 1000;
    const scope = planned.scope ?? 'user';
    return {
      headers: {},
      refusal: {
        status: 429,
        body: {
          message: scope === 'shared' ? 'The resource is being rate limited.' : 'You are being rate limited.',
          retry_after: planned.retryAfterSeconds,
          global: false,
        },
        headers: {
          'Retry-After': String(planned.retryAfterSeconds),
          'X-RateLimit-Limit': String(b.limit),
          'X-RateLimit-Remaining': '0',
          'X-RateLimit-Reset': seconds(now + retryMs),
          'X-RateLimit-Reset-After': seconds(retryMs),
          'X-RateLimit-Bucket': b.hash,
          'X-RateLimit-Scope': scope,
        },
      },
    };
  }

  if (st.strict.globalRateLimit && !isInteractionEndpoint(path)) {
    st.globalWindow = st.globalWindow.filter((t) => t > now - 1000);
    if (st.globalWindow.length >= DISCORD_RULES.globalRequestsPerSecond) {
      const retry = (st.globalWindow[0]! + 1000 - now) / 1000;
      return { headers: {}, refusal: globalRefusal(Number(Math.max(0.001, retry).toFixed(3))) };
    }
    st.globalWindow.push(now);
  }

  if (b.count >= b.limit) {
    const retry = Number(((b.resetAt - now) / 1000).toFixed(3));
    return {
      headers: {},
      refusal: {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: retry, global: false },
        headers: { 'Retry-After': String(retry), ...bucketHeaders(b, now), 'X-RateLimit-Scope': 'user' },
      },
    };
  }
  b.count++;
  return { headers: bucketHeaders(b, now) };
}
