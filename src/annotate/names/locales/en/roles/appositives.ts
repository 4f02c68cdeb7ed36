import type { Rule } from '../../../../core/rules.js';
import {
  APPOSITIVE_MAX,
  OBJECT_PREPOSITIONS,
  OFFICE_NOUNS,
  ORG_DESCRIPTORS,
  OWNER_MAX,
  POSITION_MODIFIERS,
  RELATIVE_PRONOUNS,
  ROLE_COMPLEMENT_LONG_MAX,
  ROLE_COMPOUND_NOUNS,
  ROLE_OBJECT_WORDS,
  ROLE_NOUN_ENDING,
  AGENT_NOUN_ENDING,
  ROLE_ARTICLE_WORD,
  ROLE_PARTICIPLES,
  ROLE_POSSESSIVE_DETERMINERS,
} from '../words.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { isOrgWord, isPlaceWord } from '../../../../core/lexicon.js';
import { isSpaced } from '../../../../core/tokens.js';
import { isTitle, lastPart } from '../predicates.js';
import { namesRole } from './copulaRole.js';
import { isRoleHead } from '../roleHeads/table.js';
import { isPersonNoun } from './roleJoiners.js';

/** Words after which a word is a noun, whatever else the lexicon calls it. */
const NOUN_BEFORE = /^(?:a|an|the|of)$/i;

/** Roles set off by commas around a name: "X, head of Y,", "X, one of the co-chairs,", "the governor, X." */

