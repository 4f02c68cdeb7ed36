import {
  ATTRIBUTION_VERBS,
  CLAIM_NOUNS,
  CLAUSE_WORDS,
  FORECAST_VERBS,
  INTENT_VERBS,
  NOUN_DETERMINERS,
  POSSESSIVE_PRONOUNS,
  PRONOUNS,
} from './crowdWords.js';
import type { Token } from './quantity.js';

/**
 * Who a sentence says gave a figure: the subject of the nearest speech verb before the figure
 * in the same clause ("two Iraqi officials estimated that the crowd reached 500,000"),
 * "according to X", or a closing attribution (", TIME's Kimberly Dozier reported.").
 * null when the sentence attributes it to no one: the publisher's own reporting.
 */

const LEADING_WORDS = new Set(['on', 'in', 'at', 'after', 'before', 'earlier', 'later', 'meanwhile', 'however', 'also', 'then', 'now', 'but', 'and', 'still', 'yesterday', 'today']);

/**
 * Auxiliaries and adverbs between a subject and its verb: "organisers had expected", "police have also
 * said", "organisers later said". Lower-case only: a capital "Later" may open a name.
 */
const AUXILIARIES = new Set([
  'had', 'has', 'have', 'did', 'does', 'do', 'also', 'still', 'reportedly', 'originally', 'initially', 'previously',
  'earlier', 'later', 'again', 'now', 'then', 'subsequently', 'first', 'since', 'afterwards', 'afterward', 'once',
  'already', 'too', 'separately', 'publicly', 'privately', 'officially', 'repeatedly', 'themselves', 'itself',
  'immediately', 'quickly', 'swiftly', 'soon', 'eventually', 'ultimately', 'yet', 'likewise', 'similarly', 'meanwhile',
  'would', 'will', 'could', 'can', 'may', 'might', 'must', 'should', 'shall',
]);
const RELATIVES = new Set(['who', 'which']);

const QUOTE_CLOSERS = new Set(['”', '"', '’', "'"]);
const PASSIVE = new Set(['was', 'were', 'is', 'are', 'been', 'be', 'being']);
const BREAK_MARKS = new Set([';', ':', '(', ')', '[', ']', '—', '–', '“', '”', '"', '!', '?']);

function isClauseBreak(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind === 'punct') {
    if (BREAK_MARKS.has(t.text)) return true;
    // a spaced hyphen is a dash
    if (t.text === '-' && tokens[i - 1]?.end !== t.start) return true;
    // ", and" / ", while" end a clause; a bare comma may be an apposition
    if (t.text === ',' && tokens[i + 1] && CLAUSE_WORDS.has(tokens[i + 1]!.lower)) return true;
  }
  return false;
}

/** Reading back from a verb, these end its subject: "…, and police", "organisers said they". */
function endsSubject(t: Token): boolean {
  if (t.kind !== 'word') return false;
  // a lower-case speech verb, not the "States" of "the United States"
  return CLAUSE_WORDS.has(t.lower) || (ATTRIBUTION_VERBS.has(t.lower) && t.text === t.lower);
}

/**
 * Token i is a speech verb ("said", "estimates", "according"): a capitalised word after another word is
 * part of a name, not a verb ("the United States", "Across the United States, 3 million marched").
 */
function isSpeechVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word' || !ATTRIBUTION_VERBS.has(t.lower)) return false;
  return t.text === t.lower || tokens[i - 1]?.kind !== 'word';
}

function hasCapital(t: Token | undefined): boolean {
  return !!t && /\p{Lu}/u.test(t.text);
}

