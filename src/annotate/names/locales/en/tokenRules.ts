import type { Rule } from '../../../core/rules.js';
import { isOrgWord, knownWord, lexiconTags, wordTags } from '../../../core/lexicon.js';
import { isSpaced } from '../../../core/tokens.js';
import { has, hasAny, type NameToken } from './tokens.js';
import { isTitle } from './predicates.js';
import {
  ADVERB_ENDING,
  ADVERB_STEMS,
  LEAD_IN_MIN,
  LEAD_IN_NAME_OPENER_TAGS,
  LEAD_IN_NOT_OPENER_TAGS,
  LEAD_IN_PERSON_TAGS,
  NEGATING_PREFIX,
  PERSON_NOUNS_FILED_OTHERWISE,
  STAFF_NOUNS,
  ROLE_NOUN_PREFIXES,
  SURNAME_FILED_OTHERWISE_TAGS,
  VERB_BEFORE,
} from './words.js';

/** Rules on single words, before runs are read: what a capitalised word is where its capital misleads. */

export const functionWordInName: Rule = {
  name: 'function-word-in-name',
  reason:
    'A word the lexicon knows as a pronoun or an article, capitalised in mid-sentence right after a person\'s name word, is part of the name: an initial ("Steve A. Linick") or a given name ("Liu He").',
};

/** "Liu He": a pronoun after a surname that ends no sentence ("Jr. The speech" is a new one), the name ending there. */
function givenName(t: NameToken, prev: NameToken, next: NameToken | undefined): boolean {
  return has(t, 'Pronoun') && t.text.length > 1 && !prev.text.endsWith('.') && !(!!next && next.cap && isSpaced(next.gap));
}

/** "Steve A. Linick", "Liu He": a capitalised pronoun or article in mid-sentence, after a person's name word, read as a name word. */
export function functionWordsInNames(tokens: NameToken[]): void {
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    if (!t.cap || t.nameLike || t.sentenceStart || t.possessive || !prev?.nameLike || !isSpaced(t.gap)) return;
    if (!has(t, 'Pronoun', 'Determiner') || !has(prev, 'Person', 'FirstName', 'LastName')) return;
    const initial = /^\p{Lu}\.$/u.test(t.text);
    const next = tokens[i + 1];
    // an initial goes on to the surname; a given name ends the name ("Liu He, China's …", "Liu He said")
    if (initial ? !next?.nameLike || !isSpaced(next.gap) : !givenName(t, prev, next)) return;
    t.tags = new Set(['ProperNoun', 'Noun', 'Singular']);
    t.nameLike = true;
  });
}

export const sentenceAdverb: Rule = {
  name: 'sentence-adverb',
  reason:
    'A capitalised word ending in "-ly" whose stem the lexicon knows as an adjective ("Unfortunately", "Happily", "Reportedly") is an adverb opening a sentence, not a name.',
};

/** A word the lexicon knows that names no one: "sad", "final", "fortunate". */
const commonKnown = (lower: string) => lower.length > 2 && knownWord(lower) && !lexiconTags(lower).some((tag) => /Name$|^Person$|^Place$/.test(tag));

/**
 * The word a "-ly" adverb is made from, when the lexicon knows it: "sadly" -> "sad", "unfortunately" ->
 * "fortunate" (after "un-"), "ironically" -> "ironic"; "Connolly", "Scully" have no such stem.
 */
function adverbStem(lower: string): string | null {
  if (!ADVERB_ENDING.test(lower) || knownWord(lower) || !wordTags(lower).has('Adverb')) return null;
  for (const [ending, replacement] of ADVERB_STEMS) {
    if (!lower.endsWith(ending)) continue;
    const stem = lower.slice(0, -ending.length) + replacement;
    if (commonKnown(stem)) return stem;
    if (stem.startsWith(NEGATING_PREFIX) && commonKnown(stem.slice(NEGATING_PREFIX.length))) return stem;
  }
  return null;
}

/** "Unfortunately, most …": a capitalised adverb made from a known adjective is no name word. */
export function sentenceAdverbs(tokens: NameToken[]): void {
  for (const t of tokens) {
    if (!t.nameLike || t.possessive || !adverbStem(t.lower)) continue;
    t.tags = new Set(['Adverb']);
    t.nameLike = false;
  }
}

export const capitalLeadIn: Rule = {
  name: 'capital-lead-in',
  reason:
    'Words in capitals opening a sentence, two or more ("FROM COAST to coast", "MINUTEMEN LEADER Chris Simcox"), are a typographic lead-in: the common words among them are read as written in lower case, so they join no name.',
};

/** The lexicon's tags of a word in a lead-in that stays capitalised: a name's or a place's. */
const LEAD_IN_NAME_TAGS = ['Person', 'FirstName', 'LastName', 'Place', 'Organization'];

/** A word in capitals, an abbreviation's dot kept ("GOV.", "U.S."). */
const ALL_CAPS = /^\p{Lu}[\p{Lu}'’.-]+$/u;
/** A word in title case: a capital, then small letters. */
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

/** The lead-in's common words read in lower case: "LEADER" a role word before "Chris Simcox", not part of his name. */
export function capitalLeadIns(tokens: NameToken[]): void {
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.sentenceStart) continue;
    let to = i;
    while (to < tokens.length && ALL_CAPS.test(tokens[to]!.text) && (to === i || isSpaced(tokens[to]!.gap))) to++;
    if (to - i < LEAD_IN_MIN) continue;
    for (let k = i; k < to; k++) {
      const t = tokens[k]!;
      const tags = wordTags(t.lower);
      if (!knownWord(t.lower)) continue;
      // a name or a place in capitals stays a name, read as the lexicon knows it rather than as an acronym ("THE VERMONT Mobilization")
      t.tags = tags;
      if (LEAD_IN_NAME_TAGS.some((tag) => tags.has(tag))) continue;
      t.cap = false;
      t.nameLike = false;
    }
    leadInMeetsName(tokens, i, to);
    i = to - 1;
  }
}

