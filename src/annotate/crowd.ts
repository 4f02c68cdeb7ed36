import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { attributionAsides, withoutAsides } from './crowdAsides.js';
import { claimantOf, isPronoun } from './crowdClaimant.js';
import { assignCrowdEvents, namedPlaceAfter, partOfGathering, sameGathering, type CrowdEventRef, type CrowdPlace } from './crowdEvents.js';
import {
  ATTRIBUTION_VERBS,
  BE_VERBS,
  CASUALTY_WORDS,
  CLAUSE_WORDS,
  DEPRIVED_OF,
  FAILED_VERBS,
  FIGURE_NOUNS,
  FORECAST_OBJECT_VERBS,
  FORECAST_VERBS,
  GATHERED_NOUNS,
  GATHERING_NOUNS,
  GATHERING_VERB_PARTICLES,
  GATHERING_VERBS,
  INTENT_VERBS,
  IRREGULAR_PAST,
  isAboutGathering,
  MODALS,
  NARRATIVE_ADVERBS,
  NEGATABLE_AUXILIARIES,
  NEGATION_HEDGES,
  NEGATIONS,
  NOT_PEOPLE_NOUNS,
  PART_OPENERS,
  PENDING_WORDS,
  PEOPLE_NOUNS,
  SIZE_LINKS,
  SUBORDINATORS,
  VERB_GROUP_ADVERBS,
} from './crowdWords.js';
import type { DateMention } from './dates/index.js';
import { findQuantities, joinsWords, MAY_HOLD_QUANTITY, tokenize, type Quantity, type Token } from './quantity.js';

/** One statement of how many people gathered, as one passage gives it. */
export interface CrowdClaim {
  passageId: string;
  articleId: string;
  /** The quantity as written, hedge included ("more than 2.5 million"); `file.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** 0 when the text gives only an upper bound ("fewer than 300"). */
  low: number;
  /** null: no upper bound ("more than 2.5 million"). */
  high: number | null;
  /** A vague word coded by convention ("thousands" = 2,000) rather than a figure. */
  vague: boolean;
  /** What is counted, as written: "protesters", "Iraqis", "crowd". */
  counted: string;
  /** Who the text says gave the figure; null: the publisher's own reporting. */
  claimant: string | null;
  /**
   * The figure is what someone expects, not a count of who turned out ("organisers expected 50,000 to
   * attend", "50,000 are expected", "could draw 50,000"); the answer shows it apart, outside the range.
   */
  forecast: boolean;
  /** The gathering the claim is about; claims about the same gathering share `event.id`. */
  event: CrowdEventRef;
}

export type { CrowdEventRef } from './crowdEvents.js';

/** A claim before it is placed in an event. */
export type CrowdClaimFound = Omit<CrowdClaim, 'event'>;

const DEMONYM = /^\p{Lu}\p{Ll}+(?:ans|ians|is|ese|ers|ites|ards|ims|ists|ics|ns)$/u;
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'to', 'in', 'at', 'on', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'who', 'that', 'which',
  'were', 'was', 'are', 'is', 'have', 'has', 'had', 'be', 'been', 'as', 'into', 'than', 'more', 'of', 'said', 'says',
  'this', 'these', 'those', 'their', 'his', 'her', 'its', 'our', 'over', 'after', 'before', 'across', 'outside',
  'near', 'inside', 'under', 'about', 'around', 'while', 'when', 'where', 'will', 'would', 'could', 'may', 'can',
]);
/** "police counted fewer than 500", "police put it at 200,000" in a sentence about a gathering: the figure is its size. */
const ESTIMATE_VERBS = new Set(['counted', 'estimated', 'estimates', 'claimed', 'claims', 'reckoned', 'tallied', 'counts', 'said', 'says', 'say']);
const PUT_AT_VERBS = new Set(['put', 'puts', 'estimated', 'estimates', 'placed', 'places', 'pegged', 'pegs']);

const AUXILIARIES = new Set(['are', 'were', 'have', 'had', 'has', 'been', 'also', 'reportedly', 'again', 'then', 'later']);

function isPeopleNoun(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  return PEOPLE_NOUNS.has(t.lower) || DEMONYM.test(t.text);
}

