import type { PhraseUseCounts } from './count.js';
import PHRASE_USE_LINES from './phraseUse.json' with { type: 'json' };

/**
 * The phrase-use table (`phraseUse.json`, made by `npm run fit:phrase-use`; docs/dependencies.md says on what text): for
 * each capitalised phrase seen at least `PHRASE_USE_MIN_SEEN` times in mid-sentence prose, how often, right after a place
 * preposition, and how often speaking, acting or owning a role. Kept as the JSON's one sorted array of short lines
 * ("las vegas|160|126|2"), looked up by binary search: no map or object per phrase is built.
 */

/** Phrases seen fewer times than this are left out of the table. */
export const PHRASE_USE_MIN_SEEN = 8;

const SEPARATOR = '|';

const keyOf = (line: string) => line.slice(0, line.indexOf(SEPARATOR));
const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The table's text: a JSON array of "phrase|seen|place|agent", sorted by phrase, one a line. */
export function phraseUseTable(counts: ReadonlyMap<string, PhraseUseCounts>): string {
  const lines = [...counts]
    .filter(([key, c]) => c.seen >= PHRASE_USE_MIN_SEEN && !key.includes(SEPARATOR))
    .sort(([a], [b]) => byKey(a, b))
    .map(([key, c]) => `${key}${SEPARATOR}${c.seen}${SEPARATOR}${c.place}${SEPARATOR}${c.agent}`);
  return `[\n${lines.map((l) => `  ${JSON.stringify(l)}`).join(',\n')}\n]\n`;
}

const LINES = PHRASE_USE_LINES as readonly string[];

/** The counts of a phrase by its key (`phraseKey`), or undefined when it was seen too rarely. */
export function phraseUseOf(key: string): PhraseUseCounts | undefined {
  let lo = 0;
  let hi = LINES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const line = LINES[mid]!;
    const order = byKey(keyOf(line), key);
    if (order === 0) {
      const [, seen, place, agent] = line.split(SEPARATOR);
      return { seen: Number(seen), place: Number(place), agent: Number(agent) };
    }
    if (order < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}
