import type { Token } from '../../../../../core/tokens.js';
import type { CrowdPlace, Quantity } from '../../../../types.js';
import { namedPlaceAfter } from '../../events/places.js';
import { PART_OPENERS } from '../../placeWords.js';
import { PART_MARKS, PART_PREPOSITIONS, PART_PRONOUNS } from '../../words.js';
import type { RelatedClaimRule } from '../sentenceClaims.js';

/**
 * The figure opens a part of the figure before it, at a place it names: "more than 2 million took part
 * nationwide, including 400,000 in Paris", "…, among them 400,000 people in Paris". The part follows a comma or
 * dash after the whole; a breakdown by group ("including 400 students") names no place and is no part.
 */
function partPlace(text: string, tokens: Token[], qs: Quantity[], i: number, joinedPart: boolean): CrowdPlace | null {
  const q = qs[i]!;
  const whole = qs[i - 1];
  if (!whole) return null;
  // "including 400,000 in Paris and 30,000 in Marseille": a figure joined to a part is a part too
  if (joinedPart) return namedPlaceAfter(text, tokens, q.resume);
  let k = q.first - 1;
  if (PART_OPENERS.has(tokens[k]?.lower ?? '')) k--;
  else if (PART_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') && PART_PRONOUNS.has(tokens[k]?.lower ?? '')) k -= 2;
  else return null;
  if (!tokens[k] || tokens[k]!.kind !== 'punct' || !PART_MARKS.has(tokens[k]!.text) || tokens[k]!.start < whole.end) return null;
  return namedPlaceAfter(text, tokens, q.resume);
}

export const partAtPlace: RelatedClaimRule = {
  name: 'part-at-place',
  reason:
    'A figure opening a part of the count before it at a place it names ("…, including 400,000 in Paris") is a count of its own there, by whoever gave the whole.',
  claim({ sentence: { text, tokens, quantities, joined }, claimOf, partOf, claimAfter }, i) {
    const joinedPart = joined[i] === i - 1 && partOf.has(i - 1);
    const whole = joinedPart ? partOf.get(i - 1) : claimOf.get(i - 1);
    const place = whole && partPlace(text, tokens, quantities, i, joinedPart);
    if (!whole || !place) return null;
    const claim = claimAfter(i, whole);
    claim.relation = { kind: 'part-of', whole, place };
    partOf.set(i, whole);
    claimOf.set(i, claim);
    return claim;
  },
};
