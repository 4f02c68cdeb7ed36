import { joinsWords, type Token } from '../../../../core/tokens.js';
import { BACK_STOPS, RELATIVE_WORDS, YEAR_STOPS } from '../placeWords.js';
import { CLAUSE_WORDS, GATHERING_NOUNS } from '../words.js';

/** Words read from a figure to the gathering noun it is about, either way. */
const LINK_REACH = 8;

/** A gathering noun, singular or plural: "parade", "protests", "rallies", "marches". */
export function isGatheringNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
  const w = t.lower;
  return (
    GATHERING_NOUNS.has(w) ||
    (w.endsWith('ies') && GATHERING_NOUNS.has(`${w.slice(0, -3)}y`)) ||
    (w.endsWith('es') && GATHERING_NOUNS.has(w.slice(0, -2))) ||
    (w.endsWith('s') && GATHERING_NOUNS.has(w.slice(0, -1)))
  );
}

/**
 * The gathering nouns a figure is about: the first after it in its clause ("500,000 people attended the
 * Washington march"), and those before it that its clause or a relative clause hangs on ("The Washington
 * march, which some estimates put at 470,000", "the Paris rally drew a crowd of 5,000"). Not one past a
 * comparison ("more than three times the crowd at the Paris rally").
 */
export function linkedGatheringNouns(tokens: Token[], first: number, last: number): number[] {
  const nouns: number[] = [];
  for (let k = last + 1, words = 0; k < tokens.length && words < LINK_REACH; k++) {
    const t = tokens[k]!;
    if (joinsWords(t)) continue;
    if (t.kind === 'punct') break;
    if (isGatheringNoun(t)) {
      nouns.push(k);
      break;
    }
    if (CLAUSE_WORDS.has(t.lower) || YEAR_STOPS.has(t.lower)) break;
    words++;
  }
  for (let k = first - 1, words = 0; k >= 0 && words < LINK_REACH; k--) {
    const t = tokens[k]!;
    if (joinsWords(t)) continue;
    if (t.kind === 'punct') {
      // "The Washington march, which …", "The Washington march, estimated at 470,000"
      if (t.text === ',' && (isGatheringNoun(tokens[k - 1]) || RELATIVE_WORDS.has(tokens[k + 1]?.lower ?? ''))) continue;
      break;
    }
    if (isGatheringNoun(t)) nouns.push(k);
    else if ((CLAUSE_WORDS.has(t.lower) && !RELATIVE_WORDS.has(t.lower)) || BACK_STOPS.has(t.lower)) break;
    words++;
  }
  return nouns;
}