function isYear(tokens: Token[], q: Quantity): boolean {
  return q.first === q.last && /^\d{4}$/.test(tokens[q.first]!.text) && Number(tokens[q.first]!.text) >= 1000 && Number(tokens[q.first]!.text) <= 2100;
}

/** The people noun a quantity counts ("500,000 Shiite worshippers", "thousands of angry young protesters"). */
function countedPeople(tokens: Token[], q: Quantity): number | null {
  let j = q.resume;
  // "a 10,000-strong crowd"
  if (tokens[j]?.text === '-' && tokens[j + 1]?.lower === 'strong') return j + 1;
  if (tokens[j]?.lower === 'of') {
    j++;
    // "thousands of the cleric's supporters"
    if (['the', 'his', 'her', 'their', 'its', 'these', 'those'].includes(tokens[j]?.lower ?? '')) j++;
  }
  let words = 0;
  while (j < tokens.length && words < 4) {
    const t = tokens[j]!;
    if (t.kind === 'punct') {
      // "U.S.-backed", "pro-Iran", "men, women and children" are fine inside the phrase
      if (t.text === '-' || t.text === '.' || t.text === "'" || t.text === '’') {
        j++;
        continue;
      }
      return null;
    }
    if (isPeopleNoun(t)) return j;
    if (t.kind === 'num' || FUNCTION_WORDS.has(t.lower) || NOT_PEOPLE_NOUNS.has(t.lower)) return null;
    // another plural common noun heads the phrase: "25 years", "36 rockets"
    if (/^\p{Ll}+[^s'’]s$/u.test(t.text) && !/(ous|ss|is|us)$/.test(t.lower)) return null;
    words++;
    j++;
  }
  return null;
}

/** Words after a people count that may say what befell them: "12,000 residents forced from their homes". */
const DEPRIVED_REACH = 5;

function isCasualtyCount(tokens: Token[], q: Quantity, head: number): boolean {
  for (let k = Math.max(0, q.first - 3); k < q.first; k++) if (CASUALTY_WORDS.has(tokens[k]!.lower)) return true;
  // "residents marched from their homes": after a gathering verb, "homes" says where the crowd came from
  let gathered = false;
  for (let k = head + 1; k <= Math.min(tokens.length - 1, head + DEPRIVED_REACH); k++) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== '-') break;
    if (k <= head + 3 && CASUALTY_WORDS.has(t.lower)) return true;
    gathered ||= GATHERING_VERBS.has(t.lower);
    // "without power", "forced from their homes", "left their homes"
    if (!gathered && (t.lower === 'homes' || (t.lower === 'without' && DEPRIVED_OF.has(tokens[k + 1]?.lower ?? '')))) return true;
  }
  return false;
}

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/** A word that can only be a finite verb here: "forced", "swept", "was"; not "the armed men". */
function looksFinite(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind !== 'word' || t.text !== t.lower || DETERMINERS.has(tokens[k - 1]?.lower ?? '')) return false;
  return (t.lower.length > 3 && t.lower.endsWith('ed')) || IRREGULAR_PAST.has(t.lower) || BE_VERBS.has(t.lower) || MODALS.has(t.lower) || ['has', 'have', 'had'].includes(t.lower);
}

const CLAUSE_ENDS = new Set([',', ';', ':', '—', '–', '(', ')']);

/**
 * Marks the tokens of each adverbial clause ("a week after the fire forced the evacuation of 12,000
 * residents", "After 12,000 residents fled the fire,"): from its conjunction to the next comma or
 * stop. `clause[k]` is 0 in the main clause, else the number of the clause token k is in. A
 * conjunction with no verb after it is a preposition ("after Friday prayers") and opens no clause.
 */
function adverbialClauses(tokens: Token[]): Uint16Array {
  const clause = new Uint16Array(tokens.length);
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!SUBORDINATORS.has(tokens[i]!.lower) || tokens[i]!.kind !== 'word') continue;
    let end = i + 1;
    let finite = false;
    while (end < tokens.length && !(tokens[end]!.kind === 'punct' && (CLAUSE_ENDS.has(tokens[end]!.text) || (tokens[end]!.text === '-' && tokens[end - 1]!.end !== tokens[end]!.start)))) {
      finite ||= looksFinite(tokens, end);
      end++;
    }
    // a later conjunction before `end` has no verb either: skip to it in both cases (one pass)
    if (finite) clause.fill(++next, i, end);
    i = end - 1;
  }
  return clause;
}

