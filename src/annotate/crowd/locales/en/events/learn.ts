import type { Passage } from '../../../../../passages/types.js';
import { tokenize } from '../../../../core/tokens.js';
import { CONTAINER_PREPOSITIONS, NON_PLACE_HEADS, PLACE_NAME_PREPOSITIONS } from '../placeWords.js';
import { isDemonym, isTimeWord, placeKey } from './places.js';

/** What the corpus as a whole says of places: the names it writes as places, and which places contain which. */

/** Place names the corpus writes after a place preposition ("in Los Angeles", "the streets of Washington"), folded. */
export function learnPlaceNames(passages: Passage[]): Set<string> {
  const names = new Set<string>();
  const NAME = "\\p{Lu}[\\p{L}’'-]*";
  const either = PLACE_NAME_PREPOSITIONS.map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1)}`).join('|');
  const pattern = new RegExp(`(?:\\b(?:${either})|\\bstreets of)\\s+(?:the\\s+)?((?:${NAME}\\s)*${NAME})(?!\\p{L}|['’])`, 'gu');
  for (const p of passages) {
    for (const m of p.text.matchAll(pattern)) {
      const words = m[1]!.split(/\s+/);
      if (words.some((w) => isTimeWord(w.toLowerCase().replace(/’/g, "'")) || /['’]s$/u.test(w))) continue;
      // "in British history": a demonym, or a name before an abstract noun, is no place
      const next = /^\s+(\p{Ll}+)/u.exec(p.text.slice(m.index + m[0].length))?.[1];
      if ((next && NON_PLACE_HEADS.has(next)) || isDemonym(tokenize(words.at(-1)!)[0]!)) continue;
      names.add(words.map(placeKey).join(' '));
    }
  }
  return names;
}

/** Places the corpus writes as "in Inner, Outer" ("in Kirkuk, Iraq"): Outer contains Inner. */
export function learnContainers(passages: Passage[]): Map<string, Set<string>> {
  const contains = new Map<string, Set<string>>();
  const NAME = "\\p{Lu}[\\p{L}'’-]+";
  const pattern = new RegExp(`\\b(?:${CONTAINER_PREPOSITIONS.join('|')})\\s+((?:${NAME}\\s)*${NAME}),\\s+((?:${NAME}\\s)*${NAME})`, 'gu');
  for (const p of passages) {
    for (const m of p.text.matchAll(pattern)) {
      const placeKeys = (names: string) =>
        names
          .split(/\s+/)
          .filter((w) => !isTimeWord(w.toLowerCase().replace(/’/g, "'")))
          .map(placeKey);
      const inner = placeKeys(m[1]!);
      const outer = placeKeys(m[2]!);
      for (const o of outer) {
        const set = contains.get(o) ?? new Set<string>();
        for (const i of inner) if (i !== o) set.add(i);
        contains.set(o, set);
      }
    }
  }
  return contains;
}
