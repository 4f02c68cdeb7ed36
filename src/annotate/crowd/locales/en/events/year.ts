import type { Passage } from '../../../../../passages/types.js';
import { tokenize, walkPhrase, type Token } from '../../../../core/tokens.js';
import type { CrowdClaimFound } from '../../../types.js';
import { GATHERING_PREPOSITIONS, PHRASE_DETERMINERS, VERB_GROUP_WORDS, YEAR_STOPS } from '../placeWords.js';
import { CLAUSE_WORDS, GATHERING_VERB_PARTICLES, GATHERING_VERBS } from '../words.js';
import { isGatheringNoun } from './gatheringNouns.js';

/** Words between a year and its gathering noun: "the 2005 White Sox parade", "the 2019 pro-democracy protests". */
const YEAR_NOUN_REACH = 3;
/** Words of the crowd's noun phrase the forward reading skips: "about 2 million fans", "tens of thousands of angry young protesters". */
const CROWD_PHRASE_REACH = 6;

function yearOf(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || !/^\d{4}$/.test(t.text)) return null;
  const year = Number(t.text);
  return year >= 1000 && year <= 2100 ? year : null;
}

/** A determiner or a possessive that opens a dated noun phrase: "a 2005 parade", "Chicago's 2016 parade". */
function opensDatedPhrase(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (PHRASE_DETERMINERS.has(t.lower) || /\p{L}['’]s$/u.test(t.text));
}

/** "a 2005 parade", "the 2011 protests", "the 2005 White Sox parade" opening at token k: the year. */
function datedGatheringAt(tokens: Token[], k: number): number | null {
  if (!opensDatedPhrase(tokens[k])) return null;
  const year = yearOf(tokens[k + 1]);
  if (year === null) return null;
  let words = 0;
  for (let j = k + 2; j < tokens.length && words <= YEAR_NOUN_REACH; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      if (t.text === '-') continue;
      return null;
    }
    if (isGatheringNoun(t)) return year;
    if (t.kind !== 'word' || CLAUSE_WORDS.has(t.lower) || YEAR_STOPS.has(t.lower)) return null;
    words++;
  }
  return null;
}

/** The year before gathering noun n: "the 1997 march", "a 2005 parade". */
function yearBeforeNoun(tokens: Token[], n: number): number | null {
  for (let k = n - 2; k >= 0 && k >= n - 2 - YEAR_NOUN_REACH; k--) {
    if (yearOf(tokens[k + 1]) !== null) return datedGatheringAt(tokens, k) !== null && nounAfterYear(tokens, k + 1) === n ? yearOf(tokens[k + 1]) : null;
    const t = tokens[k + 1]!;
    if (t.kind !== 'word' && t.text !== '-') return null;
  }
  return null;
}

function nounAfterYear(tokens: Token[], y: number): number {
  let j = y + 1;
  while (j < tokens.length && !isGatheringNoun(tokens[j])) j++;
  return j;
}

/**
 * The year a claim's own gathering is dated to when a year stands before its gathering noun: "about 2
 * million fans had attended a 2005 parade", "500,000 took part in the 2011 protests", "2 million fans at
 * the 2005 parade", "the 1997 march drew 500,000", "a 2005 parade of 2 million". Not a gathering the
 * sentence names by the way ("marched on the anniversary of the 1989 protests", "the largest since the
 * 2011 protests"): the dated noun must be the one the figure's verb or preposition takes.
 */
export function gatheringYear(passage: Passage, claim: CrowdClaimFound): number | null {
  const tokens = tokenize(passage.text);
  const first = tokens.findIndex((t) => t.start >= claim.start - passage.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= claim.end - passage.start) last++;
  // after the figure: its noun phrase, a verb group, a gathering verb and its particle, a preposition
  let aboutAnother = false;
  let k = walkPhrase(tokens, last + 1, CROWD_PHRASE_REACH, (t) => {
    if (GATHERING_VERBS.has(t.lower) || GATHERING_PREPOSITIONS.has(t.lower)) return false;
    aboutAnother = !VERB_GROUP_WORDS.has(t.lower) && (CLAUSE_WORDS.has(t.lower) || YEAR_STOPS.has(t.lower));
    return !aboutAnother;
  });
  if (aboutAnother) return null;
  const verb = tokens[k];
  if (verb && GATHERING_VERBS.has(verb.lower)) {
    k++;
    if (GATHERING_VERB_PARTICLES[verb.lower]?.includes(tokens[k]?.lower ?? '') && !GATHERING_PREPOSITIONS.has(tokens[k]!.lower)) k++;
  }
  if (GATHERING_PREPOSITIONS.has(tokens[k]?.lower ?? '')) k++;
  const after = datedGatheringAt(tokens, k);
  if (after !== null) return after;
  // before it: "the 1997 march drew 500,000", "a 2005 parade of 2 million"
  for (let j = first - 1, between = 0; j >= 0 && between <= 3; j--, between++) {
    const t = tokens[j]!;
    if (t.kind !== 'word' || CLAUSE_WORDS.has(t.lower)) return null;
    if (isGatheringNoun(t)) return yearBeforeNoun(tokens, j);
  }
  return null;
}
