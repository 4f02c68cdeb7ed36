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
  ORDINAL_FIGURE,
  RANK_NOUNS,
  RANK_NUMBER_WORDS,
  RANK_OPENERS,
  RANK_SCOPES,
  POSITION_MODIFIER_TIMES,
  ROLE_STOP_TAGS,
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

/** A count written in figures or in words: "1", "one". */
const isNumeral = (t: NameToken | undefined): boolean => !!t && (/^\d{1,3}$/.test(t.text) || (has(t, 'TextValue') && has(t, 'Cardinal')));

export const rankInRole: Rule & {
  holds(tokens: NameToken[], k: number): boolean;
  dotAfter(tokens: NameToken[], k: number): boolean;
  figureAfterDot(tokens: NameToken[], k: number): boolean;
  endsAt(tokens: NameToken[], k: number, from: number): boolean;
} = {
  name: 'rank-in-role',
  reason:
    'A player\'s rank before the name is the role, though the lexicon files its number as a value that ended the role ("14th seed NAME" read "seed", "Sixth seed NAME" the same, "world No. 1 NAME" and "world number one NAME" no role at all): an ordinal or "top" before a rank noun ("seed", "pick"), and "No."/"number" with its figure, "world" before them, are the role\'s words, while elsewhere a number still ends a role ("won 3 NAME").',
  holds(tokens, k) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    // "14th seed", "Sixth seed", "top seed"
    if (next && isSpaced(next.gap) && RANK_NOUNS.has(next.lower) && (has(t, 'Ordinal') || ORDINAL_FIGURE.test(t.text) || RANK_OPENERS.has(t.lower)))
      return true;
    // "world No. 1", "number one seed": the figure and the word before it, with "world" before them or a rank noun after
    // them ("the No 10 barbecue", "No 22 Squadron", "March no 5" are no ranks)
    const ranks = (number: number) => RANK_SCOPES.has(tokens[number - 1]?.lower ?? '') || RANK_NOUNS.has(tokens[number + 2]?.lower ?? '');
    if (isNumeral(t) && !!prev && RANK_NUMBER_WORDS.has(prev.lower)) return ranks(k - 1);
    if (RANK_NUMBER_WORDS.has(t.lower) && isNumeral(next)) return ranks(k);
    return RANK_SCOPES.has(t.lower) && !!next && RANK_NUMBER_WORDS.has(next.lower) && isNumeral(tokens[k + 2]);
  },
  /** "No. 1": the abbreviation's dot stands between a rank's word at `k` and its figure. */
  dotAfter: (tokens, k) => /^\.[ \t]+$/.test(tokens[k + 1]!.gap) && rankInRole.holds(tokens, k),
  /** The figure after "No." is read as a sentence's first word: the rank goes on. */
  figureAfterDot: (tokens, k) => /^\.[ \t]+$/.test(tokens[k]!.gap) && RANK_NUMBER_WORDS.has(tokens[k - 1]?.lower ?? ''),
  /**
   * "beat No. 3 seed NAME", "faces former top seed NAME": before a rank read into the role from `from` on, only a word of
   * time ("former"), an adjective or a demonym ("Russian 14th seed") goes on it; a verb or a pronoun at `k` is the sentence's.
   */
  endsAt(tokens, k, from) {
    const t = tokens[k]!;
    const opener = tokens[from]!;
    const ranked = rankInRole.holds(tokens, from) || (POSITION_MODIFIER_TIMES.has(opener.lower) && rankInRole.holds(tokens, from + 1));
    if (!ranked || rankInRole.holds(tokens, k) || POSITION_MODIFIER_TIMES.has(t.lower)) return false;
    return has(t, 'Verb', ...ROLE_STOP_TAGS) || !has(t, 'Adjective', 'Demonym');
  },
};
