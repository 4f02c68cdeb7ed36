import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { foldText } from '../text/fold.js';
import type { CrowdClaimFound } from './crowd.js';
import {
  AFFILIATED_NOUNS,
  CALENDAR_WORDS,
  CLAUSE_WORDS,
  EXPERT_NOUNS,
  gatheringWords,
  GATHERING_NOUNS,
  GATHERING_VERB_PARTICLES,
  GATHERING_VERBS,
  GATHERING_LABELS,
  isAboutGathering,
  isMonthMarch,
  LOCATION_PREPOSITIONS,
  NATION_NOUNS,
  NATIONAL_PREPOSITIONS,
  NATIONAL_WORDS,
  NON_PLACE_HEADS,
  PEOPLE_NOUNS,
  PLACE_WORDS,
  STREET_VERBS,
  SURROUND_VERBS,
  TAKE_VERBS,
  TIME_WORDS,
} from './crowdWords.js';
import type { DateMention } from './dates/index.js';
import { isOrgWord, lexiconTags, wordTags } from './nameTags.js';
import { joinsWords, tokenize, type Token } from './quantity.js';

/**
 * Which gathering each claim describes. A gathering is a day and a place: claims are grouped by
 * the date their own sentence gives (else the one its paragraph's sentences about a gathering give,
 * else the one the article's other sentences about a gathering give, else the one any sentence of
 * its paragraph gives, else the publication date), then split by place when two places on the same
 * day have nothing in common.
 */

export interface CrowdEventRef {
  /** Stable within one corpus: the date and the place's key words. */
  id: string;
  /** "march in Baghdad": the gathering word the sources use most, and its place. */
  label: string;
  /**
   * YYYY-MM-DD, or null when neither the text nor the article gives a date. A gathering the text dates only
   * to its year ("a 2005 parade") has the year's first day, and `precision` 'year'.
   */
  date: string | null;
  /** 'year': `date` stands for its whole year ("a 2005 parade"); absent for a day. */
  precision?: 'year';
  /** The place as written ("outside the U.S. embassy in Baghdad"), or null. */
  place: string | null;
}

interface Place {
  /** As written, preposition included: "in the capital Baghdad". */
  text: string;
  /** Folded capitalised words: ["baghdad"]. */
  keys: string[];
  /** The preposition a label puts before a place written without one ("around" for "surrounded the Council complex"). */
  preposition?: string;
  /**
   * The place names a gathering the text refers to as known ("the Washington march", "the march in
   * Washington"): a report days later may be about that gathering (see `DEFINITE_REPORTING_LAG_DAYS`).
   */
  definite?: boolean;
  /** The gathering noun a place written before it modifies ("march" in "the Washington march"): the label's noun. */
  noun?: string;
  /**
   * The count is a national total ("took part nationwide", "across the country"): it joins the day's gathering
   * across a whole country ("marched across France"), never one in a city the sentence names later.
   */
  national?: boolean;
}

export type { Place as CrowdPlace };

type DateSource = 'passage' | 'paragraph' | 'article' | 'published' | 'none' | 'year';

interface Located {
  claim: CrowdClaimFound;
  passage: Passage;
  date: string | null;
  dateSource: DateSource;
  place: Place | null;
}

/** A capitalised word that may name a place: not a day or month, nor its possessive ("Tuesday's march"). */
function isCapitalised(t: Token): boolean {
  return t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !isTimeWord(t.lower);
}

