import type { Token } from '../../../../core/tokens.js';
import type { Quantity } from '../../../types.js';
import {
  AGENT_PLURAL,
  BREAKDOWN_OPENERS,
  CASUALTY_WORDS,
  DEMONYM,
  DEPRIVED_OF,
  FUNCTION_WORDS,
  GATHERING_VERBS,
  HARM_NOUNS,
  NOT_AGENT_PLURALS,
  NOT_PEOPLE_NOUNS,
  OF_DETERMINERS,
  AFTER_PHRASE_CONJUNCTION,
  PHRASE_CONJUNCTIONS,
  PEOPLE_NOUNS,
  SIZE_UNIT_NOUNS,
  TRADE_WORKERS,
} from '../words.js';

/** The people a figure counts: the noun after it, and whether they are casualties rather than a crowd. */

export function isPeopleNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  // "This" is shaped like a demonym ("Chileans"), yet is a function word
  return (
    PEOPLE_NOUNS.has(t.lower) ||
    TRADE_WORKERS.test(t.text) ||
    (DEMONYM.test(t.text) && !FUNCTION_WORDS.has(t.lower)) ||
    (AGENT_PLURAL.test(t.lower) && !NOT_AGENT_PLURALS.has(t.lower))
  );
}

/** What a figure counts: the people noun right after it ("4,000 protesters"), else `otherwise`. */
export function countedAfter(tokens: Token[], q: Quantity, otherwise: string): string {
  const noun = tokens[q.resume];
  return isPeopleNoun(noun) ? noun!.text : otherwise;
}

export function isYear(tokens: Token[], q: Quantity): boolean {
  return q.first === q.last && /^\d{4}$/.test(tokens[q.first]!.text) && Number(tokens[q.first]!.text) >= 1000 && Number(tokens[q.first]!.text) <= 2100;
}

/** The full stop at token j ends a sentence: it follows a number or a word of two letters or more, not an initial ("U.S."). */
function sentenceEnd(tokens: Token[], j: number): boolean {
  const before = tokens[j - 1];
  return !!before && (before.kind === 'num' || (before.kind === 'word' && before.text.length > 1));
}

/** Words a counted people phrase may take before its noun; a phrase of two joined parts, more. */
const PHRASE_WORDS = 4;
const JOINED_PHRASE_WORDS = 7;

/** Tokens after a conjunction within which the people noun of the phrase's second part must come. */
const SECOND_PART_REACH = 3;

/** A people noun within the next few words from k, past the function words a second part may open with, and no number or punctuation. */
function peopleNounAhead(tokens: Token[], k: number): boolean {
  while (AFTER_PHRASE_CONJUNCTION.has(tokens[k]?.lower ?? '')) k++;
  for (let end = k + SECOND_PART_REACH; k < end && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (isPeopleNoun(t)) return true;
    if (t.kind !== 'word' || FUNCTION_WORDS.has(t.lower) || NOT_PEOPLE_NOUNS.has(t.lower)) return false;
  }
  return false;
}

/** A conjunction at k opening a second part that ends in a people noun: "immigrants and their supporters". */
function joinedPeopleAfter(tokens: Token[], k: number): boolean {
  return PHRASE_CONJUNCTIONS.has(tokens[k]?.lower ?? '') && peopleNounAhead(tokens, k + 1);
}

