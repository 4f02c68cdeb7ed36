/**
 * The clock a publication date is checked against. Injectable, so a test can
 * say what "today" is instead of depending on the day it runs.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** The UTC day `days` after the clock's day, as YYYY-MM-DD. */
export function utcDay(now: Date, days = 0): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days));
  return d.toISOString().slice(0, 10);
}

/** The day before a YYYY-MM-DD day. */
function dayBefore(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A publication date after tomorrow (UTC) cannot be right yet: no time zone
 * is more than a day ahead of UTC. Tomorrow itself is allowed, for a report
 * filed east of Greenwich. Returns null for an acceptable date, else the
 * first day on which it becomes acceptable (the day before it).
 */
export function futureDate(published: string, now: Date): { acceptableFrom: string } | null {
  return published > utcDay(now, 1) ? { acceptableFrom: dayBefore(published) } : null;
}