export const leadInBeforeName: Rule = {
  name: 'lead-in-before-name',
  reason:
    'A lead-in in capitals often ends inside a name or right before one (two words in capitals open every story of some papers): before a person\'s given name or a title its words the lexicon lacks are no part of the name ("AN EMOTIONAL Nicole Pratt"), and before any other capitalised word its last common word is the name\'s first ("THE NEW York Times", "THE UNITED Auto Workers", "THE WORLD Social Forum"), not a word lowered off it.',
};

/** The lead-in [from, to) and the title-case word after it: the boundary read as the name's, or the lead-in's, edge. */
function leadInMeetsName(tokens: NameToken[], from: number, to: number): void {
  const next = tokens[to];
  if (!next || !isSpaced(next.gap) || !TITLE_CASE.test(next.text)) return;
  if (hasAny(next, LEAD_IN_PERSON_TAGS) || isTitle(next)) {
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (knownWord(t.lower) || hasAny(t, LEAD_IN_NAME_TAGS) || /\.$/.test(t.text)) continue;
      t.cap = false;
      t.nameLike = false;
    }
    return;
  }
  const last = tokens[to - 1]!;
  if (last.cap || !knownWord(last.lower) || !hasAny(last, LEAD_IN_NAME_OPENER_TAGS) || hasAny(last, LEAD_IN_NOT_OPENER_TAGS)) return;
  // only into a body's name (its last capitalised word an institution word: "Auto Workers", "York Times") or a place
  // the lexicon knows with it ("New York"); a heading's word before a sentence stays out ("ANOTHER BLACK DAY FOR BROWN With")
  let end = to;
  while (tokens[end]?.cap && isSpaced(tokens[end]!.gap) && TITLE_CASE.test(tokens[end]!.text)) end++;
  const place = lexiconTags(`${last.lower} ${next.lower}`).some((tag) => LEAD_IN_NAME_TAGS.includes(tag) || tag === 'City' || tag === 'Region');
  if (!place && !isOrgWord(tokens[end - 1]!.lower)) return;
  last.cap = true;
  last.nameLike = true;
}

export const personNounFiledOtherwise: Rule = {
  name: 'person-noun-filed-otherwise',
  reason:
    'A person noun the lexicon files only as a verb or an adjective ("nurse", "prefect", "suspect", "hopeful", "co-pilot", and in sports and business news "tackle", "opener", "executive") is a noun in lower case where no pronoun, modal or "to" makes it a verb, so it heads a role ("British nurse NAME", "NAME, a Scottish nurse,").',
};

/** "co-pilot", "co-founder": a prefix of a role before a hyphen and a noun. */
function prefixedPersonNoun(t: NameToken): boolean {
  const [prefix, rest, more] = t.lower.split('-');
  return !more && !!rest && ROLE_NOUN_PREFIXES.has(prefix!) && (PERSON_NOUNS_FILED_OTHERWISE.has(rest) || wordTags(rest).has('Noun'));
}

/** "they suspect", "to nurse", "will guard": the word is the verb here. */
function readAsVerb(prev: NameToken | undefined): boolean {
  if (!prev) return false;
  return VERB_BEFORE.has(prev.lower) || has(prev, 'Modal', 'Auxiliary') || (has(prev, 'Pronoun') && !has(prev, 'Possessive'));
}

/** "nurse" in "British nurse NAME", "co-pilot" in "The co-pilot was NAME": read as a person noun. */
export function personNounsFiledOtherwise(tokens: NameToken[]): void {
  tokens.forEach((t, i) => {
    if (t.cap || t.possessive || has(t, 'Plural') || readAsVerb(tokens[i - 1])) return;
    if (!PERSON_NOUNS_FILED_OTHERWISE.has(t.lower) && !prefixedPersonNoun(t)) return;
    t.tags = new Set(STAFF_NOUNS.has(t.lower) ? ['Noun', 'Singular'] : ['Noun', 'Singular', 'Actor']);
  });
}

/**
 * `surname-after-given-name`: "Theresa May", "Brian May", "Jo-Wilfried Tsonga", "Chris English": a capitalised word
 * the lexicon files as a month or a language is a surname right after a given name it knows, so the name is not
 * cut to "Theresa". Before a figure it is the date it says ("told Kim May 5").
 */
export const surnameAfterGivenName: Rule & { apply(tokens: NameToken[]): void } = {
  name: 'surname-after-given-name',
  reason:
    'Words the lexicon files as months or languages are no name words, so "Theresa May" was read "Theresa" and "Jo-Wilfried Tsonga" "Jo-Wilfried": after a given name such a word is the surname.',
  apply(tokens) {
    tokens.forEach((t, i) => {
      const given = tokens[i - 1];
      if (!t.cap || t.nameLike || !hasAny(t, SURNAME_FILED_OTHERWISE_TAGS) || !given?.nameLike || given.possessive || !isSpaced(t.gap)) return;
      if (!has(given, 'FirstName', 'MaleName', 'FemaleName')) return;
      const next = tokens[i + 1];
      if (next && /^\d/.test(next.text)) return;
      t.tags = new Set(['LastName', 'Person', 'ProperNoun', 'Noun', 'Singular']);
      t.nameLike = true;
    });
  },
};
