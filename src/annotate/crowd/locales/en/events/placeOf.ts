import type { Passage } from '../../../../../passages/types.js';
import { tokenize, type Token } from '../../../../core/tokens.js';
import type { CrowdClaimFound, CrowdPlace } from '../../../types.js';
import { gatheringWords } from '../gathering.js';
import { DEFINITE_WORDS } from '../placeWords.js';
import { isGatheringNoun, linkedGatheringNouns } from './gatheringNouns.js';
import { modifierPlace } from './modifierPlace.js';
import { nationalScope } from './nationalScope.js';
import { placeAt, placeEndingAt } from './places.js';
import { COORDINATORS } from '../words.js';
import { endsSentence } from '../claimant/clause.js';

/** The token where the sentence holding token `from` ends (a stop the passage runs on past), else the passage's end. */
function sentenceStop(tokens: Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) if (endsSentence(tokens, k)) return k;
  return tokens.length;
}

/**
 * Where the gathering in a claim's sentence took place: the place after a gathering word, else the first
 * after the figure, else the nearest before it. A named place ("in Baghdad") wins over an unnamed one
 * ("outside parliament"), which only labels a gathering and never splits one.
 */
export function placeOf(passage: Passage, claim: CrowdClaimFound, known: Set<string>): CrowdPlace | null {
  const tokens = tokenize(passage.text);
  const from = tokens.findIndex((t) => t.start >= claim.start - passage.start);
  if (from < 0) return null;
  // "attended the Washington march": the gathering's own noun names its place, before any place phrase
  // the sentence goes on to ("…, the largest protest in the city since …")
  let to = from;
  while (to + 1 < tokens.length && tokens[to + 1]!.end <= claim.end - passage.start) to++;
  // "more than 2 million took part nationwide, including 400,000 in Paris": a national total, whatever city follows
  const national = nationalScope(passage.text, tokens, to);
  if (national) return national;
  for (const n of linkedGatheringNouns(tokens, from, to)) {
    const place = modifierPlace(passage.text, tokens, n, known);
    if (place) return place;
  }
  // "In Porto about 3,000 people marched, in Braga 1,500": a place written right before the figure, opening its clause
  const before = placeEndingAt(passage.text, tokens, from);
  const opener = before && tokens[before.at - 1];
  if (before && (!opener || opener.text === ',' || COORDINATORS.has(opener.lower))) return before.place;
  const gathering = new Set(gatheringWords(passage.text).map((w) => w.index));
  const search = (named: boolean): CrowdPlace | null => {
    const at = (k: number) => {
      // "more than at the Boston rally", "larger than in Paris": a comparison, not where this crowd was
      if (tokens[k - 1]?.lower === 'than') return null;
      const place = placeAt(passage.text, tokens, k);
      if (!place || (named && !place.keys.length)) return null;
      // "the march in Washington": a gathering the reader knows
      return isGatheringNoun(tokens[k - 1]) && DEFINITE_WORDS.has(tokens[k - 2]?.lower ?? '') ? { ...place, definite: true } : place;
    };
    // a passage that runs on past its sentence's end ("… September 11.” “What's going on in Israel …”): the figure's sentence only
    const stop = sentenceStop(tokens, from);
    for (let g = from; g < stop; g++) {
      if (tokens[g]!.kind !== 'word' || !gathering.has(tokens[g]!.start)) continue;
      // from the gathering word itself: "lined the streets of Chicago"
      for (let k = g; k < Math.min(stop, g + 9); k++) {
        const place = at(k);
        if (place) return place;
      }
    }
    for (let k = from; k < stop; k++) {
      const place = at(k);
      if (place) return place;
    }
    // "In Lisbon, where the march took place, organisers claimed 100,000": the nearest place before it.
    for (let k = from - 1; k >= 0; k--) {
      const place = at(k);
      if (place) return place;
    }
    return null;
  };
  return search(true) ?? search(false);
}