/** The people noun a quantity counts ("500,000 Shiite worshippers", "thousands of angry young protesters"). */
export function countedPeople(tokens: Token[], q: Quantity): number | null {
  let j = q.resume;
  // "a 10,000-strong crowd"
  if (tokens[j]?.text === '-' && tokens[j + 1]?.lower === 'strong') return j + 1;
  // "a 600-person rally": the unit's token, read by the person-sized rule
  if (tokens[j]?.text === '-' && SIZE_UNIT_NOUNS.has(tokens[j + 1]?.lower ?? '')) return j + 1;
  if (tokens[j]?.lower === 'of') {
    j++;
    // "thousands of the cleric's supporters"
    if (OF_DETERMINERS.has(tokens[j]?.lower ?? '')) j++;
  }
  let words = 0;
  let joined = false;
  while (j < tokens.length && words < (joined ? JOINED_PHRASE_WORDS : PHRASE_WORDS)) {
    const t = tokens[j]!;
    // "high school and college students", "immigrants and their supporters": a second part ending in a people noun
    if (!joined && words > 0 && PHRASE_CONJUNCTIONS.has(t.lower) && peopleNounAhead(tokens, j + 1)) {
      joined = true;
      j++;
      while (AFTER_PHRASE_CONJUNCTION.has(tokens[j]?.lower ?? '')) j++;
      continue;
    }
    if (t.kind === 'punct') {
      // "U.S.-backed", "pro-Iran", "men, women and children" are fine inside the phrase; a full stop after a
      // number or a whole word ends the sentence ("a total of 920,927. This plaque …"), one after an initial does not
      if (t.text === '.' && sentenceEnd(tokens, j)) return null;
      if (t.text === '-' || t.text === '.' || t.text === "'" || t.text === '’') {
        j++;
        continue;
      }
      return null;
    }
    if (isPeopleNoun(t)) return j;
    if (t.kind === 'num' || FUNCTION_WORDS.has(t.lower) || NOT_PEOPLE_NOUNS.has(t.lower)) return null;
    // another plural common noun heads the phrase: "25 years", "36 rockets"; not one describing the people
    // after it ("immigrant rights supporters", "human rights activists")
    if (/^\p{Ll}+[^s'’]s$/u.test(t.text) && !/(ous|ss|is|us)$/.test(t.lower) && !isPeopleNoun(tokens[j + 1])) {
      // "immigrants and their supporters", "janitors and supporters": the first noun, joined to people, counts them
      return joinedPeopleAfter(tokens, j + 1) ? j : null;
    }
    words++;
    j++;
  }
  return null;
}

/** Words after a people count that may say what befell them: "12,000 residents forced from their homes". */
const DEPRIVED_REACH = 5;

/** Tokens an aside breaking down a group may take, its commas included. */
const BREAKDOWN_REACH = 10;

/**
 * Where the sentence resumes after an aside that breaks down the group just counted (", 25 of them
 * students,", ", mostly young,"), when token k is the comma opening one; else -1.
 */
export function afterBreakdown(tokens: Token[], k: number): number {
  const open = tokens[k + 1];
  if (tokens[k]?.text !== ',' || !open || (open.kind !== 'num' && !BREAKDOWN_OPENERS.has(open.lower))) return -1;
  for (let m = k + 2; m < tokens.length && m <= k + BREAKDOWN_REACH; m++) {
    const t = tokens[m]!;
    if (t.text === ',') return m + 1;
    if (t.kind === 'punct' && t.text !== '-' && t.text !== '.') return -1;
  }
  return -1;
}

export function isCasualtyCount(tokens: Token[], q: Quantity, head: number, opener?: Quantity): boolean {
  for (let k = Math.max(0, q.first - 3); k < q.first; k++) if (CASUALTY_WORDS.has(tokens[k]!.lower)) return true;
  // "protesting layoffs of tens of thousands of workers": people a harm befell, named by its noun right before "of"
  if (tokens[q.first - 1]?.lower === 'of' && HARM_NOUNS.has(tokens[q.first - 2]?.lower ?? '')) return true;
  // "the layoff of 80 faculty and 90 staff members": a figure joined to one a harm's noun names
  if (opener && opener !== q && isCasualtyCount(tokens, opener, head)) return true;
  // "residents marched from their homes": after a gathering verb, "homes" says where the crowd came from
  let gathered = false;
  // Words read after the head, an aside breaking the group down not counted: "90 people, 25 of them students, were detained".
  let read = 0;
  for (let k = head + 1; k < tokens.length && read < DEPRIVED_REACH; k++, read++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') {
      const resume = afterBreakdown(tokens, k);
      if (resume < 0) break;
      k = resume - 1;
      read--;
      continue;
    }
    // a capitalised word is part of a name: "members of the Homeless Workers' Movement"
    if (read < 3 && CASUALTY_WORDS.has(t.lower) && t.text === t.lower) return true;
    gathered ||= GATHERING_VERBS.has(t.lower);
    // "without power", "forced from their homes", "left their homes"
    if (!gathered && (t.lower === 'homes' || (t.lower === 'without' && DEPRIVED_OF.has(tokens[k + 1]?.lower ?? '')))) return true;
  }
  return false;
}

/** What follows a bare figure must not be a thing counted other than people ("500,000 dollars"). */
export function followedByOtherNoun(tokens: Token[], q: Quantity): boolean {
  const next = tokens[q.resume];
  if (!next || next.kind !== 'word') return false;
  if (NOT_PEOPLE_NOUNS.has(next.lower)) return true;
  return /^\p{Ll}+[^s'’]s$/u.test(next.text) && !FUNCTION_WORDS.has(next.lower) && !/(ous|ss|is|us)$/.test(next.lower) && !PEOPLE_NOUNS.has(next.lower);
}
