import { tokenize } from '../../../../../core/tokens.js';
import type { CrowdPlace } from '../../../../types.js';
import { LOCATION_PREPOSITIONS, PLACE_LIST, PLACE_LIST_DELIMITER, RESPECTIVELY } from '../../placeWords.js';
import { isContainer } from '../learn.js';
import type { LocateRule, Located } from '../located.js';
import { placeKey } from '../places.js';
import { isSpecificKey } from '../specificKeys.js';

/**
 * The places a sentence lists after its first place preposition, each with what contains it ("in Washington, D.C.,
 * and Madison, Wis.," → Washington, D.C.; Madison, Wis.), in order; [] when there is no such list.
 */
export function listedPlaces(text: string): CrowdPlace[] {
  const tokens = tokenize(text);
  for (const t of tokens) {
    if (t.kind !== 'word' || !LOCATION_PREPOSITIONS.has(t.lower)) continue;
    const list = PLACE_LIST.exec(text.slice(t.end))?.[1];
    if (!list) continue;
    const parts = list.split(PLACE_LIST_DELIMITER);
    const items: string[][] = [];
    for (let i = 0; i < parts.length; i += 2) {
      const name = parts[i]!.trim();
      if (!name) continue;
      const delimiter = parts[i - 1] ?? '';
      // "D.C." after "Washington," contains it; "Madison" after ", and" is the next item
      if (items.length && !/\band\b/.test(delimiter) && isContainer(name, parts.slice(i + 1).join(''))) items[items.length - 1]!.push(name);
      else items.push([name]);
    }
    const places = items.map((words) => ({
      text: `${t.lower} ${words.join(', ')}`,
      keys: words[0]!
        .split(/\s+/)
        .map(placeKey)
        .filter((k) => k.length > 1),
    }));
    return places.length > 1 && places.every((p) => p.keys.some(isSpecificKey)) ? places : [];
  }
  return [];
}

export const respectivelyPlace: LocateRule = {
  name: 'respectively-place',
  reason:
    'Figures that a sentence pairs with a list of places by "respectively" ("Peace demonstrations in Washington, D.C., and Madison, Wis., drew 1,500 and 500, respectively") are each at the place of the same rank, not all at the first.',
  apply(located) {
    const bySentence = new Map<string, Located[]>();
    for (const l of located) {
      if (l.claim.relation || !RESPECTIVELY.test(l.passage.text)) continue;
      bySentence.set(l.passage.id, [...(bySentence.get(l.passage.id) ?? []), l]);
    }
    for (const same of bySentence.values()) {
      const places = listedPlaces(same[0]!.passage.text);
      if (places.length < 2 || places.length !== same.length) continue;
      same.sort((a, b) => a.claim.start - b.claim.start);
      same.forEach((l, i) => (l.place = places[i]!));
    }
  },
};
