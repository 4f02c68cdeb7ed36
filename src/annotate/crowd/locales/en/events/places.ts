import { isOrgWord, lexiconTags, wordTags } from '../../../../core/lexicon.js';
import { foldText } from '../../../../../text/fold.js';
import type { Token } from '../../../../core/tokens.js';
import type { CrowdPlace } from '../../../types.js';
import {
  AFFILIATED_NOUNS,
  CALENDAR_WORDS,
  CONNECTORS,
  EXPERT_NOUNS,
  INDEFINITE_ARTICLES,
  LOCATION_PREPOSITIONS,
  NON_PLACE_HEADS,
  PLACE_WORDS,
  STREET_NOUNS,
  STREET_VERBS,
  SURROUND_VERBS,
  TAKE_VERBS,
  TIME_WORDS,
} from '../placeWords.js';
import { PEOPLE_NOUNS } from '../words.js';

/** Place phrases in a claim's sentence: "outside the U.S. embassy in Baghdad", "the streets of Chicago". */

/** Words read after "at" for an institution's word: "the Interior Ministry", "the University of Chicago". */
const INSTITUTION_REACH = 5;

/** A capitalised word that may name a place: not a day or month, nor its possessive ("Tuesday's march"). */
export function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !isTimeWord(t.lower);
}

/** "tuesday", "tuesday's", "january's", "today's", "weekend's": a time, never a place. */
export function isTimeWord(lower: string): boolean {
  const stem = lower.replace(/'s?$/, '');
  return CALENDAR_WORDS.has(stem) || (stem !== lower && TIME_WORDS.has(stem));
}

function placeNounAhead(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k <= j + 2 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (PLACE_WORDS.has(t.lower) && !CONNECTORS.has(t.lower)) return true;
  }
  return false;
}

/**
 * "Organisers from the Front", "farmers from Wallonia": token i-1 is someone (or something) "from" says where
 * they belong. "crowd scientists at Manchester Metropolitan University", "officials at the Interior Ministry":
 * "at" after someone who studies or speaks for a body names where they work; after anyone else ("protesters
 * at the square", "organisers at Grant Park") it is a place.
 */
function isAffiliation(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word') return false;
  if (tokens[i]?.lower === 'from') return AFFILIATED_NOUNS.has(before.lower) || PEOPLE_NOUNS.has(before.lower);
  if (tokens[i]?.lower !== 'at') return false;
  return EXPERT_NOUNS.has(before.lower) || (AFFILIATED_NOUNS.has(before.lower) && namesInstitution(tokens, i + 1));
}

/**
 * "in solidarity with Women in Black": a preposition between a capitalised people noun (not opening its sentence) and
 * a capitalised word is inside an organisation's name, no place; "Protesters in Chicago" opening a sentence, or a
 * demonym ("said Chileans in Santiago"), is none.
 */
function insideName(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const opener = tokens[i - 2];
  if (!before || before.kind !== 'word' || !opener || opener.kind !== 'word') return false;
  return isCapitalised(before) && PEOPLE_NOUNS.has(before.lower) && isCapitalised(tokens[i + 1] ?? before) && tokens[i + 1] !== before;
}

/** The words from token k name an institution: one of its first few words (before any punctuation) is an institution word. */
function namesInstitution(tokens: Token[], k: number): boolean {
  for (let j = k; j < tokens.length && j < k + INSTITUTION_REACH; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (isOrgWord(t.lower)) return true;
  }
  return false;
}

