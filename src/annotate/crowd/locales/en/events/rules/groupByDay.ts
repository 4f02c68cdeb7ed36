import type { Located } from '../located.js';

/** The claims of each day, in the order first met; a year is its own gathering, never one of its days. */
export function groupByDay(located: Located[]): Located[][] {
  const byDate = new Map<string, Located[]>();
  for (const l of located) {
    const key = l.dateSource === 'year' ? `year:${l.date}` : (l.date ?? '');
    const list = byDate.get(key) ?? [];
    list.push(l);
    byDate.set(key, list);
  }
  return [...byDate.values()];
}
