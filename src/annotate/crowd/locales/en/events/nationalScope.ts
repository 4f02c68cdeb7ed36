import { lexiconTags } from '../../../../core/lexicon.js';
import { joinsWords, type Token } from '../../../../core/tokens.js';
import type { CrowdPlace } from '../../../types.js';
import { NATION_NOUNS, NATIONAL_PREPOSITIONS, NATIONAL_WORDS, PHRASE_DETERMINERS } from '../placeWords.js';
import { CLAUSE_WORDS, PEOPLE_NOUNS } from '../words.js';
import { isGatheringNoun } from './gatheringNouns.js';

/** Words read after a figure, in its clause, for a national scope: "more than 2 million people took part in strikes nationwide". */
const NATIONAL_REACH = 10;

/** The token just past a national scope phrase at token k ("nationwide", "nation-wide", "across the country"), else -1. */
function nationalScopeEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return -1;
  // "from across the country" says where people came from, not where they gathered
  if (tokens[k - 1]?.lower === 'from') return -1;
  // an adjective ("joined the nationwide strike in Paris", "nationwide protests") scopes its noun, not the count
  const adverb = (end: number) =>
    !PHRASE_DETERMINERS.has(tokens[k - 1]?.lower ?? '') &&
    !/\p{L}['’]s$/u.test(tokens[k - 1]?.text ?? '') &&
    !isGatheringNoun(tokens[end]) &&
    !isPeopleWord(tokens[end]);
  if (NATIONAL_WORDS.has(t.lower)) return adverb(k + 1) ? k + 1 : -1;
  // "nation-wide", "country-wide"
  if (NATION_NOUNS.has(t.lower) && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'wide') return adverb(k + 3) ? k + 3 : -1;
  // "all over the country" only: "over the weekend" is no place
  if (NATIONAL_PREPOSITIONS.has(t.lower) && (t.lower !== 'over' || tokens[k - 1]?.lower === 'all')) {
    if (tokens[k + 1]?.lower === 'the' && NATION_NOUNS.has(tokens[k + 2]?.lower ?? '') && !/^\p{Lu}/u.test(tokens[k + 3]?.text ?? '')) return k + 3;
    // "marched all over France": a country named after "all over"
    if (t.lower === 'over' && isCountry(tokens[k + 1]) && !/^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')) return k + 2;
  }
  return -1;
}

/** A word the lexicon knows as a country's name: "France", "Mexico". */
function isCountry(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text) && lexiconTags(t.lower).includes('Country');
}

function isPeopleWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && PEOPLE_NOUNS.has(t.lower);
}

/**
 * A national scope in the figure's own clause after it ("more than 2 million took part nationwide, including
 * 400,000 in Paris", "2 million marched across the country"): the claim is a national total. The clause ends
 * at punctuation or a clause word ("where police counted 80,000" is another clause).
 */
export function nationalScope(text: string, tokens: Token[], last: number): CrowdPlace | null {
  for (let k = last + 1, words = 0; k < tokens.length && words < NATIONAL_REACH; k++) {
    const t = tokens[k]!;
    if (joinsWords(t)) continue;
    if (t.kind === 'punct' || CLAUSE_WORDS.has(t.lower)) return null;
    const end = nationalScopeEnd(tokens, k);
    if (end >= 0) return { text: text.slice(t.start, tokens[end - 1]!.end), keys: [], national: true };
    words++;
  }
  return null;
}
