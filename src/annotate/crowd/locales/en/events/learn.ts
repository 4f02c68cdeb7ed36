import type { Passage } from '../../../../../passages/types.js';
import { isOrgWord, lexiconTags } from '../../../../core/lexicon.js';
import { tokenize } from '../../../../core/tokens.js';
import { CONTAINER_PREPOSITIONS, GENERIC_PLACE_KEYS, NON_PLACE_HEADS, PLACE_NAME_PREPOSITIONS } from '../placeWords.js';
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
      if (!isContainer(m[2]!, p.text.slice(m.index + m[0].length))) continue;
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

/** "…, Chicago and San Francisco", "…, Canada, Japan and elsewhere": the name after the comma goes on as a list. */
const LIST_GOES_ON = /^(?:\s+(?:and|or)\s|,\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:,|\s+(?:and|or)\s))/u;

/**
 * Whether the name after "in Inner," (`outer`, followed by `rest`) is a place holding Inner ("in Kirkuk, Iraq",
 * "in Portland, Ore., who"), not the next item of a list of places ("in New York City, Chicago and San
 * Francisco"), a title opening the sentence's subject ("in Iowa, Mr. Trump said") or an institution
 * ("in Kentucky, DePaul University in Chicago").
 */
export function isContainer(outer: string, rest: string): boolean {
  if (LIST_GOES_ON.test(rest)) return false;
  const words = outer.split(/\s+/).map((w) => w.toLowerCase());
  if (words.length === 1 && lexiconTags(words[0]!).includes('Honorific')) return false;
  return !words.some((w) => GENERIC_PLACE_KEYS.has(w) || isOrgWord(w));
}
