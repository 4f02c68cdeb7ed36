import { tokenize } from '../../../../../core/tokens.js';
import type { CrowdPlace } from '../../../../types.js';
import type { LocateRule } from '../located.js';
import { placeAt } from '../places.js';
import { isSpecificKey } from '../specificKeys.js';

/** The last place with a name of its own that `text` writes ("reached a high point in San Francisco"), else null. */
export function lastNamedPlace(text: string): CrowdPlace | null {
  const tokens = tokenize(text);
  for (let k = tokens.length - 1; k >= 0; k--) {
    if (tokens[k - 1]?.lower === 'than') continue;
    const place = placeAt(text, tokens, k);
    if (place?.keys.some(isSpecificKey)) return place;
  }
  return null;
}

export const paragraphPlace: LocateRule = {
  name: 'paragraph-place',
  reason:
    'A claim naming no place of its own is about a gathering where an earlier sentence of its paragraph puts the scene ("The tide reached a high point in San Francisco. Hundreds of people turned out."), the nearest one before it.',
  apply(located, corpus) {
    for (const l of located) {
      if (l.place?.national || l.place?.keys.some(isSpecificKey)) continue;
      const before = (corpus.passagesOfArticle.get(l.claim.articleId) ?? []).filter(
        (p) => p.paragraph === l.passage.paragraph && p.kind === l.passage.kind && p.end <= l.passage.start,
      );
      for (const p of before.reverse()) {
        const place = lastNamedPlace(p.text);
        if (!place) continue;
        l.place = l.place ? { ...l.place, text: `${l.place.text} ${place.text}`, keys: [...l.place.keys, ...place.keys] } : place;
        break;
      }
    }
  },
};
