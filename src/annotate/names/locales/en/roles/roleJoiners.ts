import type { Rule } from '../../../../core/rules.js';
import { isSpaced } from '../../../../core/tokens.js';
import { isTitle } from '../predicates.js';
import { has, type NameToken } from '../tokens.js';
import {
  AGENT_NOUN_ENDING,
  OBJECT_PRONOUNS,
  PERSON_NOUNS_FILED_OTHERWISE,
  POSITION_MODIFIERS,
  POSITION_NOUNS,
  ROLE_NOUN_ENDING,
  ROLE_NOUNS_PLAIN,
  ROLE_OWNER_DETERMINERS,
} from '../words.js';

/** Words read right to left inside the role before a name that the lexicon's tags alone would end it at. */

/** A person's noun, in any case: a title, an agent noun ("coach", "Judge", "striker", "manager"). */
export const isPersonNoun = (t: NameToken | undefined): boolean =>
  !!t &&
  !t.possessive &&
  (has(t, 'Actor') ||
    isTitle(t) ||
    ROLE_NOUN_ENDING.test(t.lower) ||
    AGENT_NOUN_ENDING.test(t.lower) ||
    PERSON_NOUNS_FILED_OTHERWISE.has(t.lower) ||
    ROLE_NOUNS_PLAIN.has(t.lower) ||
    POSITION_NOUNS.has(t.lower));

/** A lower-case singular person noun: "saxophonist", "poet", "nurse". */
const personNoun = (t: NameToken | undefined): boolean =>
  !!t && !t.cap && !t.possessive && !has(t, 'Plural') && (has(t, 'Actor') || isTitle(t) || (has(t, 'Noun') && ROLE_NOUN_ENDING.test(t.lower)));

export const twoRolesBeforeName: Rule & { holds(tokens: NameToken[], k: number, from: number): boolean } = {
  name: 'two-roles-before-name',
  reason:
    'Two person nouns joined by "and" before a name are both its roles ("saxophonist and educator NAME", "poet and longtime activist NAME"); the "and" had ended the role at the second.',
  holds(tokens, k, from) {
    const t = tokens[k]!;
    return t.lower === 'and' && from === k + 1 && isSpaced(t.gap) && personNoun(tokens[k - 1]);
  },
};

export const gerundInRole: Rule & { holds(tokens: NameToken[], k: number, nameFrom: number): boolean } = {
  name: 'gerund-in-role',
  reason:
    'A gerund right after a body\'s name or an article, before the role\'s noun, modifies it ("UNITE organizing director NAME", "the managing editor NAME", "Local 9119 bargaining team member NAME"); after anything else it is a verb ("including educator NAME").',
  holds(tokens, k, nameFrom) {
    const t = tokens[k]!;
    const before = tokens[k - 1];
    if (!has(t, 'Gerund') || k >= nameFrom - 1 || !before || !isSpaced(t.gap)) return false;
    return (before.cap && !before.sentenceStart) || before.possessive || ROLE_OWNER_DETERMINERS.has(before.lower) || has(before, 'Value');
  },
};

export const infinitiveAfterObject: Rule & { holds(tokens: NameToken[], k: number): boolean } = {
  name: 'infinitive-after-object',
  reason:
    'After a name or an object pronoun and "to" ("urged Zelensky to fire Commander-in-Chief NAME", "asked him to sack Chief NAME"), the lower-case word is the verb the person is told to do, which the lexicon may file as a noun; read into the role, it gave "fire Commander-in-Chief".',
  holds(tokens, k) {
    const t = tokens[k]!;
    const to = tokens[k - 1];
    const object = tokens[k - 2];
    if (t.cap || !to || to.lower !== 'to' || !object || !isSpaced(t.gap) || !isSpaced(to.gap)) return false;
    return OBJECT_PRONOUNS.has(object.lower) || (object.cap && object.nameLike && !object.sentenceStart && !has(object, 'Honorific'));
  },
};

export const positionModifier: Rule & { holds(tokens: NameToken[], k: number, nameFrom: number): boolean } = {
  name: 'position-modifier',
  reason:
    'A word that modifies the position noun right after it ("starting guard NAME", "reserve forward NAME", "presiding Judge NAME", "club boss NAME", "bowling coach NAME") is part of the role, though the lexicon files it as a verb or a gerund and the role was cut after it ("guard", "forward", "Judge"); the words are a table (POSITION_MODIFIERS), and only before the noun that ends the role, never right before the name ("the judge was starting NAME" reads no role from it).',
  holds(tokens, k, nameFrom) {
    const t = tokens[k]!;
    const noun = tokens[k + 1];
    // the role it opens ends in a person's noun ("London club night Trash" is no one's role)
    return !t.cap && k < nameFrom - 1 && POSITION_MODIFIERS.has(t.lower) && !!noun && isSpaced(noun.gap) && isPersonNoun(tokens[nameFrom - 1]);
  },
};
