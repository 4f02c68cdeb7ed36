import type { Rule } from '../../../../core/rules.js';
import { isOrgHead } from '../predicates.js';
import { appositiveHead } from '../roles/appositiveHead.js';
import { isPersonNoun } from '../roles/roleJoiners.js';
import { has, type NameToken, type Span } from '../tokens.js';
import {
  APPOSITIVE_MAX,
  APPOSITIVE_ROLE_PREPOSITIONS,
  PLACE_TAGS,
  ROLE_ARTICLE,
  ROLE_ARTICLE_WORD,
  ROLE_TOPIC_JOINERS,
  PERSON_NOUNS_FILED_AS_ADJECTIVES,
} from '../words.js';
import type { EvidenceRule } from './context.js';
import { addRole } from './roleWords.js';

/**
 * The appositive after a name's comma that holds a name in the possessive: "Dean Peterson, New Zealand's representative in
 * Antarctica,", "Thomas Melito, the GAO's director,", "Sima Samar, the head of Afghanistan's rights commission,"; its words,
 * or null. The role's noun (a person's noun) comes after the owner, or before the "of" that leads to it.
 */
export function possessiveAppositive(text: string, tokens: NameToken[], span: Span): string | null {
  const first = tokens[span.to];
  const nameLast = tokens[span.to - 1]!;
  if (!first || !/^,\s+$/.test(first.gap) || nameLast.possessive) return null;
  // the name is a person's: no place, no body ("Sierra Leone, the RUF's spokesman"; "the Energy Agency, the UN's nuclear watchdog")
  const name = tokens.slice(span.nameFrom, span.to);
  if (name.some((t) => has(t, ...PLACE_TAGS)) || isOrgHead(nameLast)) return null;
  let last = span.to;
  for (let k = span.to + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (/,/.test(t.gap)) break;
    if (/[.;:!?()"“”—–]|\s-\s|--/.test(t.gap)) return null;
    last = k;
  }
  if (last - span.to + 1 > APPOSITIVE_MAX || !/^\s*(?:,|[.!?]?\s*$)/.test(text.slice(tokens[last]!.end))) return null;
  const phrase = tokens.slice(span.to, last + 1);
  const p = phrase.findIndex((t) => t.possessive);
  // one owner, a name's ("New Zealand's", "the IMF's"), not "its" or "his" (participle-or-owner-opens-role reads those)
  if (p < 0 || !phrase[p]!.cap || phrase.slice(p + 1).some((t) => t.possessive)) return null;
  // a verb makes it a clause; a word filed as a verb before a noun is a compound's ("rights commission")
  if (phrase.some((t, i) => !t.cap && has(t, 'Verb') && !has(t, 'Noun', 'Adjective') && !nounAfter(phrase[i + 1]))) return null;
  let ownerFrom = p;
  while (ownerFrom > 0 && phrase[ownerFrom - 1]!.cap) ownerFrom--;
  const opening = phrase.slice(0, ownerFrom).filter((t) => !ROLE_ARTICLE_WORD.test(t.text));
  if (opening.length === 0) {
    // "New Zealand's representative in Antarctica", "the GAO's director": the role's noun after the owner, before any preposition
    const prep = phrase.findIndex((t, i) => i > p && !t.cap && APPOSITIVE_ROLE_PREPOSITIONS.has(t.lower));
    const headAt = (prep < 0 ? phrase.length : prep) - 1;
    const head = phrase[headAt];
    if (headAt <= p || !head || head.cap || !(isPersonNoun(head) || PERSON_NOUNS_FILED_AS_ADJECTIVES.has(head.lower))) return null;
    // between owner and noun: a role's modifiers, and a topic's capitalised words joined by "and" ("Voters Registration and Election director")
    const between = phrase.slice(p + 1, headAt);
    if (between.some((t) => !t.cap && !ROLE_TOPIC_JOINERS.has(t.lower) && !has(t, 'Noun', 'Adjective'))) return null;
  } else {
    // "the head of Afghanistan's rights commission", "spokesman for Russia's foreign ministry": a person's noun before the preposition
    const prep = phrase[ownerFrom - 1]!;
    const at = ROLE_ARTICLE_WORD.test(prep.text) ? ownerFrom - 2 : ownerFrom - 1;
    const noun = phrase[at - 1];
    if (
      !APPOSITIVE_ROLE_PREPOSITIONS.has(phrase[at]?.lower ?? '') ||
      !noun ||
      noun.cap ||
      !(isPersonNoun(noun) || PERSON_NOUNS_FILED_AS_ADJECTIVES.has(noun.lower))
    )
      return null;
    if (opening.some((t) => t.cap)) return null;
  }
  return text.slice(first.start, tokens[last]!.end);
}

/** A lower-case noun, no pronoun, right after a word: "commission" after "rights". */
const nounAfter = (t: NameToken | undefined) => !!t && !t.cap && has(t, 'Noun') && !has(t, 'Pronoun');

export const possessiveOwnerAppositive: EvidenceRule & Rule = {
  name: 'possessive-owner-appositive',
  reason:
    'An appositive after a name\'s comma holding a name in the possessive is a role owned by that name ("Dean Peterson, New Zealand\'s representative in Antarctica,", "Thomas Melito, the GAO\'s director,", "Sima Samar, the head of Afghanistan\'s rights commission,"), where the appositive reader refused every possessive and the person had no role; a person\'s noun must head it ("Paris, France\'s capital," is none), and a place or a body before the comma takes none (a list: "the United States, Russia\'s president and …").',
  weigh({ text, tokens, span }, tally) {
    const role = possessiveAppositive(text, tokens, span);
    // where the head-phrase reader reads the same words ("the GAO's director"), the role is its (appositive-role-head)
    const words = role?.replace(ROLE_ARTICLE, '').trim();
    if (!role || words === appositiveHead(text, tokens, span)?.replace(ROLE_ARTICLE, '').trim() || tally.roles.includes(words!)) return;
    addRole(role, tally);
  },
};