/**
 * Whether the figure's clause is about a gathering. A figure inside an adverbial clause needs a
 * gathering word in that clause: the main clause's gathering is another happening ("Hundreds gathered
 * …, a week after the fire forced the evacuation of 12,000 residents"). A figure in the main clause may
 * lean on a gathering word anywhere in the sentence ("After the march set off, 5,000 people were in the square").
 */
function clauseAboutGathering(text: string, tokens: Token[], clause: Uint16Array, q: Quantity): boolean {
  const id = clause[q.first]!;
  if (id === 0) return isAboutGathering(text);
  let first = q.first;
  let last = q.first;
  while (first > 0 && clause[first - 1] === id) first--;
  while (last + 1 < tokens.length && clause[last + 1] === id) last++;
  return isAboutGathering(text.slice(tokens[first]!.start, tokens[last]!.end));
}

/** "the crowd on Friday reached 500,000", "a rally of 5,000", "turnout was 2 million", "estimated at 10,000". */
function gatheringNounBefore(tokens: Token[], q: Quantity, aboutGathering: boolean): number | null {
  const link = tokens[q.first - 1];
  if (!link || link.kind !== 'word' || !SIZE_LINKS.has(link.lower)) return null;
  // "of" binds to the noun right before it: "a crowd of 10,000", never "a protest against the killing of two".
  const reach = link.lower === 'of' ? 1 : 6;
  const from = Math.max(0, q.first - 1 - reach);
  // "the number of troops at the protest was 5,000" counts troops
  if (tokens.slice(from, q.first).some((t) => NOT_PEOPLE_NOUNS.has(t.lower))) return null;
  for (let k = q.first - 2; k >= from; k--) {
    const t = tokens[k]!;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') return null;
    // a capitalised "March" mid-sentence is the month
    if (t.kind === 'word' && GATHERING_NOUNS.has(t.lower) && (t.text === t.lower || k === 0)) return k;
    // "the number was closer to 15,000" — unless it is the number of something else ("the number of troops")
    if (aboutGathering && t.kind === 'word' && FIGURE_NOUNS.has(t.lower)) {
      // "the organisers' figure of 150,000": the figure itself follows "of"
      const of = tokens[k + 1]?.lower === 'of' && k + 2 !== q.first ? tokens[k + 2] : undefined;
      if (!of || PEOPLE_NOUNS.has(of.lower) || GATHERING_NOUNS.has(of.lower) || of.lower === 'the') return k;
      return null;
    }
  }
  return null;
}

