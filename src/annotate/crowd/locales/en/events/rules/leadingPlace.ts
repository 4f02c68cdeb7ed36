import { tokenize, type Token } from '../../../../../core/tokens.js';
import type { CrowdPlace } from '../../../../types.js';
import { LEADING_PLACE_REACH, LOCATION_PREPOSITIONS } from '../../placeWords.js';
import { eachLocated } from '../located.js';
import { placeAt } from '../places.js';
import { endsSentence } from '../../claimant/clause.js';
import { OPENING_QUOTES } from '../../claimantWords.js';
import { isSpecificKey } from '../specificKeys.js';

/**
 * The place phrase opening the sentence before the figure's clause ("In Chicago, a demonstration of 4,000
 * marched to the Israeli consulate", "The same day at Northwestern University in Evanston, Ill., 40
 * students picketed"), else null: a preposition among its first words, then a comma (a state's
 * abbreviation may come before it), then the figure within a few words.
 */
function openingPlace(text: string, tokens: Token[], figure: number): CrowdPlace | null {
  // the figure's sentence, in a passage that may run on from another ("“… now.” In Chicago, …")
  let from = figure - 1;
  while (from > 0 && !endsSentence(tokens, from - 1)) from--;
  while (tokens[from] && OPENING_QUOTES.has(tokens[from]!.text)) from++;
  for (let k = from; k < Math.min(figure, from + LEADING_PLACE_REACH); k++) {
    if (tokens[k]!.kind !== 'word' || !LOCATION_PREPOSITIONS.has(tokens[k]!.lower)) continue;
    const place = placeAt(text, tokens, k);
    if (!place?.keys.some(isSpecificKey)) continue;
    const end = tokens[k]!.start + place.text.length;
    let j = tokens.findIndex((t) => t.start >= end);
    let comma = -1;
    // ", Ill.," — a state's abbreviation after the city
    for (; j >= 0 && j < figure && (tokens[j]!.text === ',' || tokens[j]!.text === '.' || /^\p{Lu}\p{Ll}{0,4}$/u.test(tokens[j]!.text)); j++)
      if (tokens[j]!.text === ',') comma = j;
    if (comma < 0 || figure - j > LEADING_PLACE_REACH || tokens.slice(j, figure).some((t) => t.kind === 'punct')) continue;
    return place;
  }
  return null;
}

export const leadingPlace = eachLocated({
  name: 'leading-place',
  reason:
    'A place opening the sentence before the figure ("In Chicago, a demonstration of 4,000 marched to the Israeli consulate") is the city the gathering\'s own place is in: a consulate in Chicago is not one in San Francisco.',
  correct(l) {
    const tokens = tokenize(l.passage.text);
    const figure = tokens.findIndex((t) => t.start >= l.claim.start - l.passage.start);
    if (figure <= 0) return;
    const leading = openingPlace(l.passage.text, tokens, figure);
    if (!leading || l.place?.keys.some((k) => leading.keys.includes(k))) return;
    l.place = l.place
      ? { ...l.place, text: `${l.place.text} ${leading.text.charAt(0).toLowerCase()}${leading.text.slice(1)}`, keys: [...l.place.keys, ...leading.keys] }
      : leading;
  },
});
