import { noteRule } from '../../../../../core/rules.js';
import type { Token } from '../../../../../core/tokens.js';
import type { CrowdPlace, Quantity } from '../../../../types.js';
import { namedPlaceAfter, placeEndingAt } from '../../events/places.js';
import { LIST_OPENERS, LIST_SEPARATORS } from '../../words.js';
import { LOCATION_PREPOSITIONS } from '../../placeWords.js';
import { countedAfter } from '../people.js';
import type { RelatedClaimRule } from '../sentenceClaims.js';

/** The token before a figure, when it is what opens or continues a list ("with", ",", "and", ", and"). */
function listLink(tokens: Token[], q: Quantity): 'opens' | 'continues' | null {
  const before = tokens[q.first - 1];
  if (!before) return null;
  if (LIST_OPENERS.has(before.lower)) return 'opens';
  if (LIST_SEPARATORS.has(before.lower) || before.text === ',' || before.text === ';') return 'continues';
  return null;
}

/** The figure before was given at a place: "300 in Northbridge, …", "Thousands marched in Vienna, …". */
function placeBetween(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (LOCATION_PREPOSITIONS.has(tokens[k]!.lower) && namedPlaceAfter(text, tokens, k)) return true;
  return false;
}

/** The place phrase ending right before the figure, after a comma or "and" ("…, in Braga 1,500"). */
function placeRightBefore(text: string, tokens: Token[], q: Quantity): CrowdPlace | null {
  const found = placeEndingAt(text, tokens, q.first);
  const link = found && tokens[found.at - 1];
  return link && (link.text === ',' || LIST_SEPARATORS.has(link.lower)) ? found.place : null;
}

export const listByPlace: RelatedClaimRule = {
  name: 'list-by-place',
  reason:
    'A sentence listing figures by place ("about 300 in Northbridge, 4,000 in Eastport and some 5,000 in Kelham", "in Northbridge 300, in Eastport 4,000") gives a size for each place, all from whoever gave the list; a list opens with "with" or a colon in a sentence about a gathering, or continues one whose figure before was a size at a place.',
  claim({ sentence, claimOf, claimAt, claimAfter, claimantFor }, i) {
    const { text, tokens, quantities, aboutGathering } = sentence;
    const q = quantities[i]!;
    const link = listLink(tokens, q);
    const previous = quantities[i - 1];
    const before = claimOf.get(i - 1);
    // "In Porto there were 3,000 protesters, in Braga 1,500 and in Faro some 800": the place comes first
    const placeFirst = !link && previous && before ? placeRightBefore(text, tokens, q) : null;
    if (placeFirst && placeEndingAt(text, tokens, previous!.first)) {
      const claim = claimAfter(i, before!);
      // dated like the item before, at its own place (the part-of rule reads it)
      claim.relation = { kind: 'part-of', whole: before!, place: placeFirst };
      claimOf.set(i, claim);
      return claim;
    }
    if (!link || !namedPlaceAfter(text, tokens, q.resume)) return null;
    if (link === 'continues') {
      if (!previous || !before || !placeBetween(text, tokens, previous.resume, q.first)) return null;
      const claim = claimAfter(i, before);
      claimOf.set(i, claim);
      return claim;
    }
    if (!aboutGathering) return null;
    const { claimant, rule } = claimantFor(q.first, q.last, false);
    const claim = claimAt(q, { counted: countedAfter(tokens, q, 'people'), claimant, forecast: false });
    if (rule) noteRule(claim, rule);
    claimOf.set(i, claim);
    return claim;
  },
};