/** What follows a bare figure must not be a thing counted other than people ("500,000 dollars"). */
function followedByOtherNoun(tokens: Token[], q: Quantity): boolean {
  const next = tokens[q.resume];
  if (!next || next.kind !== 'word') return false;
  if (NOT_PEOPLE_NOUNS.has(next.lower)) return true;
  return /^\p{Ll}+[^s'’]s$/u.test(next.text) && !FUNCTION_WORDS.has(next.lower) && !/(ous|ss|is|us)$/.test(next.lower) && !PEOPLE_NOUNS.has(next.lower);
}

/** A bare figure that a counting verb takes as its object: "police counted fewer than 500", "put it at 200,000". */
function countedBy(tokens: Token[], q: Quantity): boolean {
  const before = tokens[q.first - 1];
  if (!before) return false;
  for (let k = q.last + 1; k <= Math.min(tokens.length - 1, q.last + 4); k++) if (CASUALTY_WORDS.has(tokens[k]!.lower)) return false;
  if (ESTIMATE_VERBS.has(before.lower)) return true;
  if (before.lower !== 'at') return false;
  for (let k = q.first - 2; k >= Math.max(0, q.first - 5); k--) {
    if (tokens[k]!.kind === 'punct') return false;
    if (PUT_AT_VERBS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "thousands marched", "2 million turned out", "hundreds of thousands are marching". */
function gatheringVerbAfter(tokens: Token[], q: Quantity): boolean {
  let j = q.resume;
  while (tokens[j] && AUXILIARIES.has(tokens[j]!.lower)) j++;
  const verb = tokens[j];
  if (!verb || verb.kind !== 'word' || !GATHERING_VERBS.has(verb.lower)) return false;
  const particles = GATHERING_VERB_PARTICLES[verb.lower];
  return !particles || particles.includes(tokens[j + 1]?.lower ?? '');
}

function isModal(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && (MODALS.has(t.lower) || t.lower.endsWith("'ll"));
}

/** Words a forecast's verb phrase may span before reaching the figure: "are expected to draw a crowd of 50,000". */
const FORECAST_REACH = 6;

/**
 * The token that makes a figure a forecast when it comes before it: "organisers expected 50,000",
 * "hope to draw 50,000", "is set to bring 50,000", "could draw 50,000". Not "more than expected", and
 * not across a speech verb ("police who expected trouble said 8,000 came").
 */
function forecastBefore(tokens: Token[], q: Quantity): number | null {
  let words = 0;
  for (let k = q.first - 1; k >= 0 && words < FORECAST_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '-') continue;
      return null;
    }
    words++;
    if (FORECAST_VERBS.has(t.lower)) return ['than', 'as'].includes(tokens[k - 1]?.lower ?? '') ? null : k;
    if (t.lower === 'to') {
      const verb = tokens[k - 1];
      if (verb && (INTENT_VERBS.has(verb.lower) || FORECAST_VERBS.has(verb.lower))) return k - 1;
      if (verb && PENDING_WORDS.has(verb.lower) && BE_VERBS.has(tokens[k - 2]?.lower ?? '')) return k - 1;
    }
    if (isModal(t)) return NARRATIVE_ADVERBS.has(tokens[k + 1]?.lower ?? '') ? null : k;
    if (CLAUSE_WORDS.has(t.lower) || ATTRIBUTION_VERBS.has(t.lower) || CASUALTY_WORDS.has(t.lower)) return null;
  }
  return null;
}

/** The token that makes a figure a forecast when it follows it: "50,000 are expected", "10,000 will march", "5,000 plan to strike". */
function forecastAfter(tokens: Token[], q: Quantity): number | null {
  let words = 0;
  for (let k = q.resume; k < tokens.length && words < FORECAST_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '-') continue;
      return null;
    }
    words++;
    if (isModal(t)) return NARRATIVE_ADVERBS.has(tokens[k + 1]?.lower ?? '') ? null : k;
    if (BE_VERBS.has(t.lower)) {
      const next = tokens[k + 1]?.lower ?? '';
      if (FORECAST_VERBS.has(next) || (PENDING_WORDS.has(next) && tokens[k + 2]?.lower === 'to')) return k + 1;
      return null;
    }
    if (INTENT_VERBS.has(t.lower) && tokens[k + 1]?.lower === 'to') return k;
    if (CLAUSE_WORDS.has(t.lower) || GATHERING_VERBS.has(t.lower) || ATTRIBUTION_VERBS.has(t.lower) || CASUALTY_WORDS.has(t.lower)) return null;
  }
  return null;
}

/** Token k denies a verb: "did not", "didn't", "never"; a bare "not" only after an auxiliary ("people not affiliated" is no denial). */
function isNegation(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  if (t.lower === 'not') {
    let a = k - 1;
    while (a > 0 && VERB_GROUP_ADVERBS.has(tokens[a]!.lower)) a--;
    return NEGATABLE_AUXILIARIES.has(tokens[a]?.lower ?? '');
  }
  return NEGATIONS.has(t.lower) || /^\p{L}+n't$/u.test(t.lower);
}

/** "failed to turn out", "refused to join": token k is the "to" after such a verb. */
function isFailedTo(tokens: Token[], k: number): boolean {
  return tokens[k]?.lower === 'to' && FAILED_VERBS.has(tokens[k - 1]?.lower ?? '');
}

/** Token k is a word of a verb group: "did", "not", "marched", "will", "failed", "said". */
function isVerbWord(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return false;
  return (
    looksFinite(tokens, k) || isModal(t) || NEGATABLE_AUXILIARIES.has(t.lower) || NEGATIONS.has(t.lower) || t.lower.endsWith("n't") ||
    GATHERING_VERBS.has(t.lower) || ATTRIBUTION_VERBS.has(t.lower) || FORECAST_VERBS.has(t.lower) || INTENT_VERBS.has(t.lower) ||
    FAILED_VERBS.has(t.lower)
  );
}

