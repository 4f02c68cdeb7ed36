import type { Rule } from '../../../../core/rules.js';
import { isCommonWord, isOrgHead, isPlaceAcronym, isTitle } from '../predicates.js';
import { ADHERENT_PLURAL_ENDING } from '../../../../core/locales/en/words.js';
import { EVENT_WORDS, ORG_DESCRIPTORS, OWNER_WORD_STOP_TAGS, PLACE_TAGS } from '../words.js';
import { isPlaceWord, lexiconTags, wordTags } from '../../../../core/lexicon.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { namesListedAfter, roleBefore } from './roleBefore.js';
import { checkedRole, type RoleCheck } from './roleChecks.js';
import { isPluralTitle } from './pluralTitle.js';
import { rankInRole } from './roleJoiners.js';
import { squadOwnerIsTeam } from '../teams/squadOwner.js';

export const acronymInRole: Rule = {
  name: 'acronym-in-role',
  reason:
    'An acronym inside the role before a name ("SEIU spokesman NAME", "NATO chief NAME") stays in the role and names the body the role belongs to, unless it is a place ("U.S. envoy").',
};

/** "SEIU" in "SEIU spokesman NAME": one acronym of a role, no place's, that the role's body is. */
function namesRoleBody(tokens: NameToken[], span: Span): boolean {
  const t = tokens[span.from]!;
  return span.to - span.from === 1 && !t.possessive && has(t, 'Acronym') && !isPlaceAcronym(t);
}

export const institutionInRole: Rule = {
  name: 'institution-in-role',
  reason:
    'A body\'s name of two words or more inside the role before a name ("State Department official NAME", "National Security Council official NAME") stays in the role and names the body the role belongs to; dropped with the role, the body was never named.',
};

/** "State Department" in "State Department official NAME": words ending in an institution word, no possessive, no place. */
function namesRoleInstitution(tokens: NameToken[], span: Span): boolean {
  const words = tokens.slice(span.from, span.to);
  return words.length >= 2 && isOrgHead(words.at(-1)!) && !words.some((t) => t.possessive || isPlaceAcronym(t));
}

export const bodyOwnsRole: Rule & { holds(tokens: NameToken[], other: Span, role: { from: number; to: number }): boolean } = {
  name: 'body-owns-role',
  reason:
    'A name of no person and no place opening the role before a person\'s name is the team, the paper or the body the role belongs to ("Senators coach John Paddock", "Harrods owner Mohamed Al Fayed", "Dagbladet newspaper correspondent Carsten Thomassen", "Greenpeace Japan anti-whaling campaigner Sakyo Noda"), kept in the role and named as an organisation (`role-owner-is-body` weighs it) where it had been dropped with the role, though one word so placed counts only as a plural name or before a body\'s descriptor ("Shiite cleric", "Catholic priest" describe), and a place ("Derby manager", "Pasadena Mayor"), a demonym, a person\'s name ("Mulroney aide"), a title, an event, a work named with a verb or an adjective, a code or a hyphenated word ("Oscar-winning") is no such owner, nor is a plural role ("Hollywood friends").',
  holds(tokens, other, role) {
    const words = tokens.slice(other.from, other.to);
    const head = tokens[role.to - 1]!;
    if (squadOwnerIsTeam.holds(tokens, other, role)) return true;
    if (other.from !== role.from || head.cap || has(head, 'Plural') || words.at(-1)!.possessive || words.every(isCommonWord)) return false;
    if (has(words[0]!, 'Demonym', 'Language', ...PLACE_TAGS)) return false;
    if (words.some((t) => /[-\d]/.test(t.text) || isTitle(t) || has(t, 'Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Demonym'))) return false;
    // a place ("New York mayor"), an event or a prize ("World Cup mascot", "Nobel Peace Prize winner"), a street, a work
    // named with a verb or an adjective ("Batman Begins director", "Saturday Night Live personality", "Former ITN executive")
    const phrase = wordTags(words.map((t) => t.lower).join(' '));
    const last = words.at(-1)!.lower;
    if (PLACE_TAGS.some((tag) => phrase.has(tag)) || phrase.has('Verb') || EVENT_WORDS.has(last) || isPlaceWord(last)) return false;
    if (words.some((t) => lexiconTags(t.lower).some((tag) => OWNER_WORD_STOP_TAGS.includes(tag)))) return false;
    if (words.length > 1) return true;
    const word = words[0]!;
    const next = tokens[other.to];
    // one word: a name that reads as a plural and is no common plural ("Harrods", "Islanders"; not "Sports minister"),
    // or one before a body's descriptor that is not the role itself ("Dagbladet newspaper correspondent"; not "International bank")
    const plural = /[^s']s$/.test(word.text) && !ADHERENT_PLURAL_ENDING.test(word.lower) && !phrase.has('Plural');
    return plural || (!!next && other.to < role.to - 1 && ORG_DESCRIPTORS.has(next.lower));
  },
};

/** The role before each kept span, found right to left; a span inside another's role is dropped. */
export const roleBeforeName: Rule & {
  apply(tokens: NameToken[], spans: Span[], owners: Array<Span | undefined>, checks: readonly RoleCheck[]): Map<Span, { from: number; to: number } | null>;
} = {
  name: 'role-before-name',
  reason:
    'The words right before a name may be its role ("Iraqi Shiite cleric Muqtada al-Sadr"): read right to left, a capitalised word inside a role is part of it, not a name of its own.',
  apply(tokens, spans, owners, checks) {
    const preRoles = new Map<Span, { from: number; to: number } | null>();
    for (let s = spans.length - 1; s >= 0; s--) {
      const span = spans[s]!;
      if (span.dropped) continue;
      const role = checkedRole(checks, tokens, span, roleBefore(tokens, span, owners));
      preRoles.set(span, role);
      // "Sens. Cory Booker and Kamala Harris": a plural title is each listed name's
      if (span.nameFrom === span.from + 1 && isPluralTitle(tokens[span.from]!))
        for (const other of namesListedAfter(tokens, span, owners)) if (!preRoles.get(other)) preRoles.set(other, { from: span.from, to: span.nameFrom });
      if (!role) continue;
      // "political scientists Erica Chenoweth and Jeremy Pressman": a plural role is each listed name's
      if (span.nameFrom === span.from && has(tokens[role.to - 1]!, 'Plural'))
        for (const other of namesListedAfter(tokens, span, owners)) preRoles.set(other, role);
      for (let k = role.from; k < span.from; k++) {
        const other = owners[k];
        if (!other || other.from < role.from) continue;
        // ("World No. 1 NAME": the rank's capitalised words are the role's, no body's)
        if (rankInRole.holds(tokens, other.from)) other.dropped = true;
        else if (namesRoleBody(tokens, other)) other.keptBy = acronymInRole.name;
        else if (namesRoleInstitution(tokens, other)) other.keptBy = institutionInRole.name;
        else if (bodyOwnsRole.holds(tokens, other, role)) {
          other.keptBy = bodyOwnsRole.name;
          other.dropped = false;
        } else other.dropped = true;
      }
    }
    return preRoles;
  },
};
