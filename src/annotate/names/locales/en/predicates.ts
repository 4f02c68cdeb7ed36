import { isSpaced } from '../../../core/tokens.js';
import {
  AGE_MODIFIER,
  PARTY_WORD,
  TITLE_ABBREVIATIONS,
  CONFERRED_HONORIFICS,
  HONORIFIC_GRADES,
  NOT_NAME_TAGS,
  PLACE_TAGS,
  ROLE_NOUN_ENDING,
  AGENT_NOUN_ENDING,
  ROLE_NOUNS_PLAIN,
  TITLE_ACRONYMS,
  SENTENCE_OPENING_PERSON_NOUNS,
} from './words.js';
import type { Span } from './tokens.js';
import { has, type NameToken } from './tokens.js';
import { isClassifyingAdjective, isExtraTitle, isOrgWord, isPlaceWord, knownWord, lexiconTags, wordTags } from '../../../core/lexicon.js';

/** What a word or a run of words of a passage is, for the name rules: a title, a modifier, an institution word, a team. */

/**
 * A title before a name: President, Secretary, Prime Minister (compromise tags titles Actor or
 * Honorific), and the titles of office it does not (Governor, Senator, Judge: core/lexicon.ts).
 */
export const isTitle = (t: NameToken) => {
  if (titleAcronym.holds(t)) return true;
  if (has(t, 'Demonym', 'FirstName', 'LastName', 'Plural', 'Acronym')) return false;
  const lex = lexiconTags(t.lower);
  return (
    TITLE_ABBREVIATIONS.has(t.lower) ||
    officeInOffice.holds(t.lower) ||
    has(t, 'Honorific') ||
    lex.includes('Actor') ||
    lex.includes('Honorific') ||
    (has(t, 'Actor') && !has(t, 'Person')) ||
    isExtraTitle(t.lower)
  );
};

/**
 * "Commander-in-Chief Syrsky", "Editor-in-Chief NAME": an office "in" another, hyphenated, is one title; read as a name's
 * word it made a second fuller name ending with the surname, so "Syrsky" alone joined neither.
 */
export const officeInOffice = {
  name: 'office-in-office',
  reason:
    'A hyphenated office holding "in" ("Commander-in-Chief", "Editor-in-Chief") was no title, so it was glued to the name after it and its holder\'s surname alone had two fuller names to join.',
  holds(lower: string): boolean {
    const parts = lower.split('-');
    if (parts.length !== 3 || parts[1] !== 'in') return false;
    const office = (p: string) => isExtraTitle(p) || lexiconTags(p).includes('Actor');
    return office(parts[0]!) && office(parts[2]!);
  },
};

/**
 * "Datuk Seri Anwar Ibrahim", "Datuk Mohd Faiz Abdullah", "Dame Judi Dench": an honorific a state confers, and its grade
 * right after it, is a title before the name, not the name's first words (words.ts: CONFERRED_HONORIFICS).
 */
export const conferredHonorific = {
  name: 'conferred-honorific',
  reason:
    'Malaysian and British honorifics ("Datuk Seri", "Dato\'", "Tun", "Dame") are written before a name as titles are; read as name words, they were glued to it, so "Datuk Seri Anwar Ibrahim" stayed apart from "Anwar Ibrahim" and the honorific was no role.',
  holds(tokens: readonly NameToken[], k: number): boolean {
    const t = tokens[k]!;
    if (!t.cap || t.possessive || !tokens[k + 1]?.nameLike) return false;
    if (CONFERRED_HONORIFICS.has(t.lower)) return true;
    const before = tokens[k - 1];
    return HONORIFIC_GRADES.has(t.lower) && !!before && CONFERRED_HONORIFICS.has(before.lower) && isSpaced(t.gap);
  },
};

/**
 * "Novelist Jo Watson", "Evangelist Billy Graham": a capitalised agent noun (words.ts: ROLE_NOUN_ENDING) opening a run,
 * right before a given name and a surname, is the person's role, as a title is; "Christian Bale" (a given name) and
 * "Methodist Church" (no given name after it) stay as they are.
 */