/** A word that ends a noun phrase: a verb, a conjunction, "to". */
function startsVerbGroup(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.kind !== 'word' || isVerbWord(tokens, k) || CLAUSE_WORDS.has(t.lower) || t.lower === 'to';
}

/** Words of the noun phrase a figure opens: "3,000 tractors", "tens of thousands of farmers from Wallonia". */
const NOUN_PHRASE_REACH = 5;

/** The token just past the noun phrase a quantity opens (its verb, a conjunction, a comma…). */
function nounPhraseEnd(tokens: Token[], q: Quantity): number {
  let k = q.resume;
  let words = 0;
  while (k < tokens.length && words < NOUN_PHRASE_REACH) {
    const t = tokens[k]!;
    if (joinsWords(t)) {
      k++;
      continue;
    }
    if (t.kind === 'punct') break;
    if (startsVerbGroup(tokens, k)) break;
    words++;
    k++;
  }
  return k;
}

/**
 * The verb group from token `from` on is denied: "did not come", "didn't turn out", "never showed up",
 * "failed to turn out", "were not there".
 */
function negatedFrom(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + 4; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (isNegation(tokens, k) || isFailedTo(tokens, k + 1)) return true;
    if (!NEGATABLE_AUXILIARIES.has(t.lower) && !VERB_GROUP_ADVERBS.has(t.lower)) return false;
  }
  return false;
}

/** Words read back from a figure to the verb that takes it: "did not put the crowd at 10,000". */
const NEGATION_REACH = 5;

/**
 * The verb whose object the figure is, or the determiner of its subject, denies it: "the rally did not
 * draw 10,000", "the crowd never reached 10,000", "failed to bring 10,000", "no 10,000-strong crowd",
 * "none of the 10,000 farmers". Not a hedge on the figure ("not even 500", "no more than 500"), and not
 * past a clause word or a comma ("police, who did not …, said 5,000").
 */
function negatedBefore(tokens: Token[], first: number): boolean {
  const previous = tokens[first - 1]?.lower ?? '';
  if (previous === 'no') return true;
  if (tokens[first - 3]?.lower === 'none' && tokens[first - 2]?.lower === 'of' && DETERMINERS.has(previous)) return true;
  let words = 0;
  let hedgeOnly = true;
  for (let k = first - 1; k >= 0 && words < NEGATION_REACH; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') {
      if (t.text === '-') continue;
      return false;
    }
    words++;
    if (!hedgeOnly && (isNegation(tokens, k) || isFailedTo(tokens, k))) return true;
    if (CLAUSE_WORDS.has(t.lower)) return false;
    // the verb that takes the figure: only a denial right before it counts ("police did not count 900")
    if (ATTRIBUTION_VERBS.has(t.lower) || FORECAST_VERBS.has(t.lower) || INTENT_VERBS.has(t.lower) || GATHERING_VERBS.has(t.lower) || looksFinite(tokens, k)) {
      let j = k - 1;
      while (j > 0 && VERB_GROUP_ADVERBS.has(tokens[j]!.lower)) j--;
      return isNegation(tokens, j) || isFailedTo(tokens, j);
    }
    hedgeOnly &&= NEGATION_HEDGES.has(t.lower);
  }
  return false;
}

/**
 * Figures coordinated in one noun phrase: "3,000 tractors and 10,000 farmers", "500 cars, 3,000
 * tractors and 10,000 farmers". `joined[i]` is the index of the figure before figure i in the same
 * coordination, else -1. A comma alone joins only in a list that goes on to "and"/"or".
 */
function coordinations(tokens: Token[], qs: Quantity[]): number[] {
  const link = qs.map((q, i): 'and' | 'comma' | null => {
    if (i === 0) return null;
    const end = nounPhraseEnd(tokens, qs[i - 1]!);
    const comma = tokens[end]?.text === ',';
    const k = comma ? end + 1 : end;
    if (['and', 'or'].includes(tokens[k]?.lower ?? '')) return k + 1 === q.first ? 'and' : null;
    return comma && k === q.first ? 'comma' : null;
  });
  const joined = qs.map(() => -1);
  for (let i = qs.length - 1; i > 0; i--) {
    if (link[i] === 'and' || (link[i] === 'comma' && joined[i + 1] === i)) joined[i] = i - 1;
  }
  return joined;
}