/** The noun phrase ending just before token `verb`, read back to the clause start; handles "Name, role of Body,". */
function subjectBefore(text: string, tokens: Token[], verb: number, floor: number): string | null {
  let end = verb - 1;
  // "Organisers had expected": the auxiliary is not part of who
  while (end >= floor && tokens[end]!.kind === 'word' && tokens[end]!.text === tokens[end]!.lower && AUXILIARIES.has(tokens[end]!.lower)) end--;
  while (end >= floor && tokens[end]!.text === ',') end--;
  if (end < floor) return null;
  const startOf = (last: number) => {
    let start = last;
    while (start - 1 >= floor && !isClauseBreak(tokens, start - 1) && !endsSubject(tokens[start - 1]!)) start--;
    return start;
  };
  let start = startOf(end);
  // "Police, who expected trouble, said …": the subject is before the relative clause
  if (RELATIVES.has(tokens[start - 1]?.lower ?? '') && tokens[start - 2]?.text === ',' && tokens[verb - 1]?.text === ',' && start - 3 >= floor) {
    end = start - 3;
    start = startOf(end);
  }
  // Split at commas: keep the last part, with the part before it when that is a name and this its role.
  const parts: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (tokens[i]!.text === ',') {
      if (i > from) parts.push([from, i - 1]);
      from = i + 1;
    }
  }
  if (from <= end) parts.push([from, end]);
  if (!parts.length) return null;
  let [first, last] = parts[parts.length - 1]!;
  const previous = parts[parts.length - 2];
  if (previous && !hasCapital(tokens[first]) && hasCapital(tokens[previous[1]]) && !LEADING_WORDS.has(tokens[previous[0]]!.lower)) {
    first = previous[0];
  }
  return cleanClaimant(text.slice(tokens[first]!.start, tokens[last]!.end));
}

/** The noun phrase after `from` up to the end of the clause ("according to police, ..."). */
const ROLE_LINKS = new Set(['of', 'for', 'at', 'with', 'in']);

function isRole(tokens: Token[], i: number): boolean {
  const first = tokens[i];
  if (!first || first.kind !== 'word') return false;
  return ['a', 'an', 'the'].includes(first.lower) || ROLE_LINKS.has(tokens[i + 1]?.lower ?? '');
}

/** Lower-case words a name may hold: "Sayed Sadiq al-Hashemi", "Ursula von der Leyen", "Ilse Van de Keere". */
const NAME_PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'von', 'van', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'dos', 'das']);

/**
 * The tokens from `i` are a person's name in apposition that closes the phrase: capitalised words (with
 * particles, hyphens and initials) up to a comma, a clause break or the sentence's end ("…, Karla Rubilar.").
 * Not a name that goes on into a clause of its own ("…, Hong Kong was calm").
 */
function isClosingName(tokens: Token[], i: number): boolean {
  let k = i;
  let capitals = 0;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word') {
      if (/^\p{Lu}/u.test(t.text)) capitals++;
      else if (!NAME_PARTICLES.has(t.lower)) return false;
    } else if (t.text === '-' || t.text === '.' || t.text === "'" || t.text === '’') {
      if (t.text === '.' && !(tokens[k - 1]?.text.length === 1 && tokens[k + 1]?.kind === 'word')) break;
    } else break;
  }
  return capitals > 0 && /^\p{Lu}/u.test(tokens[i]?.text ?? '');
}

