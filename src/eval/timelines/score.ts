import { rates, type Counts, type Rates } from '../score.js';

/**
 * Date selection scored as news-tls and tilse score it: the days a timeline lists against the days of
 * the journalists' timeline, as sets. Precision is the share of listed days that are key days, recall
 * the share of key days listed.
 */
export function dateCounts(listed: Iterable<string>, gold: Iterable<string>): Counts {
  const chosen = new Set(listed);
  const key = new Set(gold);
  const tp = [...chosen].filter((d) => key.has(d)).length;
  return { tp, fp: chosen.size - tp, fn: key.size - tp };
}

/** The mean of each rate over topics (news-tls averages per timeline); a rate that is null for a topic counts as 0. */
export function meanRates(perTopic: readonly Rates[]): Rates {
  if (!perTopic.length) return { precision: null, recall: null, f1: null };
  const mean = (pick: (r: Rates) => number | null) => perTopic.reduce((sum, r) => sum + (pick(r) ?? 0), 0) / perTopic.length;
  return { precision: mean((r) => r.precision), recall: mean((r) => r.recall), f1: mean((r) => r.f1) };
}

export { rates };

/**
 * The naive baseline: the `limit` days on which most articles were published (within [from, to] when
 * given), ties to the earlier day.
 */
export function busiestPublicationDays(published: readonly string[], limit: number, from?: string, to?: string): string[] {
  const perDay = new Map<string, number>();
  for (const day of published) {
    if ((from && day < from) || (to && day > to)) continue;
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  return [...perDay.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([day]) => day);
}