/** Where a figure opening a clause stands: "10,000 farmers and …", "…, 10,000 farmers", "said 10,000 farmers …". */
function opensClause(tokens: Token[], first: number): boolean {
  const previous = tokens[first - 1];
  if (!previous) return true;
  if (previous.kind === 'punct') return previous.text !== '-';
  return CLAUSE_WORDS.has(previous.lower) || ['said', 'says', 'say'].includes(previous.lower);
}

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
  else if (['among', 'of'].includes(tokens[k - 1]?.lower ?? '') && ['them', 'whom'].includes(tokens[k]?.lower ?? '')) k -= 2;
  else return null;
  if (!tokens[k] || tokens[k]!.kind !== 'punct' || ![',', '—', '–', ';'].includes(tokens[k]!.text) || tokens[k]!.start < whole.end) return null;
  return namedPlaceAfter(text, tokens, q.resume);
}

/** Crowd-size claims in one passage, offsets into the article file. */
export function findCrowdClaims(passage: Passage): CrowdClaimFound[] {
  if (!MAY_HOLD_QUANTITY.test(passage.text)) return [];
  const tokens = tokenize(passage.text);
  const sentenceAboutGathering = isAboutGathering(passage.text);
  const clauses = adverbialClauses(tokens);
  const claims: CrowdClaimFound[] = [];
  const quantities = findQuantities(passage.text, tokens);
  const joined = coordinations(tokens, quantities);
  // "Hundreds of thousands of people (police: 1.5 million; organisers: 5 million)": figures another source gave for the count before
  const asides = attributionAsides(passage.text, tokens, quantities, (q) => nounPhraseEnd(tokens, q));
  const claimOf = new Map<number, CrowdClaimFound>();
  // figure index of a part ("including 400,000 in Paris") → the claim of the whole it is part of
  const partOf = new Map<number, CrowdClaimFound>();
  // who gave a figure outside an aside is read without the aside's sources
  const plain = asides.spans.length ? withoutAsides(passage.text, asides.spans) : passage.text;
  const plainTokens = plain === passage.text ? tokens : tokenize(plain);
  const plainClauses = plain === passage.text ? clauses : adverbialClauses(plainTokens);
  const plainIndex = new Map(plainTokens.map((t, k) => [t.start, k]));
  const claimantFor = (first: number, last: number, forecast: boolean): string | null => {
    const [a, b] = [plainIndex.get(tokens[first]!.start), plainIndex.get(tokens[last]!.start)];
    if (a === undefined || b === undefined) return claimantOf(passage.text, tokens, first, last, forecast, clauses);
    return claimantOf(plain, plainTokens, a, b, forecast, plainClauses);
  };
  // The claim a figure of this passage makes: what it counts, by whom, whether it is a forecast.
  const claimAt = (q: Quantity, said: Pick<CrowdClaimFound, 'counted' | 'claimant' | 'forecast'>): CrowdClaimFound => ({
    passageId: passage.id,
    articleId: passage.articleId,
    text: passage.text.slice(q.start, q.end),
    start: passage.start + q.start,
    end: passage.start + q.end,
    low: q.low,
    high: q.high,
    vague: q.vague,
    ...said,
  });
  for (const [i, q] of quantities.entries()) {
    const aside = asides.figures.get(i);
    const headClaim = aside && claimOf.get(aside.head);
    if (aside && headClaim) {
      // the same gathering, counted with the same noun, by the source the aside names
      const claim = claimAt(q, { counted: headClaim.counted, claimant: aside.claimant, forecast: headClaim.forecast });
      sameGathering(claim, headClaim);
      claims.push(claim);
      continue;
    }
    // "…, including 400,000 in Paris": a count of its own at that place, by whoever gave the whole
    const joinedPart = joined[i] === i - 1 && partOf.has(i - 1);
    const wholeClaim = joinedPart ? partOf.get(i - 1) : claimOf.get(i - 1);
    const part = wholeClaim && partPlace(passage.text, tokens, quantities, i, joinedPart);
    if (wholeClaim && part) {
      const noun = tokens[q.resume];
      const claim = claimAt(q, {
        counted: isPeopleNoun(noun) ? noun!.text : wholeClaim.counted,
        claimant: wholeClaim.claimant,
        forecast: wholeClaim.forecast,
      });
      partOfGathering(claim, wholeClaim, part);
      partOf.set(i, wholeClaim);
      claimOf.set(i, claim);
      claims.push(claim);
      continue;
    }
    const aboutGathering = sentenceAboutGathering && clauseAboutGathering(passage.text, tokens, clauses, q);
    let counted: string | null = null;
    // In a coordination ("expected 3,000 tractors and 10,000 farmers to take part"), the verb before its
    // first figure takes every figure of it, unless a figure has a verb of its own after it ("expected
    // 50,000 people and 8,000 turned out"); the verb after its last figure is every figure's when the
    // coordination opens its clause ("10,000 farmers and 3,000 students did not come").
    let lead = i;
    while (joined[lead]! >= 0) lead = joined[lead]!;
    let last = i;
    while (joined[last + 1] === last) last++;
    const ownVerb = isVerbWord(tokens, nounPhraseEnd(tokens, q));
    const opener = lead !== i && !ownVerb ? quantities[lead]! : q;
    const closer = last !== i && !ownVerb && opensClause(tokens, quantities[lead]!.first) ? quantities[last]! : q;
    if (negatedBefore(tokens, opener.first) || negatedFrom(tokens, nounPhraseEnd(tokens, closer))) continue;
    const before = forecastBefore(tokens, opener);
    const head = countedPeople(tokens, q);
    if (head !== null) {
      const noun = tokens[head]!;
      if (isCasualtyCount(tokens, q, head)) continue;
      if (noun.lower === 'strong') {
        const next = tokens[head + 1];
        counted = next?.kind === 'word' && !FUNCTION_WORDS.has(next.lower) ? next.text : 'people';
      } else {
        if (!aboutGathering && !GATHERED_NOUNS.has(noun.lower)) continue;
        counted = noun.text;
      }
    } else if (!isYear(tokens, q) && !followedByOtherNoun(tokens, q)) {
      const noun = gatheringNounBefore(tokens, q, aboutGathering);
      if (noun !== null) counted = tokens[noun]!.text;
      else if (gatheringVerbAfter(tokens, q)) counted = 'people';
      else if (aboutGathering && countedBy(tokens, q)) counted = 'people';
      // "organisers hope to draw 50,000 to the rally"
      else if (aboutGathering && before !== null && FORECAST_OBJECT_VERBS.has(tokens[opener.first - 1]?.lower ?? '')) counted = 'people';
    }
    if (counted === null) continue;
    const forecast = before ?? forecastAfter(tokens, closer);
    claimOf.set(i, claimAt(q, { counted, claimant: claimantFor(opener.first, q.last, forecast !== null), forecast: forecast !== null }));
    claims.push(claimOf.get(i)!);
  }
  return claims;
}

/** "he said 5,000 attended": the pronoun stands for the last named claimant in the same paragraph, if any. */
function resolvePronouns(claims: CrowdClaimFound[], passages: Passage[]): void {
  const byId = new Map(passages.map((p) => [p.id, p]));
  let previous: { claimant: string; paragraph: number; articleId: string } | undefined;
  for (const claim of claims) {
    const passage = byId.get(claim.passageId)!;
    if (claim.claimant && isPronoun(claim.claimant) && previous?.articleId === claim.articleId && previous.paragraph === passage.paragraph) {
      claim.claimant = previous.claimant;
    }
    if (claim.claimant && !isPronoun(claim.claimant)) previous = { claimant: claim.claimant, paragraph: passage.paragraph, articleId: claim.articleId };
  }
}

export function annotateCrowdClaims(articles: Article[], passages: Passage[], dates: DateMention[]): CrowdClaim[] {
  const found = passages.flatMap((p) => findCrowdClaims(p));
  resolvePronouns(found, passages);
  return assignCrowdEvents(found, articles, passages, dates);
}
