import { isPlaceAcronym, isTitle } from '../predicates.js';
import { has } from '../tokens.js';
import { PLACE_TAGS } from '../words.js';
import type { SpanRefiner } from './context.js';

export const titlesDemonymsPlaces: SpanRefiner = {
  name: 'titles-demonyms-places',
  reason: 'A run made only of titles, demonyms and places ("Iraqi", "U.S. President", "Baghdad") names no person or body, unless something says person.',
  judge: ({ name, personHint }) =>
    name.every((t) => isTitle(t) || has(t, 'Demonym') || ((has(t, ...PLACE_TAGS) || isPlaceAcronym(t)) && !personHint)) ? 'drop' : undefined,
};
