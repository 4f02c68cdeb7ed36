import type { Passage } from '../../../../../passages/types.js';
import { lexiconTags } from '../../../../core/lexicon.js';
import { DEMONYM_STEM, SHORTEST_PLACE_KEY, STORY_PLACE_TAGS } from '../placeWords.js';
import { learnPlaceNames } from './learn.js';
import { placeKey } from './places.js';
import { isSpecificKey } from './specificKeys.js';

const CAPITALISED = /\b\p{Lu}[\p{L}’'-]+/gu;

/**
 * The places an article writes, as key words: the names it writes after a place preposition ("in Lusaka",
 * "the streets of Seoul"), and any word the lexicon knows as a country, a city or a people ("Brazil",
 * "Bolivian"). Two articles whose places have no key in common tell two stories' gatherings.
 */
export function articlePlaceKeys(passages: readonly Passage[]): Set<string> {
  const keys = new Set<string>();
  for (const name of learnPlaceNames([...passages])) {
    for (const w of name.split(/\s+/)) if (w.length >= SHORTEST_PLACE_KEY && isSpecificKey(w)) keys.add(w);
  }
  for (const p of passages) {
    for (const [word] of p.text.matchAll(CAPITALISED)) {
      const key = placeKey(word.toLowerCase());
      if (key.length >= SHORTEST_PLACE_KEY && lexiconTags(key).some((t) => STORY_PLACE_TAGS.includes(t))) keys.add(key);
    }
  }
  return keys;
}

/** Whether two place keys name one place: the same key, or a country and its people ("brazil", "brazilian"). */
export function sameStoryPlace(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= DEMONYM_STEM && long.startsWith(short);
}

/** Whether two articles' places have a key in common. */
export function placesMeet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) for (const l of b) if (sameStoryPlace(k, l)) return true;
  return false;
}
