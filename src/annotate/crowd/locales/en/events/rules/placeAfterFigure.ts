import { tokenize, type Token } from '../../../../../core/tokens.js';
import type { CrowdPlace } from '../../../../types.js';
import { isPeopleNoun } from '../../claims/people.js';
import { LOCATION_PREPOSITIONS } from '../../placeWords.js';
import type { LocateRule, Located } from '../located.js';
import { placeAt } from '../places.js';
import { isSpecificKey } from '../specificKeys.js';

/** The named place written right after a claim's figure (and its people noun): "5,000 in Los Angeles", "300 people in Tucson, Ariz."; else null. */
function placeRightAfter(l: Located, tokens: Token[]): CrowdPlace | null {
  const end = l.claim.end - l.passage.start;
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 0) return null;
  if (isPeopleNoun(tokens[k])) k++;
  if (!LOCATION_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return null;
  const place = placeAt(l.passage.text, tokens, k);
  return place?.keys.some(isSpecificKey) ? place : null;
}

export const placeAfterFigure: LocateRule = {
  name: 'place-after-figure',
  reason:
    'A sentence that writes two or more of its figures each with a place right after it ("Protests drew 5,000 in Los Angeles, 2,000 in San Diego and 1,000 in Austin, Texas") places each at its own: not all at the places the sentence names together; a sentence with one such figure is left to the other rules.',
  apply(located) {
    const bySentence = new Map<string, Located[]>();
    for (const l of located) if (!l.claim.relation) bySentence.set(l.passage.id, [...(bySentence.get(l.passage.id) ?? []), l]);
    for (const same of bySentence.values()) {
      if (same.length < 2) continue;
      const tokens = tokenize(same[0]!.passage.text);
      const own = same.map((l) => [l, placeRightAfter(l, tokens)] as const).filter(([, p]) => p !== null);
      if (own.length < 2 || new Set(own.map(([, p]) => p!.keys.join('+'))).size < 2) continue;
      for (const [l, place] of own) l.place = place;
    }
  },
};