/** "Sayed Sadiq al-Hashemi, head of the Iraqi Center for Studies, said": the noun phrase after a comma. */
export function appositiveAfter(text: string, tokens: NameToken[], span: Span): string | null {
  // "Rep. John Lewis, D-Ga., the last living speaker": a party and state tag between them is skipped
  const tag = tokens[span.to];
  const skip = !!tag && /^,\s+$/.test(tag.gap) && /^\p{Lu}-\p{Lu}\p{L}*$/u.test(tag.text) && /^\.?,\s+$/.test(tokens[span.to + 1]?.gap ?? '') ? 1 : 0;
  const from = span.to + skip;
  const first = tokens[from];
  if (!first || !(skip ? /^\.?,\s+$/ : /^,\s+$/).test(first.gap) || first.cap) return null;
  if (
    !participleOrOwnerOpensRole.holds(first, tokens[from + 1]) &&
    !roleHeadOpensAppositive.holds(first) &&
    (!(has(first, 'Noun') || /^(?:a|an|the)$/i.test(first.text)) || has(first, 'Pronoun', 'QuestionWord', 'Verb', 'Conjunction', 'Plural'))
  )
    return null;
  let last = from;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (/,/.test(t.gap)) break;
    if (/[.;:!?()"“”]/.test(t.gap)) return null;
    last = k;
  }
  const phrase = tokens.slice(from, last + 1);
  const complement = roleWithObject.holds(text, phrase);
  // ("chief of staff for the provincial governor who, like many …": a relative pronoun opens a clause, no role's words)
  if (phrase.some((t) => RELATIVE_PRONOUNS.has(t.text))) return null;
  if ((phrase.length > APPOSITIVE_MAX && !complement) || (phrase.some((t) => t.possessive) && !complement) || listedNameNotRole.holds(phrase)) return null;
  if (phrase.some((t, i) => !t.cap && has(t, 'Verb') && !has(t, 'Noun', 'Adjective') && !isDescribingParticiple(phrase, i) && !isNounPlace(phrase, i)))
    return null;
  const closing = text.slice(tokens[last]!.end);
  if (!/^\s*(?:,|[.!?]?\s*$)/.test(closing)) return null;
  return text.slice(first.start, tokens[last]!.end);
}

export const roleHeadOpensAppositive: Rule & { holds(t: NameToken): boolean } = {
  name: 'role-head-opens-appositive',
  reason:
    'An appositive may open on its head noun with no article ("Qi Zhengjun, chief of the urban administration bureau …", "X, head of …"), and the lexicon files some such nouns as adjectives only ("chief"), so the appositive was read as no role; a word the role-head table holds (counted on large prose in a role\'s places) opens one.',
  holds: (t) => !t.cap && !t.possessive && isRoleHead(t.lower),
};

/**
 * "Chris Sims, a spokesman for the sheriff's office.", "Qi Zhengjun, chief of the urban administration bureau in the
 * city of Tianmen, is …": a role's noun, then what it is of, for or at, however long, is one role.
 */
export const roleWithObject: Rule & { holds(text: string, phrase: NameToken[]): boolean } = {
  name: 'appositive-role-with-object',
  reason:
    'An appositive whose head noun names an office, a job or a relation (the role-head table counted on large prose) and whose words after it are what the role is of, for, at or with ("a spokesman for the sheriff\'s office", "president of AFSCME District Council 1707 in New York", "chief of the urban administration bureau in the city of Tianmen") was refused whole for its length or for a possessive inside what it is of, and cut to its head noun; read whole up to `ROLE_COMPLEMENT_LONG_MAX` words when what follows the preposition is names, figures, nouns and adjectives joined by small words (not "since 2017", a verb, a relative clause), a possessive allowed only after the preposition (a possessive before it, "the Trump campaign\'s director", stays the owner rules\').',
  holds(text, phrase) {
    if (phrase.length > ROLE_COMPLEMENT_LONG_MAX) return false;
    const at = phrase.findIndex((t) => OBJECT_PREPOSITIONS.has(t.text) || t.text === 'with');
    if (at < 1 || at > APPOSITIVE_MAX || phrase.slice(0, at).some((t) => t.possessive || t.cap)) return false;
    // what the role is of: names, figures, nouns and adjectives joined by prepositions, articles and "and"; a word of
    // time ("since 2017"), a verb or an adverb is the sentence's, not the role's
    const object = phrase.slice(at + 1);
    if (
      !object.every(
        (t) =>
          t.cap || /^\d/.test(t.text) || ROLE_OBJECT_WORDS.has(t.lower) || (has(t, 'Noun', 'Adjective') && !has(t, 'Verb', 'Adverb', 'Preposition', 'Date')),
      )
    )
      return false;
    return namesRole(text.slice(phrase[0]!.start, phrase[at - 1]!.end));
  },
};

/**
 * "Tiffany Lynch, acting national chairwoman of …", "Edouard Philippe, his prime minister,", "Leo Robinson, a retired
 * member of …": a participle describing the holder, or a possessive determiner, may open a role after a name; "leading
 * protesters" (what someone does) and "his own" stay out (words.ts: ROLE_PARTICIPLES).
 */
export const participleOrOwnerOpensRole: Rule & { holds(t: NameToken, next?: NameToken): boolean } = {
  name: 'participle-or-owner-opens-role',
  reason:
    'An appositive opening with a participle that describes the holder ("acting national chairwoman", "a retired member"), a position\'s modifier the lexicon files as a verb ("marketing manager for EMC Clariion", "starting quarterback for the Bears"; POSITION_MODIFIERS) or a possessive ("his prime minister") was read as a clause, not a role, so the person had none.',
  holds: (t, next?: NameToken) =>
    !t.cap && (ROLE_PARTICIPLES.has(t.lower) || ROLE_POSSESSIVE_DETERMINERS.has(t.lower) || (POSITION_MODIFIERS.has(t.lower) && isPersonNoun(next))),
};

/** Small words inside a body's name: "Coalition for Worker Justice", "Office of the President". */
const NAME_SMALL_WORDS = /^(?:of|for|on|and|the|&)$/;

export const listedNameNotRole: Rule & { holds(phrase: NameToken[]): boolean } = {
  name: 'listed-name-not-role',
  reason:
    'After a comma, an article and capitalised words holding an institution word are the next item of a list of bodies ("the March 10 Coalition, the Interfaith Coalition for Worker Justice, and …"), not a role of the name before; read as one, the second body was lost; a title among the words keeps it a role ("X, the Legislative Council President,").',
  holds(phrase) {
    const words = /^(?:a|an|the)$/i.test(phrase[0]?.text ?? '') ? phrase.slice(1) : phrase;
    if (!words.length || !words[0]!.cap) return false;
    if (!words.every((t) => t.cap || NAME_SMALL_WORDS.test(t.text))) return false;
    // the head is the last capitalised word before the first small word: "Coalition" in "Interfaith Coalition for Worker Justice"
    const small = words.findIndex((t) => NAME_SMALL_WORDS.test(t.text));
    const head = words[(small < 0 ? words.length : small) - 1]!;
    return isOrgWord(head.lower) && !isTitle(head);
  },
};

/**
 * "Linda Sarsour, one of the national co-chairs, said": "one of" and a plural noun phrase set off by commas
 * (or closing the sentence) after a name; the words are lower case and the plural ends them.
 */
export function oneOfAppositive(text: string, tokens: NameToken[], span: Span): string | null {
  const one = tokens[span.to];
  const of = tokens[span.to + 1];
  if (!one || one.lower !== 'one' || one.cap || !/^,\s+$/.test(one.gap) || tokens[span.to - 1]!.possessive) return null;
  if (!of || of.text !== 'of' || !isSpaced(of.gap)) return null;
  let last = span.to + 1;
  // the plural noun the phrase is about, before any preposition ("organizers" in "the most prominent organizers of the march")
  let head = 0;
  for (let k = span.to + 2; k < tokens.length && k - span.to <= APPOSITIVE_MAX; k++) {
    const t = tokens[k]!;
    if (!isSpaced(t.gap)) break;
    if (t.cap || has(t, 'Pronoun', 'QuestionWord', 'Conjunction', 'Value', 'Date') || (has(t, 'Verb') && !has(t, 'Noun', 'Adjective'))) return null;
    if (!head && has(t, 'Preposition')) head = k - 1;
    last = k;
  }
  head ||= last;
  const plural = tokens[head]!;
  // "one of" asks for a plural, so a noun's "s" ending will do where the lexicon lacks the word ("groups")
  if (head < span.to + 2 || plural.possessive || !(lastPart(plural).has('Plural') || (has(plural, 'Noun') && /[^s]s$/.test(plural.lower)))) return null;
  // "Santa Barbara, one of the cities hit": one of a kind of place is a place
  const singular = plural.lower
    .replace(/ies$/, 'y')
    .replace(/(?<=[sxz]|[cs]h)es$/, '')
    .replace(/s$/, '');
  if (isPlaceWord(singular) || singular === 'place') return null;
  if (!/^\s*(?:,|[.!?]?\s*$)/.test(text.slice(tokens[last]!.end))) return null;
  return text.slice(one.start, tokens[last]!.end);
}

/**
 * "a network of activists", "an alliance of parties", "an activist network": a word the lexicon files as a
 * verb is a noun right after an article or "of", and an organisation's descriptor is one wherever it stands.
 */
function isNounPlace(phrase: NameToken[], i: number): boolean {
  const before = phrase[i - 1];
  return ORG_DESCRIPTORS.has(phrase[i]!.lower) || (!!before && NOUN_BEFORE.test(before.text) && isSpaced(phrase[i]!.gap));
}

/** "the acting secretary", "a retired general": a participle that describes the noun right after it. */
function isDescribingParticiple(phrase: NameToken[], i: number): boolean {
  const word = phrase[i]!;
  const next = phrase[i + 1];
  return /(?:ing|ed)$/.test(word.lower) && !!next && isSpaced(next.gap) && !next.cap && has(next, 'Noun', 'Adjective') && !has(next, 'Verb');
}

/**
 * "US special envoy for the anti-IS coalition, James Jeffrey, said": the noun phrase before a name set off
 * by commas, or by a comma and the sentence's end ("according to the city's governor, Karla Rubilar.").
 */
export function appositiveBefore(text: string, tokens: NameToken[], span: Span, owners: Array<Span | undefined>): string | null {
  const nameStart = tokens[span.from]!;
  const last = tokens[span.to - 1]!;
  if (!/^,\s+$/.test(nameStart.gap) || last.possessive || !/^(?:,|[.!?](?:\s|$)|\s*$)/.test(text.slice(last.end))) return null;
  const head = tokens[span.from - 1];
  if (!head) return null;
  // "The mayor of Surabaya, Tri Rismaharini,": the role's noun comes before what it is of
  const noun = head.cap && !isTitle(head) ? officeOfNameBefore(tokens, span.from) : span.from - 1;
  if (noun === null) return null;
  const role = tokens[noun]!;
  // "The Legislative Council President, Andrew Leung, said": a capitalised head only when it is a title
  if ((role.cap && !isTitle(role)) || has(role, 'Pronoun') || (!isTitle(role) && (!has(role, 'Noun') || has(role, 'Verb')))) return null;
  let from = noun;
  for (let k = noun - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (!isSpaced(tokens[k + 1]!.gap)) break;
    if (owners[k] && !owners[k]!.dropped) break;
    const joiner = /^(?:of|for|the)$/i.test(t.text);
    // "campaign chairman", "marketing manager": a noun or a position's modifier the lexicon files as a verb, before the role's noun
    const modifier = !t.cap && k < noun && (ROLE_COMPOUND_NOUNS.has(t.lower) || POSITION_MODIFIERS.has(t.lower));
    if (
      !joiner &&
      !modifier &&
      (has(t, 'Conjunction', 'Pronoun', 'Verb', 'Preposition', 'Value', 'Date', 'Adverb') || (!t.cap && !has(t, 'Noun', 'Adjective')))
    )
      break;
    from = k;
    if (t.sentenceStart) break;
  }
  while (from < span.from - 1 && /^(?:of|for|the|a|an)$/i.test(tokens[from]!.text)) from++;
  // a name that owns the role goes with it ("Mr Graham's solicitor", "his South Carolina campaign chairman"), and then one
  // word will do, as it will when it is a title: "The governor, Elias Brandt, said" (owner-before-appositive)
  const short = span.from - from < (isTitle(role) ? 1 : 2);
  // owned, a role of one word must still be a person's noun ("Sierra Leone's capital, Freetown," is no one's role)
  const personNoun = isTitle(role) || has(role, 'Actor') || ROLE_NOUN_ENDING.test(role.lower) || AGENT_NOUN_ENDING.test(role.lower);
  // (a role with an owner of its own inside takes no other: "the ICC against Sudan's president, NAME")
  const owned = tokens.slice(from, noun).some((t) => t.possessive);
  const owner = (short && !personNoun) || owned ? null : ownerBeforeAppositive.ownerBefore(tokens, from, owners);
  // (a possessive owner only when the role needs it: "President Trump's ambassador to the United Nations" stays "ambassador to …")
  if (owner !== null && (short || !tokens[from - 1]!.possessive)) return text.slice(tokens[owner]!.start, head.end);
  if (short) return null;
  return text.slice(tokens[from]!.start, head.end);
}

export const ownerBeforeAppositive: Rule & { ownerBefore(tokens: NameToken[], from: number, owners: Array<Span | undefined>): number | null } = {
  name: 'owner-before-appositive',
  reason:
    'A role set off by commas before a name may be owned by a name right before its words, one in the possessive ("Mr Graham\'s solicitor, Brett Thomas, said") or a place\'s or a body\'s written as a modifier ("his South Carolina campaign chairman, Mike Campbell,"), and the owner is then part of the role and one noun of a person will do, as a title does, where the role had been cut at the owner ("campaign chairman") or, of one word that is no title, dropped; a person\'s name before the role\'s words without a possessive is no owner.',
  /** The first word of the name that owns the role's words [from, …), or null. */
  ownerBefore(tokens, from, owners) {
    const owner = owners[from - 1];
    const last = tokens[from - 1];
    if (!owner || owner.dropped || owner.to !== from || !last || !isSpaced(tokens[from]!.gap) || has(tokens[from]!, 'Preposition')) return null;
    if (last.possessive) return owner.from;
    // written as a modifier, the owner is a place or a body: no person's name, no title (that would be a role of its own)
    const words = tokens.slice(owner.from, owner.to);
    if (owner.nameFrom > owner.from || words.some((t) => t.possessive || isTitle(t) || has(t, 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName')))
      return null;
    return owner.from;
  },
};

export const officeOfNameBeforeRule: Rule & { find(tokens: NameToken[], nameFrom: number): number | null } = {
  name: 'office-of-name-before-name',
  reason:
    'A role set off by commas before a name may end in the name of what it is of ("The mayor of Surabaya, NAME,", "The leader of Ennahda, NAME,", "ambassador to the United Nations, NAME,"): its noun, a title or a person noun, stands before the preposition.',
  find(tokens, nameFrom) {
    let k = nameFrom - 1;
    const stop = Math.max(0, nameFrom - OWNER_MAX);
    while (k > stop && tokens[k]!.cap && !tokens[k]!.possessive && isSpaced(tokens[k]!.gap)) k--;
    if (tokens[k]!.cap || k === nameFrom - 1) return null;
    if (ROLE_ARTICLE_WORD.test(tokens[k]!.text)) k--;
    const preposition = tokens[k];
    const noun = tokens[k - 1];
    if (!preposition || !noun || !OBJECT_PREPOSITIONS.has(preposition.text) || !isSpaced(preposition.gap) || !isSpaced(tokens[k + 1]!.gap)) return null;
    // "Minister of Natural Resources, NAME,": a capitalised title heads it too
    return (!noun.cap && (isTitle(noun) || has(noun, 'Actor') || OFFICE_NOUNS.has(noun.lower))) || (noun.cap && isTitle(noun)) ? k - 1 : null;
  },
};

/** The role's noun before "of"/"to" and the name it is of, right before a name (officeOfNameBefore). */
const officeOfNameBefore = (tokens: NameToken[], nameFrom: number) => officeOfNameBeforeRule.find(tokens, nameFrom);
