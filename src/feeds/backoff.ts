/** However often a feed fails, it is tried again at least once a day. */
const MAX_DELAY_MS = 24 * 3_600_000;

/**
 * When a feed is next polled: after its interval when the poll went well;
 * after a failure, the interval doubled for each failure in a row (2, 4, 8 …
 * times), up to a day, so a feed that is gone or broken costs its host little.
 */
export function nextPollAt(intervalSeconds: number, consecutiveErrors: number, now: Date): Date {
  const factor = 2 ** Math.min(Math.max(consecutiveErrors, 0), 16);
  return new Date(now.getTime() + Math.min(intervalSeconds * 1000 * factor, MAX_DELAY_MS));
}