export const agentNounTitle = {
  name: 'agent-noun-title',
  reason:
    'A person noun written capitalised before a full name ("Novelist Jo Watson", "Winger Laurent Robert", "Linebacker Jane Roe", at a sentence\'s start; AGENT_NOUN_ENDING for the -er, -or, -man and -ee nouns of 2008 sports and court news) was read as the name\'s first word, so the role was lost and the entry read "Novelist Jo Watson".',
  holds(tokens: readonly NameToken[], k: number, from: number, to: number): boolean {
    const t = tokens[k]!;
    const given = tokens[k + 1];
    if (k !== from || k + 2 >= to || !t.cap || t.possessive || !given || !isSpaced(given.gap)) return false;
    if (
      !(ROLE_NOUN_ENDING.test(t.lower) || AGENT_NOUN_ENDING.test(t.lower) || SENTENCE_OPENING_PERSON_NOUNS.has(t.lower)) ||
      has(t, 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Person', 'Demonym', ...PLACE_TAGS)
    )
      return false;
    return (
      has(given, 'FirstName', 'MaleName', 'FemaleName') || (SENTENCE_OPENING_PERSON_NOUNS.has(t.lower) && personNounOpensSentence.unknownName(tokens, k, to))
    );
  },
};

/**
 * `person-noun-opens-sentence`: "Candidate John Edwards", "Midfielder Hosni Abd Rabou", "Nominee NAME": a person noun
 * capitalised as a sentence's first word before a full name is its role, whether the lexicon files the noun as a plain
 * noun ("candidate", "seed": SENTENCE_OPENING_PERSON_NOUNS) or the given name is one it lacks ("Hosni"); such a name is
 * then two words or more none of which the lexicon knows as a common word.
 */
export const personNounOpensSentence = {
  name: 'person-noun-opens-sentence',
  reason:
    'A role opening a sentence is capitalised, so "Candidate John Edwards" and "Midfielder Hosni Abd Rabou" were read as names of three and four words and the role was lost: "candidate", "nominee", "seed" are filed as plain nouns, and "Hosni" is no given name the lexicon knows.',
  /** Whether the run after the noun at `k` up to `to` is a sentence's first noun before a name of unknown words. */
  unknownName(tokens: readonly NameToken[], k: number, to: number): boolean {
    if (!tokens[k]!.sentenceStart || to - k < 3) return false;
    return tokens.slice(k + 1, to).every((t) => t.cap && !t.possessive && !knownWord(t.lower));
  },
};

/**
 * "the Democratic party", "the Conservative party": a party's adjective alone before "party" in lower case is the party's
 * name with it, so it meets "Democratic Party" written in full; "the Likud party" (no adjective) keeps its name ("Likud"),
 * and "a Democratic lawmaker" names no one (modifies-role-noun).
 */
export const partyAdjectiveName = {
  name: 'party-adjective-name',
  reason:
    'Written "the Democratic party", the party\'s name was cut to its adjective ("Democratic"), an entry of the listing that no one spells and that never met "Democratic Party".',
  holds(tokens: readonly NameToken[], span: Span): boolean {
    const word = tokens[span.nameFrom]!;
    const party = tokens[span.to];
    if (span.to - span.nameFrom !== 1 || word.possessive || !party || party.lower !== PARTY_WORD || party.cap || !isSpaced(party.gap)) return false;
    return wordTags(word.lower).has('Adjective') && !has(word, 'Person', 'FirstName', 'LastName', 'Demonym', ...PLACE_TAGS);
  },
};

/** An office written as an acronym: "Pakistan PM NAME" is NAME with the role "Pakistan PM". */
export const titleAcronym = {
  name: 'title-acronym',
  reason:
    'News style writes some offices as an acronym before the name ("Pakistan PM NAME", "Labour MP NAME", "Acme CEO NAME"); read as a name\'s word, the office and what precedes it are glued into the name.',
  holds: (t: NameToken) => TITLE_ACRONYMS.has(t.text) && !t.possessive,
  /** "at 5 PM Donald Trump said": after a figure it is a time of day. */
  isTime: (tokens: readonly NameToken[], k: number) => TITLE_ACRONYMS.has(tokens[k]!.text) && /^\d/.test(tokens[k - 1]?.text ?? ''),
};

/** An adjective in the dictionary sense (Iranian, Eastern), whatever its context made of it. */
export const isModifier = (t: NameToken) => has(t, 'Demonym') || lexiconTags(t.lower).some((tag) => tag === 'Demonym' || tag === 'Adjective');

/** An institution word: Iraqi Foreign Ministry, Popular Mobilization Forces. */
export const isOrgHead = (t: NameToken) => isOrgWord(t.lower);

/** The noun a role phrase is about: "envoy" in "US special envoy for the anti-IS coalition". */
export const roleHead = (phrase: string) =>
  phrase
    .toLowerCase()
    // "one of the national co-chairs": the plural is the noun
    .replace(/^one\s+of\s+/, '')
    .split(/\s+(?:of|for|at|in|to|with|from|on)\s+/)[0]!
    .split(/[^\p{L}]+/u)
    .filter(Boolean)
    .at(-1) ?? '';

/**
 * A capitalised word the lexicon knows as an ordinary word ("Rights", "Watch", "Human"): no name, place,
 * demonym or acronym (an unknown capitalised word is a proper noun, core/lexicon.ts).
 */
export const isCommonWord = (t: NameToken) => !has(t, 'ProperNoun', 'Person', 'Place', 'Organization', 'Demonym', 'Acronym', ...NOT_NAME_TAGS);

/** An adjective that may be a surname ("Young", "Still"): one that describes, not a demonym or a classifying one ("Executive"). */
export const describes = (t: NameToken) => !has(t, 'Demonym') && !lexiconTags(t.lower).includes('Demonym') && !isClassifyingAdjective(t.lower);

/** "Jr", "Sr", "Esq": an abbreviated honorific the lexicon knows, written after a name rather than before it. */
export const isSuffixAbbreviation = (t: NameToken) => !t.possessive && has(t, 'Abbreviation') && has(t, 'Honorific');

/** "Women's", "Teachers'": a capitalised plural common noun's possessive, which opens the name of what those people hold. */
export const groupPossessive = (t: NameToken) => t.possessive && t.cap && has(t, 'Plural') && isCommonWord(t);

/** "Cleveland Indians", "White Sox": a name of two words or more the lexicon knows as a whole as an organisation's. */
export const knownOrganization = (name: NameToken[]) => name.length > 1 && wordTags(name.map((t) => t.lower).join(' ')).has('Organization');

/** How many leading words of a name are a place's name ("Chicago", "New York", "Hong Kong"), 0 when none or all. */
export function placePrefix(name: NameToken[]): number {
  for (let k = name.length - 1; k >= 1; k--) {
    if (name.slice(0, k).some((t) => t.possessive || has(t, 'Acronym', 'Demonym'))) continue;
    const tags =
      k === 1
        ? name[0]!.tags
        : wordTags(
            name
              .slice(0, k)
              .map((t) => t.lower)
              .join(' '),
          );
    if (PLACE_TAGS.some((tag) => tags.has(tag)) && !tags.has('Demonym')) return k;
  }
  return 0;
}

/**
 * "Cleveland Indians", "Texas Rangers": a place's name before a plural names a team or a group based there,
 * unless the plural is that place's own demonym ("Kenya Kenyans" are its people) or a place's feature word
 * ("Golan Heights", "Cayman Islands"). A capitalised word the lexicon does not know counts as a plural by its
 * ending ("Rangers", not "Texas" or "Emmanuelus").
 */
export function placeTeam(name: NameToken[]): boolean {
  const k = placePrefix(name);
  const last = name.at(-1)!;
  if (!k || k >= name.length || last.possessive || has(last, 'Person', 'LastName')) return false;
  const plural = has(last, 'Plural') || (!knownWord(last.lower) && /[^sui]s$/.test(last.lower));
  if (!plural || isPlaceWord(last.lower) || isPlaceWord(last.lower.replace(/e?s$/, ''))) return false;
  if (!has(last, 'Demonym')) return true;
  const stem = (t: NameToken) => t.lower.slice(0, 4);
  return !name.slice(0, k).some((t) => stem(t) === stem(last));
}

/** "U.S." and "US" are places, "VDU" is not. */
export const isPlaceAcronym = (t: NameToken) => has(t, 'Acronym') && has(t, 'Place');

export const expandsToPlace = (tags: string[]) => tags.some((t) => PLACE_TAGS.includes(t));

/** The last part of a word, after any hyphen: "chairs" in "co-chairs". */
export const lastPart = (t: NameToken) => (t.text.includes('-') ? wordTags(t.text.split('-').at(-1)!.toLowerCase()) : t.tags);

/** "22-year-old" in "a 22-year-old medical student": an age modifying a role's noun, no figure that ends the role. */
export const ageInRole = {
  name: 'age-in-role',
  reason:
    'An age written as a modifier ("a 22-year-old medical student", "34-year-old teacher NAME") describes the person inside the role\'s noun phrase; read as a figure, it ended the role and the person was left with none.',
  holds: (t: NameToken) => !t.cap && AGE_MODIFIER.test(t.text),
};

/** "educator Kidd Jordan", "team member Art Daily": a lower-case person noun right before a run says it is a person's name. */
export const roleNounBeforeName = {
  name: 'role-noun-before-name',
  reason:
    'A lower-case person noun right before a run of capitalised words ("educator Kidd Jordan", "team member Art Daily") says the run is a person\'s name, even when its last word is also a place\'s or an adjective; the run was dropped as a place or a modifier.',
  holds(tokens: readonly NameToken[], span: Span): boolean {
    const before = tokens[span.from - 1];
    if (!before || before.cap || before.possessive || !isSpaced(tokens[span.from]!.gap)) return false;
    if (has(before, 'Actor')) return true;
    return (
      has(before, 'Noun') &&
      !has(before, 'Plural', 'Verb', 'Adjective', 'Preposition', 'Adverb', 'Pronoun', ...NOT_NAME_TAGS) &&
      (ROLE_NOUN_ENDING.test(before.lower) || ROLE_NOUNS_PLAIN.has(before.lower))
    );
  },
};