/** "tuesday", "tuesday's", "january's", "today's", "weekend's": a time, never a place. */
function isTimeWord(lower: string): boolean {
  const stem = lower.replace(/'s?$/, '');
  return CALENDAR_WORDS.has(stem) || (stem !== lower && TIME_WORDS.has(stem));
}

const CONNECTORS = new Set(['the', 'of', 'in', 'and']);

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

/** Words read after "at" for an institution's word: "the Interior Ministry", "the University of Chicago". */
const INSTITUTION_REACH = 5;

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
function placeKey(word: string): string {
  return foldText(word.replace(/['’]s$/u, ''));
}

/**
 * A place phrase starting at a preposition: "outside the U.S. embassy in Baghdad", "in the Jadiriyah
 * district of east Baghdad". Not "from" after a people noun ("Organisers from the Civil Human Rights
 * Front": an affiliation); "took to the streets" is no place, and "took to the streets of X" gives X.
 */
function placeAt(text: string, tokens: Token[], i: number): Place | null {
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
  if (!LOCATION_PREPOSITIONS.has(prep.lower) || isAffiliation(tokens, i)) return null;
  let j = i + 1;
  let start = i;
  if (prep.lower === 'in' && tokens[j]?.lower === 'front' && tokens[j + 1]?.lower === 'of') j += 2;
  if (prep.lower === 'to' && tokens[j]?.lower === 'the' && tokens[j + 1]?.lower === 'streets' && TAKE_VERBS.has(tokens[i - 1]?.lower ?? '')) {
    if (tokens[j + 2]?.lower !== 'of') return null;
    start = j + 3;
    j = start;
  }
  return placeFrom(text, tokens, start, j, start === i);
}

const STREET_NOUNS = new Set(['streets', 'street', 'roads', 'avenues', 'boulevards']);

/**
 * The place phrase from token `start` (its preposition when `withPreposition`), its words read from token
 * `from`: capitalised words, place nouns, initials, hyphens, and an acronym in parentheses inside a name
 * ("the Legislative Council (LegCo) complex"). null when no word of a place follows.
 */
function placeFrom(text: string, tokens: Token[], start: number, from: number, withPreposition = false): Place | null {
  let j = from;
  const i = withPreposition ? start : -1;
  let last = withPreposition ? start : start - 1;
  const keys: string[] = [];
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (isCapitalised(t)) {
      if (t.text.length >= 3 || /^\p{Lu}\p{Ll}/u.test(t.text)) keys.push(placeKey(t.text));
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

/** "British", "Kurdish", "Chilean", "French": a demonym or a people's language, an adjective and no place. */
function isDemonym(t: Token): boolean {
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

/** Relative words that go on about the noun before their comma: "The Washington march, which some estimates put at 470,000". */
const RELATIVE_WORDS = new Set(['which', 'who', 'that', 'whose']);
/** Words read from a figure to the gathering noun it is about, either way. */
const LINK_REACH = 8;
/** Reading back from a figure, these say the noun before them is another happening: "larger than the Paris rally, 5,000 …". */
const BACK_STOPS = new Set(['than', 'since', 'after', 'before', 'until', 'like', 'unlike', 'against']);

/**
 * The gathering nouns a figure is about: the first after it in its clause ("500,000 people attended the
 * Washington march"), and those before it that its clause or a relative clause hangs on ("The Washington
 * march, which some estimates put at 470,000", "the Paris rally drew a crowd of 5,000"). Not one past a
 * comparison ("more than three times the crowd at the Paris rally").
 */
function linkedGatheringNouns(tokens: Token[], first: number, last: number): number[] {
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

/** Place names the corpus writes after a place preposition ("in Los Angeles", "the streets of Washington"), folded. */
function learnPlaceNames(passages: Passage[]): Set<string> {
  const names = new Set<string>();
  const NAME = "\\p{Lu}[\\p{L}’'-]*";
  const prepositions = ['in', 'at', 'near', 'outside', 'inside', 'across', 'around', 'through', 'into', 'along', 'toward', 'towards'];
  const either = prepositions.map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1)}`).join('|');
  const pattern = new RegExp(`(?:\\b(?:${either})|\\bstreets of)\\s+(?:the\\s+)?((?:${NAME}\\s)*${NAME})(?!\\p{L}|['’])`, 'gu');
  for (const p of passages) {
    for (const m of p.text.matchAll(pattern)) {
      const words = m[1]!.split(/\s+/);
      if (words.some((w) => isTimeWord(w.toLowerCase().replace(/’/g, "'")) || /['’]s$/u.test(w))) continue;
      // "in British history": a demonym, or a name before an abstract noun, is no place
      const next = /^\s+(\p{Ll}+)/u.exec(p.text.slice(m.index + m[0].length))?.[1];
      if ((next && NON_PLACE_HEADS.has(next)) || isDemonym(tokenize(words.at(-1)!)[0]!)) continue;
      names.add(words.map(placeKey).join(' '));
    }
  }
  return names;
}

/** The lexicon's tags that say a word or phrase is a place. */
const PLACE_TAG = /^(?:Place|City|Country|Region|Address)$/;

/** Capitalised words before a gathering noun name a place: the corpus writes them as one, or the lexicon knows them as one. */
function isPlaceName(words: Token[], known: Set<string>): boolean {
  const key = words.map((w) => placeKey(w.text)).join(' ');
  if (known.has(key)) return true;
  if (lexiconTags(words.map((w) => w.lower).join(' ')).some((t) => PLACE_TAG.test(t))) return true;
  return words.every((w) => wordTags(w.text).has('Place'));
}

/** Words a place before a gathering noun may take: "the Los Angeles march", "the Rio de Janeiro rally" stay short. */
const MODIFIER_REACH = 3;

/**
 * A place written before gathering noun n as its modifier: "the Washington march", "Sunday's Berlin rally",
 * "the Paris protest". Its words are capitalised, none a possessive ("the Women's march", "Trump's rally"),
 * a day or a month, opened by a determiner, a possessive or the sentence's start, and not after a comparison
 * ("than the Paris rally"); they must name a place (`isPlaceName`: not "the Pride march", "the Trump rally").
 */
function modifierPlace(text: string, tokens: Token[], n: number, known: Set<string>): Place | null {
  let k = n - 1;
  while (k >= 0 && n - k <= MODIFIER_REACH && isCapitalised(tokens[k]!) && !/['’]s$/u.test(tokens[k]!.text)) k--;
  const first = k + 1;
  if (first === n) return null;
  const opener = tokens[k];
  if (opener && !(opener.kind === 'word' && (YEAR_DETERMINERS.has(opener.lower) || /\p{L}['’]s$/u.test(opener.text)))) return null;
  if (opener && BACK_STOPS.has(tokens[k - 1]?.lower ?? '')) return null;
  const words = tokens.slice(first, n);
  if (!isPlaceName(words, known)) return null;
  return {
    text: text.slice(words[0]!.start, words.at(-1)!.end),
    keys: [...new Set(words.filter((w) => w.text.length >= 3 || /^\p{Lu}\p{Ll}/u.test(w.text)).map((w) => placeKey(w.text)))],
    preposition: 'in',
    noun: tokens[n]!.text,
    definite: !!opener && (DEFINITE_WORDS.has(opener.lower) || /\p{L}['’]s$/u.test(opener.text)),
  };
}

/** The token just past a national scope phrase at token k ("nationwide", "nation-wide", "across the country"), else -1. */
function nationalScopeEnd(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return -1;
  // "from across the country" says where people came from, not where they gathered
  if (tokens[k - 1]?.lower === 'from') return -1;
  // an adjective ("joined the nationwide strike in Paris", "nationwide protests") scopes its noun, not the count
  const adverb = (end: number) => !YEAR_DETERMINERS.has(tokens[k - 1]?.lower ?? '') && !/\p{L}['’]s$/u.test(tokens[k - 1]?.text ?? '') && !isGatheringNoun(tokens[end]) && !isPeopleWord(tokens[end]);
  if (NATIONAL_WORDS.has(t.lower)) return adverb(k + 1) ? k + 1 : -1;
  // "nation-wide", "country-wide"
  if (NATION_NOUNS.has(t.lower) && tokens[k + 1]?.text === '-' && tokens[k + 2]?.lower === 'wide') return adverb(k + 3) ? k + 3 : -1;
  // "all over the country" only: "over the weekend" is no place
  if (NATIONAL_PREPOSITIONS.has(t.lower) && (t.lower !== 'over' || tokens[k - 1]?.lower === 'all')) {
    if (tokens[k + 1]?.lower === 'the' && NATION_NOUNS.has(tokens[k + 2]?.lower ?? '') && !/^\p{Lu}/u.test(tokens[k + 3]?.text ?? '')) return k + 3;
  }
  return -1;
}

function isPeopleWord(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && PEOPLE_NOUNS.has(t.lower);
}

/** Words read after a figure, in its clause, for a national scope: "more than 2 million people took part in strikes nationwide". */
const NATIONAL_REACH = 10;

/**
 * A national scope in the figure's own clause after it ("more than 2 million took part nationwide, including
 * 400,000 in Paris", "2 million marched across the country"): the claim is a national total. The clause ends
 * at punctuation or a clause word ("where police counted 80,000" is another clause).
 */
function nationalScope(text: string, tokens: Token[], last: number): Place | null {
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

/**
 * The named place right after a figure, or after the people noun it counts: "including 400,000 in Paris",
 * "including 400,000 people in Lyon". `k` is the token just past the figure. null when none follows.
 */
export function namedPlaceAfter(text: string, tokens: Token[], k: number): Place | null {
  const next = tokens[k];
  if (next?.kind === 'word' && next.text === next.lower && PEOPLE_NOUNS.has(next.lower)) k++;
  if (tokens[k]?.lower === 'than') return null;
  const place = placeAt(text, tokens, k);
  return place?.keys.length ? place : null;
}

/** Determiners that say the gathering is one the reader knows: "the Washington march", "that rally". */
const DEFINITE_WORDS = new Set(['the', 'this', 'that']);

/**
 * Where the gathering in a claim's sentence took place: the place after a gathering word, else the first
 * after the figure, else the nearest before it. A named place ("in Baghdad") wins over an unnamed one
 * ("outside parliament"), which only labels a gathering and never splits one.
 */
function placeOf(passage: Passage, claim: CrowdClaimFound, known: Set<string>): Place | null {
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
  const gathering = new Set(gatheringWords(passage.text).map((w) => w.index));
  const search = (named: boolean): Place | null => {
    const at = (k: number) => {
      // "more than at the Boston rally", "larger than in Paris": a comparison, not where this crowd was
      if (tokens[k - 1]?.lower === 'than') return null;
      const place = placeAt(passage.text, tokens, k);
      if (!place || (named && !place.keys.length)) return null;
      // "the march in Washington": a gathering the reader knows
      return isGatheringNoun(tokens[k - 1]) && DEFINITE_WORDS.has(tokens[k - 2]?.lower ?? '') ? { ...place, definite: true } : place;
    };
    for (let g = from; g < tokens.length; g++) {
      if (tokens[g]!.kind !== 'word' || !gathering.has(tokens[g]!.start)) continue;
      // from the gathering word itself: "lined the streets of Chicago"
      for (let k = g; k < Math.min(tokens.length, g + 9); k++) {
        const place = at(k);
        if (place) return place;
      }
    }
    for (let k = from; k < tokens.length; k++) {
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

/** Places the corpus writes as "in Inner, Outer" ("in Kirkuk, Iraq"): Outer contains Inner. */
function learnContainers(passages: Passage[]): Map<string, Set<string>> {
  const contains = new Map<string, Set<string>>();
  const NAME = "\\p{Lu}[\\p{L}'’-]+";
  const pattern = new RegExp(`\\b(?:in|at|near|outside|from)\\s+((?:${NAME}\\s)*${NAME}),\\s+((?:${NAME}\\s)*${NAME})`, 'gu');
  for (const p of passages) {
    for (const m of p.text.matchAll(pattern)) {
      const placeKeys = (names: string) => names.split(/\s+/).filter((w) => !isTimeWord(w.toLowerCase().replace(/’/g, "'"))).map(placeKey);
      const inner = placeKeys(m[1]!);
      const outer = placeKeys(m[2]!);
      for (const o of outer) {
        const set = contains.get(o) ?? new Set<string>();
        for (const i of inner) if (i !== o) set.add(i);
        contains.set(o, set);
      }
    }
  }
  return contains;
}

/** "the January 3 killing": a date naming another happening, not when the crowd gathered. */
function isAttributive(d: DateMention, passage: Passage | undefined): boolean {
  if (!passage) return false;
  return /\b(?:the|a|an)\s+$/i.test(passage.text.slice(Math.max(0, d.start - passage.start - 6), d.start - passage.start));
}

function dayMentions(dates: DateMention[], passageById: Map<string, Passage>): Map<string, DateMention[]> {
  const byPassage = new Map<string, DateMention[]>();
  for (const d of dates) {
    if (d.precision !== 'day' || isAttributive(d, passageById.get(d.passageId))) continue;
    const list = byPassage.get(d.passageId) ?? [];
    list.push(d);
    byPassage.set(d.passageId, list);
  }
  return byPassage;
}

function nearest(mentions: DateMention[], at: number): DateMention | undefined {
  return [...mentions].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0];
}

/**
 * The day in a claim's own sentence nearest the figure or a gathering word: in "on the anniversary of the
 * January 3 killing, thousands marched on Friday" the march is on Friday.
 */
function nearestToGathering(mentions: DateMention[], claim: CrowdClaimFound, passage: Passage): DateMention | undefined {
  const anchors = [claim.start, claim.end];
  for (const w of gatheringWords(passage.text)) anchors.push(passage.start + w.index, passage.start + w.index + w.text.length);
  const distance = (d: DateMention) => Math.min(...anchors.map((a) => Math.min(Math.abs(d.start - a), Math.abs(d.end - a))));
  return [...mentions].sort((a, b) => distance(a) - distance(b))[0];
}

function mostFrequent(values: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A gathering noun, singular or plural: "parade", "protests", "rallies", "marches". */
function isGatheringNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || t.text !== t.lower) return false;
  const w = t.lower;
  return GATHERING_NOUNS.has(w) || (w.endsWith('ies') && GATHERING_NOUNS.has(`${w.slice(0, -3)}y`)) || (w.endsWith('es') && GATHERING_NOUNS.has(w.slice(0, -2))) || (w.endsWith('s') && GATHERING_NOUNS.has(w.slice(0, -1)));
}

const YEAR_DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our']);
/** Words between a year and its gathering noun: "the 2005 White Sox parade", "the 2019 pro-democracy protests". */
const YEAR_NOUN_REACH = 3;

function yearOf(t: Token | undefined): number | null {
  if (!t || t.kind !== 'num' || !/^\d{4}$/.test(t.text)) return null;
  const year = Number(t.text);
  return year >= 1000 && year <= 2100 ? year : null;
}

/** A determiner or a possessive that opens a dated noun phrase: "a 2005 parade", "Chicago's 2016 parade". */
function opensDatedPhrase(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (YEAR_DETERMINERS.has(t.lower) || /\p{L}['’]s$/u.test(t.text));
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

/** Words that end the way from a figure to a dated gathering: it is about something else ("the anniversary of the 1989 protests"). */
const YEAR_STOPS = new Set(['of', 'than', 'since', 'after', 'before', 'until', 'like', 'unlike', 'against', 'mark', 'marking', 'commemorate', 'commemorating', 'anniversary']);
/** Prepositions between a gathering verb (or the crowd's noun) and the gathering it names: "took part in the 2011 protests". */
const GATHERING_PREPOSITIONS = new Set(['at', 'in', 'into', 'to', 'for', 'during', 'on']);
/** Words between a figure and its verb that are no part of the way to a gathering: "fans had attended", "people who joined". */
const VERB_GROUP_WORDS = new Set(['had', 'have', 'has', 'was', 'were', 'are', 'is', 'been', 'also', 'reportedly', 'then', 'later', 'again', 'who', 'that', 'which', 'once', 'all']);
/** Words of the crowd's noun phrase the forward reading skips: "about 2 million fans", "tens of thousands of angry young protesters". */
const CROWD_PHRASE_REACH = 6;

/**
 * The year a claim's own gathering is dated to when a year stands before its gathering noun: "about 2
 * million fans had attended a 2005 parade", "500,000 took part in the 2011 protests", "2 million fans at
 * the 2005 parade", "the 1997 march drew 500,000", "a 2005 parade of 2 million". Not a gathering the
 * sentence names by the way ("marched on the anniversary of the 1989 protests", "the largest since the
 * 2011 protests"): the dated noun must be the one the figure's verb or preposition takes.
 */
function gatheringYear(passage: Passage, claim: CrowdClaimFound): number | null {
  const tokens = tokenize(passage.text);
  const first = tokens.findIndex((t) => t.start >= claim.start - passage.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1]!.end <= claim.end - passage.start) last++;
  // after the figure: its noun phrase, a verb group, a gathering verb and its particle, a preposition
  let k = last + 1;
  let words = 0;
  while (k < tokens.length && words < CROWD_PHRASE_REACH) {
    const t = tokens[k]!;
    if (joinsWords(t)) {
      k++;
      continue;
    }
    if (t.kind === 'punct') break;
    if (GATHERING_VERBS.has(t.lower) || GATHERING_PREPOSITIONS.has(t.lower)) break;
    if (!VERB_GROUP_WORDS.has(t.lower) && (CLAUSE_WORDS.has(t.lower) || YEAR_STOPS.has(t.lower))) return null;
    words++;
    k++;
  }
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

function dateOf(claim: CrowdClaimFound, passage: Passage, sameArticle: Passage[], byPassage: Map<string, DateMention[]>, article: Article | undefined): [string | null, DateSource] {
  const own = byPassage.get(passage.id);
  if (own?.length) return [nearestToGathering(own, claim, passage)!.date, 'passage'];
  // A day in the paragraph's sentences about a gathering; one in another sentence ("a spokesperson told
  // reporters on Tuesday") may date a briefing, so it comes after the article's gathering days.
  const paragraph = sameArticle.filter((p) => p.paragraph === passage.paragraph);
  const days = (ps: Passage[]) => ps.flatMap((p) => byPassage.get(p.id) ?? []);
  const paragraphGathering = days(paragraph.filter((p) => isAboutGathering(p.text)));
  if (paragraphGathering.length) return [nearest(paragraphGathering, claim.start)!.date, 'paragraph'];
  // The day the article's other sentences about a gathering name most often ("the march on Friday").
  const usual = mostFrequent(days(sameArticle.filter((p) => isAboutGathering(p.text))).map((d) => d.date));
  if (usual) return [usual, 'article'];
  const paragraphAny = days(paragraph);
  if (paragraphAny.length) return [nearest(paragraphAny, claim.start)!.date, 'paragraph'];
  if (article?.published) return [article.published, 'published'];
  return [null, 'none'];
}

function overlaps(a: string[], b: Set<string>): boolean {
  return a.some((k) => b.has(k));
}

/** The gathering word each claim's sentence uses nearest the figure; the label takes the most common. */
function gatheringNoun(located: Located[]): string {
  const votes: string[] = [];
  const seen = new Set<string>();
  for (const l of located) {
    const key = `${l.passage.id}:${l.claim.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const at = l.claim.start - l.passage.start;
    // "The Washington march, …, the largest protest in the city": the noun its place modifies
    const modified = l.place?.noun && GATHERING_LABELS.find(([pattern]) => pattern.test(l.place!.noun!));
    if (modified) {
      votes.push(modified[1]);
      continue;
    }
    let best: { noun: string; distance: number } | undefined;
    for (const [pattern, noun] of GATHERING_LABELS) {
      for (const m of l.passage.text.matchAll(new RegExp(pattern.source, 'gi'))) {
        if (isMonthMarch(l.passage.text, m.index, m[0])) continue;
        const distance = Math.abs(m.index - at);
        if (!best || distance < best.distance) best = { noun, distance };
      }
    }
    if (best) votes.push(best.noun);
  }
  const counts = new Map<string, number>();
  for (const v of votes) counts.set(v, (counts.get(v) ?? 0) + 1);
  const order = GATHERING_LABELS.map(([, noun]) => noun);
  return [...counts].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0]))[0]?.[0] ?? 'gathering';
}

/**
 * A place as a label gives it: with its preposition ("in Lisbon" for "In Lisbon"), the one its verb implies
 * ("around the Legislative Council complex"), else "in" before a bare one ("in Chile's capital").
 */
function placePhrase(place: Place): string {
  const first = /^\S+/u.exec(place.text)![0];
  if (LOCATION_PREPOSITIONS.has(first.toLowerCase()) || place.national) return first.toLowerCase() + place.text.slice(first.length);
  return `${place.preposition ?? 'in'} ${place.text}`;
}

/** The place the group's claims give most often (as written), first given first. */
function mostCommonPlace(located: Located[]): Place | null {
  const text = mostFrequent(located.flatMap((l) => (l.place ? [l.place.text] : [])));
  return located.find((l) => l.place?.text === text)?.place ?? null;
}

/** A place that is a whole country: a national scope ("nationwide"), or a name the lexicon knows as a country ("across France"). */
function isNationalPlace(place: Place): boolean {
  if (place.national) return true;
  return place.keys.length > 0 && lexiconTags(place.keys.join(' ')).includes('Country');
}

/** Splits one day's claims by place: unrelated places are different gatherings. */
function clusterByPlace(claims: Located[], containers: Map<string, Set<string>>): Located[][] {
  const isBroad = (p: Place) => p.keys.every((k) => (containers.get(k)?.size ?? 0) > 0);
  const named = (c: Located) => !!c.place?.keys.length;
  const clusters: Array<{ keys: Set<string>; members: Located[] }> = [];
  for (const l of claims.filter((c) => named(c) && !isBroad(c.place!))) {
    const joined = clusters.filter((c) => overlaps(l.place!.keys, c.keys));
    const target = joined[0] ?? { keys: new Set<string>(), members: [] };
    if (!joined.length) clusters.push(target);
    for (const other of joined.slice(1)) {
      for (const k of other.keys) target.keys.add(k);
      target.members.push(...other.members);
      clusters.splice(clusters.indexOf(other), 1);
    }
    for (const k of l.place!.keys) target.keys.add(k);
    target.members.push(l);
  }
  const largest = () => [...clusters].sort((a, b) => b.members.length - a.members.length)[0];
  // A country-sized place ("in Iraq") joins the largest gathering inside it; else it stands alone.
  for (const l of claims.filter((c) => named(c) && isBroad(c.place!))) {
    const inside = clusters
      .filter((c) => l.place!.keys.some((k) => [...c.keys].some((inner) => containers.get(k)?.has(inner))) || overlaps(l.place!.keys, c.keys))
      .sort((a, b) => b.members.length - a.members.length)[0];
    if (inside) inside.members.push(l);
    else {
      const same = clusters.find((c) => overlaps(l.place!.keys, c.keys));
      if (same) same.members.push(l);
      else clusters.push({ keys: new Set(l.place!.keys), members: [l] });
    }
  }
  // A national total ("took part nationwide") joins the gathering across a whole country ("marched across
  // France"), the largest if several; with none, the national totals are a gathering of their own.
  const national = claims.filter((c) => c.place?.national);
  if (national.length) {
    const target = clusters
      .filter((c) => c.members.some((m) => !!m.place && isNationalPlace(m.place)))
      .sort((a, b) => b.members.length - a.members.length)[0];
    if (target) target.members.push(...national);
    else clusters.push({ keys: new Set(), members: national });
  }
  const unplaced = claims.filter((c) => !named(c) && !c.place?.national);
  if (unplaced.length) {
    const target = largest();
    if (target) target.members.push(...unplaced);
    else clusters.push({ keys: new Set(), members: unplaced });
  }
  return clusters.map((c) => c.members);
}

/** Whether a body sentence of the article about a gathering names a place with any of `keys`. */
function bodyNamesPlace(passages: Passage[], keys: string[]): boolean {
  const wanted = new Set(keys);
  return passages.some((p) => {
    if (p.kind !== 'body' || !isAboutGathering(p.text)) return false;
    const tokens = tokenize(p.text);
    return tokens.some((_, k) => {
      const place = placeAt(p.text, tokens, k);
      return !!place && overlaps(place.keys, wanted);
    });
  });
}

/**
 * A headline's figure is about its article's main gathering: a headline claim whose place shares nothing
 * with the gatherings the article's body has figures for on that day ("a million people march in
 * Santiago" over "took to the streets of Chile's capital") joins the one holding most of them, unless
 * the body names the headline's place as a gathering of its own.
 */
function headlinesToBody(clusters: Located[][], passagesOfArticle: Map<string, Passage[]>): Located[][] {
  for (const cluster of [...clusters]) {
    for (const l of [...cluster]) {
      if (l.passage.kind !== 'headline') continue;
      const ownBody = (c: Located[]) => c.filter((o) => o.claim.articleId === l.claim.articleId && o.passage.kind === 'body').length;
      const bodyClusters = clusters.filter((c) => ownBody(c) > 0);
      if (!bodyClusters.length || bodyClusters.includes(cluster)) continue;
      const keys = l.place?.keys ?? [];
      if (keys.length && bodyClusters.some((c) => c.some((o) => overlaps(keys, new Set(o.place?.keys ?? []))))) continue;
      if (keys.length && bodyNamesPlace(passagesOfArticle.get(l.claim.articleId) ?? [], keys)) continue;
      const top = (c: Located[]) => Math.max(...c.map((o) => o.claim.low));
      const target = [...bodyClusters].sort((a, b) => ownBody(b) - ownBody(a) || b.length - a.length || top(b) - top(a))[0]!;
      cluster.splice(cluster.indexOf(l), 1);
      target.push(l);
    }
  }
  return clusters.filter((c) => c.length > 0);
}

const STRONG: DateSource[] = ['passage', 'paragraph', 'article'];
/** A report published this many days after a gathering may still be about it. */
const REPORTING_LAG_DAYS = 3;
/** …and this many when it names the gathering as one the reader knows at that place ("The Washington march, …"). */
const DEFINITE_REPORTING_LAG_DAYS = 14;

/** Claims that count the same gathering as another claim of their sentence: the figures of an attribution aside. */
const HEADS = new WeakMap<CrowdClaimFound, CrowdClaimFound>();

/**
 * `claim` counts the same gathering as `head` ("Hundreds of thousands of people (police: 1.5 million)"): it
 * takes the day and place found for `head`, whatever nearer words its own position would give.
 */
export function sameGathering(claim: CrowdClaimFound, head: CrowdClaimFound): void {
  HEADS.set(claim, HEADS.get(head) ?? head);
}

/** Claims that count a part of another claim's crowd at a place of their own: "including 400,000 in Paris". */
const PARTS = new WeakMap<CrowdClaimFound, { whole: CrowdClaimFound; place: Place }>();

/**
 * `claim` counts the part of `whole`'s crowd at `place` ("more than 2 million took part nationwide, including
 * 400,000 in Paris"): it is a claim about the gathering at that place on `whole`'s day.
 */
export function partOfGathering(claim: CrowdClaimFound, whole: CrowdClaimFound, place: Place): void {
  PARTS.set(claim, { whole, place });
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

export function assignCrowdEvents<C extends CrowdClaimFound>(
  found: C[],
  articles: Article[],
  passages: Passage[],
  dates: DateMention[],
): Array<C & { event: CrowdEventRef }> {
  const passageById = new Map(passages.map((p) => [p.id, p]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const byPassage = dayMentions(dates, passageById);
  const containers = learnContainers(passages);
  const placeNames = learnPlaceNames(passages);

  const passagesOfArticle = new Map<string, Passage[]>();
  for (const p of passages) {
    const list = passagesOfArticle.get(p.articleId) ?? [];
    list.push(p);
    passagesOfArticle.set(p.articleId, list);
  }

  const located: Located[] = found.map((claim) => {
    const passage = passageById.get(claim.passageId)!;
    let [date, dateSource] = dateOf(claim, passage, passagesOfArticle.get(claim.articleId) ?? [], byPassage, articleById.get(claim.articleId));
    // "a 2005 parade": a gathering of that year, unless the day found is in it ("the 2016 parade on Friday")
    const year = gatheringYear(passage, claim);
    if (year !== null && date?.slice(0, 4) !== String(year)) [date, dateSource] = [`${year}-01-01`, 'year'];
    return { claim, passage, date, dateSource, place: placeOf(passage, claim, placeNames) };
  });
  const locatedOf = new Map<CrowdClaimFound, Located>(located.map((l) => [l.claim, l]));
  for (const l of located) {
    const head = HEADS.get(l.claim);
    const of = head && locatedOf.get(head);
    if (of) Object.assign(l, { date: of.date, dateSource: of.dateSource, place: of.place });
  }
  for (const l of located) {
    const part = PARTS.get(l.claim);
    const of = part && locatedOf.get(part.whole);
    if (of) Object.assign(l, { date: of.date, dateSource: of.dateSource, place: part.place });
  }

  const byDate = new Map<string, Located[]>();
  for (const l of located) {
    // a year is its own gathering, never one of its days
    const key = l.dateSource === 'year' ? `year:${l.date}` : (l.date ?? '');
    const list = byDate.get(key) ?? [];
    list.push(l);
    byDate.set(key, list);
  }
  let groups = [...byDate.values()].flatMap((day) => headlinesToBody(clusterByPlace(day, containers), passagesOfArticle));

  // Claims dated only by their article's publication may be a later report of an earlier gathering at the same place.
  const isWeak = (group: Located[]) => group.every((l) => !STRONG.includes(l.dateSource) && l.dateSource !== 'year');
  const isYear = (group: Located[]) => group[0]!.dateSource === 'year';
  const keysOf = (group: Located[]) => new Set(group.flatMap((l) => l.place?.keys ?? []));
  const absorbed = new Set<Located[]>();
  groups.sort((a, b) => (a[0]!.date ?? '').localeCompare(b[0]!.date ?? ''));
  for (const group of groups) {
    const day = group[0]!.date;
    if (!isWeak(group) || !day || !keysOf(group).size) continue;
    const target = groups
      .filter((other) => {
        const otherDay = other[0]!.date;
        if (other === group || absorbed.has(other) || !otherDay || isYear(other)) return false;
        const lag = daysBetween(otherDay, day);
        const otherKeys = keysOf(other);
        // "The Washington march, which …" days later: a definite reference to a gathering at that place
        const definite = group.some((l) => l.place?.definite && overlaps(l.place.keys, otherKeys));
        return lag > 0 && lag <= (definite ? DEFINITE_REPORTING_LAG_DAYS : REPORTING_LAG_DAYS) && overlaps([...keysOf(group)], otherKeys);
      })
      // a gathering the text itself dates first, then the nearest day before the report
      .sort((a, b) => Number(isWeak(a)) - Number(isWeak(b)) || b[0]!.date!.localeCompare(a[0]!.date!))[0];
    if (target) {
      target.push(...group);
      absorbed.add(group);
    }
  }
  groups = groups.filter((g) => !absorbed.has(g));

  const eventOf = new Map<CrowdClaimFound, CrowdEventRef>();
  for (const group of groups) {
    const date = group.find((l) => STRONG.includes(l.dateSource))?.date ?? group[0]!.date;
    const specific = group.filter((l) => l.place?.keys.length && !l.place.keys.every((k) => (containers.get(k)?.size ?? 0) > 0));
    const place = mostCommonPlace(specific.length ? specific : group);
    const keys = [...new Set(group.flatMap((l) => l.place?.keys ?? []))].sort();
    const noun = gatheringNoun(group);
    // "2005 parade": a gathering dated only to its year says so in its label
    const year = isYear(group) ? date!.slice(0, 4) : null;
    const ref: CrowdEventRef = {
      id: `${year ? `year:${year}` : (date ?? 'undated')}:${keys.join('+') || (place?.national ? 'nationwide' : 'unplaced')}`,
      label: [year, noun, place ? placePhrase(place) : null].filter(Boolean).join(' '),
      date,
      place: place?.text ?? null,
      ...(year ? { precision: 'year' as const } : {}),
    };
    for (const l of group) eventOf.set(l.claim, ref);
  }
  return found.map((claim) => ({ ...claim, event: eventOf.get(claim)! }));
}
