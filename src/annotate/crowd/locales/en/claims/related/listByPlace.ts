import { noteRule } from '../../../../../core/rules.js';
import type { Token } from '../../../../../core/tokens.js';
import type { CrowdPlace, Quantity } from '../../../../types.js';
import { namedPlaceAfter, placeEndingAt } from '../../events/places.js';
import { ITEM_COUNT_PREPOSITIONS, ITEM_COUNT_REACH, LIST_OPENERS, LIST_SEPARATORS } from '../../words.js';
import { isGatheringNoun } from '../../events/gatheringNouns.js';
import { HYPHEN_DASH } from '../../peopleWords.js';
import { LOCATION_PREPOSITIONS } from '../../placeWords.js';
import { countedAfter } from '../people.js';
import type { RelatedClaimRule } from '../sentenceClaims.js';

/** The token before a figure, when it is what opens or continues a list ("with", ",", "and", ", and"). */
function listLink(tokens: Token[], q: Quantity): 'opens' | 'continues' | null {
  const before = tokens[q.first - 1];
  if (!before) return null;
  if (LIST_OPENERS.has(before.lower)) return 'opens';
  // "crowds of supporters--400 in Tucson": a dash of two hyphens after a gathering noun's phrase (not "The workers--some 60,000 in the CWA")
  if (HYPHEN_DASH.every((h, n) => tokens[q.first - HYPHEN_DASH.length + n]?.text === h) && dashAfterGathering(tokens, q.first - HYPHEN_DASH.length))
    return 'opens';
  if (LIST_SEPARATORS.has(before.lower) || before.text === ',' || before.text === ';') return 'continues';
  return null;
}

/** The figure before was given at a place: "300 in Northbridge, …", "Thousands marched in Vienna, …". */
function placeBetween(text: string, tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (LOCATION_PREPOSITIONS.has(tokens[k]!.lower) && namedPlaceAfter(text, tokens, k)) return true;
  return false;
}

/** Words back from a dash to the gathering noun whose phrase it ends: "crowds of supporters--". */
const DASH_NOUN_REACH = 3;

/** A gathering noun ends the phrase before the dash at token k, within a few words: "met by enthusiastic crowds of supporters--". */
function dashAfterGathering(tokens: Token[], k: number): boolean {
  for (let m = k - 1; m >= 0 && m >= k - DASH_NOUN_REACH; m--) if (isGatheringNoun(tokens[m])) return true;
  return false;
}

/** The place phrase ending right before the figure, after a comma or "and" ("…, in Braga 1,500"). */
function placeRightBefore(text: string, tokens: Token[], q: Quantity): CrowdPlace | null {
  const found = placeEndingAt(text, tokens, q.first);
  const link = found && tokens[found.at - 1];
  return link && (link.text === ',' || LIST_SEPARATORS.has(link.lower)) ? found.place : null;
}

/** A figure inside a list item's phrase, after its preposition: "at three events". */
function insideItem(tokens: Token[], q: Quantity): boolean {
  return tokens[q.first - 1]?.kind === 'word' && ITEM_COUNT_PREPOSITIONS.has(tokens[q.first - 1]!.lower);
}

/** "1,000 at three events in Chicago": the named place after a phrase counting events, within the item. */
function placeAfterCount(text: string, tokens: Token[], quantities: Quantity[], q: Quantity): boolean {
  const at = q.resume;
  if (!ITEM_COUNT_PREPOSITIONS.has(tokens[at]?.lower ?? '') || !quantities.some((o) => o.first === at + 1)) return false;
  for (let k = at + 1; k < tokens.length && k <= at + ITEM_COUNT_REACH; k++) {
    if (tokens[k]!.kind === 'punct') return false;
    if (LOCATION_PREPOSITIONS.has(tokens[k]!.lower) && namedPlaceAfter(text, tokens, k)) return true;
  }
  return false;
}

export const listByPlace: RelatedClaimRule = {
  name: 'list-by-place',
  reason:
    'A sentence listing figures by place ("about 300 in Northbridge, 4,000 in Eastport and some 5,000 in Kelham", "in Northbridge 300, in Eastport 4,000") gives a size for each place, all from whoever gave the list; a list opens with "with" or a colon in a sentence about a gathering, or continues one whose figure before was a size at a place.',
  claim({ sentence, claimOf, claimAt, claimAfter, claimantFor }, i) {
    const { text, tokens, quantities, aboutGathering } = sentence;
    const q = quantities[i]!;
    const link = listLink(tokens, q);
    // "1,000 at three events in Chicago; 600 in Rochester": a figure inside the item before is no item
    const item = !claimOf.has(i - 1) && i > 1 && insideItem(tokens, quantities[i - 1]!) ? i - 2 : i - 1;
    const previous = quantities[item];
    const before = claimOf.get(item);
    // "In Porto there were 3,000 protesters, in Braga 1,500 and in Faro some 800": the place comes first
    const placeFirst = !link && previous && before ? placeRightBefore(text, tokens, q) : null;
    if (placeFirst && placeEndingAt(text, tokens, previous!.first)) {
      const claim = claimAfter(i, before!);
      // dated like the item before, at its own place (the part-of rule reads it)
      claim.relation = { kind: 'part-of', whole: before!, place: placeFirst };
      claimOf.set(i, claim);
      return claim;
    }
    if (!link || !(namedPlaceAfter(text, tokens, q.resume) ?? (link === 'continues' && placeAfterCount(text, tokens, quantities, q)))) return null;
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