/** The phrase [from, end) is a role that a name may follow: "the city's governor", "a police spokesman"; not "police". */
function endsInRole(tokens: Token[], from: number, end: number): boolean {
  const last = tokens[end - 1];
  if (!last || last.kind !== 'word' || last.text !== last.lower || end - from < 2) return false;
  return ['the', 'a', 'an', 'its', 'their', 'his', 'her'].includes(tokens[from]!.lower) || /['’]s$/.test(tokens[from]!.text);
}

function phraseAfter(text: string, tokens: Token[], from: number, allowCommas: boolean): string | null {
  let end = from;
  while (end < tokens.length && !isClauseBreak(tokens, end)) {
    // a comma continues the phrase only into a role: "Maria Lopes, a spokeswoman for …", "X, head of Y";
    // or from a role into the name it gives: "the city's governor, Karla Rubilar"
    if (tokens[end]!.text === ',' && !(allowCommas && (isRole(tokens, end + 1) || (endsInRole(tokens, from, end) && isClosingName(tokens, end + 1))))) break;
    end++;
  }
  // stop before trailing commas / a trailing time phrase ("on Friday")
  let last = end - 1;
  const abbreviationDot = (k: number) => tokens[k]!.text === '.' && tokens[k - 1]?.text.length === 1 && /\p{Lu}/u.test(tokens[k - 1]!.text);
  while (last >= from && tokens[last]!.kind === 'punct' && !abbreviationDot(last)) last--;
  if (last < from) return null;
  return cleanClaimant(text.slice(tokens[from]!.start, tokens[last]!.end));
}

function cleanClaimant(raw: string): string | null {
  const phrase = raw.replace(/\s+/g, ' ').trim();
  const words = phrase.split(' ');
  if (!phrase || words.length > 16 || !/\p{L}/u.test(phrase)) return null;
  return phrase;
}

/** Describing words a claim noun may take after its owner: "the city's official estimate", "police's own count". */
const CLAIM_NOUN_REACH = 2;
/** Words that describe a figure, never who gave it: "the official estimate", "an early count" name no one. */
const CLAIM_ADJECTIVES = new Set([
  'official', 'unofficial', 'initial', 'final', 'latest', 'own', 'new', 'original', 'revised', 'earlier', 'first',
  'early', 'preliminary', 'conservative', 'rough', 'crowd', 'attendance', 'independent', 'widely', 'cited', 'quoted',
]);
const OWNER_DETERMINERS = new Set(['the', 'a', 'an']);
/** Lower-case words an owner before its possessive may hold: "the local police's", "the interior ministry's". */
const OWNER_REACH = 2;

/** Token k ends a possessive: "city's", "police’s", or the "'" of "organisers'". */
function isPossessiveEnd(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === 'word') return /\p{L}['’]s$/u.test(t.text);
  const owner = tokens[k - 1];
  return (t.text === "'" || t.text === '’') && owner?.kind === 'word' && /s$/i.test(owner.text) && owner.end === t.start;
}

/**
 * The owner a possessive ending at token k names, without its "'s": "The city's" → "The city", "the
 * organisers'" → "the organisers", "Chicago Mayor Rahm Emanuel's" → "Chicago Mayor Rahm Emanuel"; capitalised
 * words, a few lower-case ones, and the article that opens them ("the union's", not "lower than the union's").
 */
function ownerBefore(text: string, tokens: Token[], k: number): string | null {
  const end = tokens[k]!.kind === 'word' ? k : k - 1;
  let start = end;
  let lower = tokens[end]!.text === tokens[end]!.lower ? 1 : 0;
  for (let j = end - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind === 'word' && /^\p{Lu}/u.test(t.text)) start = j;
    else if (t.kind === 'word' && OWNER_DETERMINERS.has(t.lower)) {
      start = j;
      break;
    } else if (t.kind === 'word' && lower < OWNER_REACH && !CLAUSE_WORDS.has(t.lower) && !ATTRIBUTION_VERBS.has(t.lower) && !/ed$/.test(t.lower) && !OWNER_STOPS.has(t.lower)) {
      lower++;
      start = j;
    } else break;
  }
  // a lower-case word left without its article is no part of the owner: "by police's" is "police"
  while (start < end && tokens[start]!.text === tokens[start]!.lower && !OWNER_DETERMINERS.has(tokens[start]!.lower)) start++;
  return cleanClaimant(text.slice(tokens[start]!.start, tokens[end]!.end).replace(/['’]s$/u, ''));
}
const OWNER_STOPS = new Set([
  'by', 'than', 'in', 'on', 'at', 'of', 'for', 'to', 'from', 'with', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have',
  'had', 'drew', 'draws', 'not', 'also', 'even', 'only', 'just',
]);

/**
 * A claim noun at token i ("claim", "estimate", "figure", "tally") and who it belongs to: its owner before
 * a possessive ("The city's claim" → "The city", "the organisers' figure" → "the organisers"), the pronoun a
 * possessive determiner stands for ("their estimate" → "they"), or no one ("the claim that …", "the official
 * estimate": `owner` null). undefined when token i is no such noun ("organisers claim 40,000" is a verb), or
 * may name its owner as a noun before it ("the police estimate").
 */
function claimNounOwner(text: string, tokens: Token[], i: number): { owner: string | null } | undefined {
  const noun = tokens[i];
  if (!noun || noun.kind !== 'word' || !CLAIM_NOUNS.has(noun.lower)) return undefined;
  let describing = true;
  for (let k = i - 1; k >= 0 && k >= i - 1 - CLAIM_NOUN_REACH; k--) {
    const t = tokens[k]!;
    if (isPossessiveEnd(tokens, k)) return { owner: ownerBefore(text, tokens, k) };
    if (t.kind !== 'word') return undefined;
    if (POSSESSIVE_PRONOUNS[t.lower]) return { owner: POSSESSIVE_PRONOUNS[t.lower]! };
    // "Police, whose estimate of 8,000 …": the owner is the noun the relative follows
    if (t.lower === 'whose') return { owner: k > 0 ? subjectBefore(text, tokens, k, 0) : null };
    if (NOUN_DETERMINERS.has(t.lower)) return describing ? { owner: null } : undefined;
    // a describing word between: lower-case, no verb or clause word ("official", "own", "crowd")
    if (t.text !== t.lower || CLAUSE_WORDS.has(t.lower) || ATTRIBUTION_VERBS.has(t.lower) || OWNER_STOPS.has(t.lower)) return undefined;
    describing &&= CLAIM_ADJECTIVES.has(t.lower);
  }
  return undefined;
}

/** After the figure: "by the police's estimate", "in the organisers' count", "by their tally". */
function claimNounAfter(text: string, tokens: Token[], last: number): string | null | undefined {
  for (let i = last + 1; i < tokens.length; i++) {
    if (isClauseBreak(tokens, i)) return undefined;
    if (!['by', 'in', 'on'].includes(tokens[i]!.lower)) continue;
    for (let k = i + 1; k <= i + 2 + CLAIM_NOUN_REACH + 3 && k < tokens.length; k++) {
      if (tokens[k]!.kind === 'punct' && !["'", '’'].includes(tokens[k]!.text)) break;
      if (!CLAIM_NOUNS.has(tokens[k]!.lower)) continue;
      const found = claimNounOwner(text, tokens, k);
      if (found?.owner) return found.owner;
      break;
    }
  }
  return undefined;
}

export function isPronoun(claimant: string): boolean {
  return PRONOUNS.has(claimant.toLowerCase());
}

/** Who expects a forecast figure is its claimant: "organisers expected 50,000", "the union hopes to draw 10,000". */
function isForecastVerb(t: Token): boolean {
  return FORECAST_VERBS.has(t.lower) || INTENT_VERBS.has(t.lower);
}

/**
 * The claimant of the figure spanning tokens [first, last] in one sentence-sized passage; for a
 * `forecast`, the subject of the verb that expects it counts as a speech verb's. `clauses` numbers
 * the adverbial clauses (0: main clause): a speech verb inside one the figure is not in speaks of
 * something else ("After the mayor wrote to parents, 5,000 people gathered").
 */
export function claimantOf(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  forecast = false,
  clauses?: Uint16Array,
): string | null {
  // 1. A speech verb before the figure, in the same clause.
  let pronoun: string | null = null;
  for (let i = first - 1; i >= 0; i--) {
    if (isClauseBreak(tokens, i)) break;
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    if (clauses && clauses[i] !== 0 && clauses[i] !== clauses[first]) continue;
    // "The city's claim that 5 million attended", "police's estimate of 20,000": the owner gave the figure;
    // "the claim that …" names no one, and the word is no speech verb.
    const claimNoun = claimNounOwner(text, tokens, i);
    if (claimNoun) {
      if (claimNoun.owner && isPronoun(claimNoun.owner)) pronoun ??= claimNoun.owner;
      else if (claimNoun.owner) return claimNoun.owner;
      continue;
    }
    if (!(isSpeechVerb(tokens, i) || (forecast && isForecastVerb(t)))) continue;
    if (t.lower === 'according') {
      if (tokens[i + 1]?.lower === 'to') {
        const phraseEnd = tokens.findIndex((x, k) => k > i + 1 && (x.text === ',' || isClauseBreak(tokens, k)));
        const stop = phraseEnd < 0 || phraseEnd > first ? first : phraseEnd;
        const phrase = stop > i + 2 ? cleanClaimant(text.slice(tokens[i + 2]!.start, tokens[stop - 1]!.end)) : null;
        if (phrase) return phrase;
      }
      continue;
    }
    if (PASSIVE.has(tokens[i - 1]?.lower ?? '')) {
      // "was estimated by police at 30,000": the claimant follows "by"; without it the subject is the crowd itself
      if (tokens[i + 1]?.lower === 'by') {
        let stop = i + 2;
        while (stop < first && tokens[stop]!.kind === 'word' && !['at', 'to', 'as'].includes(tokens[stop]!.lower)) stop++;
        if (stop > i + 2) return cleanClaimant(text.slice(tokens[i + 2]!.start, tokens[stop - 1]!.end));
      }
      continue;
    }
    // "The city's official estimate put the crowd at 5 million": the estimate's owner gave the figure
    let head = i - 1;
    while (head >= 0 && tokens[head]!.kind === 'word' && tokens[head]!.text === tokens[head]!.lower && AUXILIARIES.has(tokens[head]!.lower)) head--;
    const ownedSubject = head >= 0 ? claimNounOwner(text, tokens, head) : undefined;
    if (ownedSubject) {
      if (ownedSubject.owner && isPronoun(ownedSubject.owner)) pronoun ??= ownedSubject.owner;
      else if (ownedSubject.owner) return ownedSubject.owner;
      continue;
    }
    const subject = subjectBefore(text, tokens, i, 0);
    // "organisers said they expected 50,000": a named subject further back in the clause says who "they" are
    if (subject && isPronoun(subject)) pronoun ??= subject;
    else if (subject) return subject;
  }
  // "20,000 people by the police's estimate"
  const owner = claimNounAfter(text, tokens, last);
  if (owner && !isPronoun(owner)) return owner;
  if (pronoun ?? owner) return pronoun ?? owner!;
  // 2. "according to X" after the figure.
  for (let i = last + 1; i < tokens.length - 2; i++) {
    if (tokens[i]!.lower === 'according' && tokens[i + 1]!.lower === 'to') return phraseAfter(text, tokens, i + 2, true);
  }
  // 3. A closing attribution: ", X said." or ", said X."
  let end = tokens.length - 1;
  while (end > last && tokens[end]!.kind === 'punct' && !',-'.includes(tokens[end]!.text)) end--;
  // ", said X, head of Y."
  for (let v = last + 2; v < end; v++) {
    const t = tokens[v]!;
    // the comma may sit inside a closing quotation mark: “… today,” said Sadr.
    const closesQuote = QUOTE_CLOSERS.has(tokens[v - 1]!.text) && tokens[v - 2]?.text === ',';
    if ((tokens[v - 1]!.text !== ',' && !closesQuote) || !isSpeechVerb(tokens, v) || t.lower === 'according') continue;
    const after = phraseAfter(text, tokens, v + 1, true);
    if (after) return after;
  }
  // ", X reported." / ", organizers said, while …": the first such attribution after the figure
  for (let v = last + 2; v <= end; v++) {
    const t = tokens[v]!;
    if (!isSpeechVerb(tokens, v) || t.lower === 'according') continue;
    let s = v - 1;
    while (s > last && !(tokens[s]!.text === ',' || isClauseBreak(tokens, s))) s--;
    if (s <= last || s >= v - 1 || CLAUSE_WORDS.has(tokens[s + 1]!.lower)) continue;
    // the verb closes its clause: "police said." / "police said on Friday," — not "police said the march was peaceful"
    let tail = 0;
    for (let k = v + 1; k < tokens.length && tokens[k]!.text !== ',' && !isClauseBreak(tokens, k) && !(k === tokens.length - 1 && tokens[k]!.kind === 'punct'); k++) tail++;
    if (tail > 3) continue;
    const phrase = cleanClaimant(text.slice(tokens[s + 1]!.start, tokens[v - 1]!.end));
    if (phrase && phrase.split(' ').length <= 8) return phrase;
  }
  return null;
}