/** A place's key: its folded word, without a possessive ("Chile's capital" → "chile"). */
export function placeKey(word: string): string {
  return foldText(word.replace(/['’]s$/u, ''));
}

/**
 * A place phrase starting at a preposition: "outside the U.S. embassy in Baghdad", "in the Jadiriyah
 * district of east Baghdad". Not "from" after a people noun ("Organisers from the Civil Human Rights
 * Front": an affiliation); "took to the streets" is no place, and "took to the streets of X" gives X.
 */
export function placeAt(text: string, tokens: Token[], i: number): CrowdPlace | null {
  const prep = tokens[i];
  if (!prep || prep.kind !== 'word') return null;
  // "lined the streets of Chicago": X only; "surrounded the Legislative Council complex": around it
  if (STREET_VERBS.has(prep.lower)) {
    const streets = tokens[i + 1]?.lower === 'the' && STREET_NOUNS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'of';
    return streets ? placeFrom(text, tokens, i + 4, i + 4) : null;
  }
  if (SURROUND_VERBS.has(prep.lower)) {
    const place = placeFrom(text, tokens, i + 1, i + 1);
    return place && { ...place, preposition: 'around' };
  }
  // "amassed on the streets of Washington": X only ("on" alone opens days, not places)
  if (prep.lower === 'on' && tokens[i + 1]?.lower === 'the' && STREET_NOUNS.has(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.lower === 'of') {
    return placeFrom(text, tokens, i + 4, i + 4);
  }
  if (!LOCATION_PREPOSITIONS.has(prep.lower) || isAffiliation(tokens, i) || insideName(tokens, i)) return null;
  let j = i + 1;
  let start = i;
  if (prep.lower === 'in' && tokens[j]?.lower === 'front' && tokens[j + 1]?.lower === 'of') j += 2;
  // "at a Phoenix church", "in an Oakland park": a name after "a" modifies the place it is in
  if (INDEFINITE_ARTICLES.has(tokens[j]?.lower ?? '') && isCapitalised(tokens[j + 1] ?? prep) && tokens[j + 1] !== prep) j++;
  if (prep.lower === 'to' && tokens[j]?.lower === 'the' && tokens[j + 1]?.lower === 'streets' && TAKE_VERBS.has(tokens[i - 1]?.lower ?? '')) {
    if (tokens[j + 2]?.lower !== 'of') return null;
    start = j + 3;
    j = start;
  }
  return placeFrom(text, tokens, start, j, start === i);
}

/**
 * The place phrase from token `start` (its preposition when `withPreposition`), its words read from token
 * `from`: capitalised words, place nouns, initials, hyphens, and an acronym in parentheses inside a name
 * ("the Legislative Council (LegCo) complex"). null when no word of a place follows.
 */
function placeFrom(text: string, tokens: Token[], start: number, from: number, withPreposition = false): CrowdPlace | null {
  let j = from;
  const i = withPreposition ? start : -1;
  let last = withPreposition ? start : start - 1;
  const keys: string[] = [];
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isCapitalised(t)) {
      // "in LA", "in DC": two capitals are a place's abbreviation; one ("in A") is no name
      if (t.text.length >= 3 || /^\p{Lu}(?:\p{Ll}|\p{Lu}$)/u.test(t.text)) {
        if (isHyphenQualified(tokens, j) && keys.at(-1) === placeKey(tokens[j - 2]!.text)) keys.pop();
        keys.push(placeKey(t.text));
      }
      last = j;
    } else if (t.kind === 'word' && PLACE_WORDS.has(t.lower)) {
      if (!CONNECTORS.has(t.lower)) last = j;
    } else if (t.kind === 'word' && t.text === t.lower && placeNounAhead(tokens, j)) {
      // "the education ministry": a describing word before a place noun
      continue;
    } else if (t.text === '.' && tokens[j - 1]?.kind === 'word' && tokens[j - 1]!.text.length === 1 && /\p{Lu}/u.test(tokens[j - 1]!.text)) {
      last = j;
    } else if (t.text === '-' && tokens[j - 1]?.end === t.start && tokens[j + 1]?.start === t.end) {
      continue;
    } else if (t.text === '(' && last >= from && isCapitalised(tokens[j + 1] ?? t) && tokens[j + 2]?.text === ')' && continuesPlace(tokens[j + 3])) {
      keys.push(placeKey(tokens[j + 1]!.text));
      j += 2;
      last = j;
    } else break;
  }
  if (last < start || (start === i && last === i)) return null;
  if (namesNoPlace(tokens, last)) return null;
  return { text: text.slice(tokens[start]!.start, tokens[last]!.end), keys: [...new Set(keys)] };
}

/**
 * "UC-Berkeley", "UC-Davis", "Yale-New Haven hospital": a name glued by a hyphen after another name is the place
 * itself, the name before it the system or body it belongs to, which two places of it share; that name is no key.
 * Token j is the name after the hyphen.
 */
function isHyphenQualified(tokens: Token[], j: number): boolean {
  const hyphen = tokens[j - 1];
  const before = tokens[j - 2];
  return !!before && hyphen?.text === '-' && hyphen.start === before.end && hyphen.end === tokens[j]!.start && isCapitalised(before);
}

/** "British", "Kurdish", "Chilean", "French": a demonym or a people's language, an adjective and no place. */
export function isDemonym(t: Token): boolean {
  if (t.kind !== 'word' || !/^\p{Lu}/u.test(t.text)) return false;
  const tags = wordTags(t.text);
  if (tags.has('Place')) return false;
  return tags.has('Demonym') || tags.has('Language') || lexiconTags(t.lower).includes('Demonym') || /^\p{Lu}\p{Ll}+(?:ish|ese)$/u.test(t.text);
}

/**
 * A place phrase ending at token `last` names no place when its head is a demonym ("in British history",
 * "at Chilean universities") or it modifies an abstract noun ("in Hong Kong history", "in Britain's memory").
 */
function namesNoPlace(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (next?.kind === 'word' && next.text === next.lower && NON_PLACE_HEADS.has(next.lower)) return true;
  return isDemonym(tokens[last]!);
}

/** After an acronym in parentheses, the name goes on: "(LegCo) complex", "(UN) Headquarters". */
function continuesPlace(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (isCapitalised(t) || (PLACE_WORDS.has(t.lower) && !CONNECTORS.has(t.lower)));
}

/**
 * The named place right after a figure, or after the people noun it counts: "including 400,000 in Paris",
 * "including 400,000 people in Lyon". `k` is the token just past the figure. null when none follows.
 */
export function namedPlaceAfter(text: string, tokens: Token[], k: number): CrowdPlace | null {
  const next = tokens[k];
  if (next?.kind === 'word' && next.text === next.lower && PEOPLE_NOUNS.has(next.lower)) k++;
  if (tokens[k]?.lower === 'than') return null;
  const place = placeAt(text, tokens, k);
  return place?.keys.length ? place : null;
}

/** Tokens a place phrase written right before a figure may take: "in the city of Braga 1,500". */
const PLACE_BEFORE_REACH = 6;

/**
 * The named place phrase ending right before token `figure` ("In Porto about 3,000", "…, in Braga 1,500"),
 * with the index of its preposition; null when none does.
 */
export function placeEndingAt(text: string, tokens: Token[], figure: number): { place: CrowdPlace; at: number } | null {
  for (let k = figure - 1; k >= Math.max(0, figure - PLACE_BEFORE_REACH); k--) {
    if (!LOCATION_PREPOSITIONS.has(tokens[k]!.lower)) continue;
    const place = placeAt(text, tokens, k);
    return place?.keys.length && tokens[k]!.start + place.text.length === tokens[figure - 1]!.end ? { place, at: k } : null;
  }
  return null;
}
