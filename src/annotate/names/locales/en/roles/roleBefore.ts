import { NAME_JOINERS, NOT_NAME_TAGS, PERSON_ADJECTIVES, POSITION_MODIFIER_TIMES, ROLE_COMPOUND_NOUNS, ROLE_STOP_TAGS, PLACE_PREPOSITIONS } from '../words.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { isSpaced } from '../../../../core/tokens.js';
import { ageInRole, isTitle, isCommonWord } from '../predicates.js';
import { gerundInRole, infinitiveAfterObject, positionModifier, rankInRole, twoRolesBeforeName } from './roleJoiners.js';
import { hyphenatedPersonNoun, personNounAfterTo, pluralCompoundInRole } from './roleNounForms.js';

/** The role written right before a name: "Iranian general", "populist Iraqi cleric", "political scientists". */

/**
 * The role written right before a name: "Iranian general", "populist Iraqi cleric",
 * "Iraqi militia commander". Its last word must be a noun, or the name carries a title.
 */
export function roleBefore(tokens: NameToken[], span: Span, owners: Array<Span | undefined>): { from: number; to: number } | null {
  const hasTitle = span.nameFrom > span.from;
  const adjacent = tokens[span.from - 1];
  if (!isSpaced(tokens[span.from]!.gap) || !adjacent) return null;
  // a role does not end in a name's particle ("al" in "said al Sadr")
  if (!adjacent.cap && NAME_JOINERS.has(adjacent.lower)) return null;
  // "according to political scientists Erica Chenoweth and Jeremy Pressman", "Organizers A and B said": a
  // plural person noun before two names or more joined by "and" is their role
  const plural =
    !hasTitle &&
    (!adjacent.cap || (adjacent.sentenceStart && isCommonWord(adjacent))) &&
    !adjacent.possessive &&
    has(adjacent, 'Plural') &&
    has(adjacent, 'Actor') &&
    namesListedAfter(tokens, span, owners).length > 0;
  if (!hasTitle && !plural && !hyphenatedPersonNoun.holds(adjacent) && !rankInRole.holds(tokens, span.from - 1)) {
    if (adjacent.cap || adjacent.possessive || has(adjacent, 'Plural', 'Verb', 'Hyphenated', ...ROLE_STOP_TAGS)) return null;
    if (!has(adjacent, 'Noun') && !isTitle(adjacent) && !PERSON_ADJECTIVES.has(adjacent.lower) && !adjectiveAsNoun(tokens, span.from - 1)) return null;
  }
  let from = span.from;
  for (let k = span.from - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const rank = rankInRole.holds(tokens, k);
    const spaced = isSpaced(tokens[k + 1]!.gap) || rankInRole.dotAfter(tokens, k);
    if (!spaced || (t.possessive && t.nameLike) || infinitiveAfterObject.holds(tokens, k) || hyphenatedPersonNoun.endsRole(tokens, k)) break;
    if (t.cap) {
      const owner = owners[k];
      // ("Sixth seed NAME", "World No. 1 NAME": a rank's capitalised first word is the role's)
      if (!rank && (has(t, 'Date', 'Value', 'Person', 'FirstName') || (owner && !owner.dropped && owner.to === k + 1 && ownerIsName(tokens, owner)))) break;
    } else if (
      !isTitle(t) &&
      !ageInRole.holds(t) &&
      !twoRolesBeforeName.holds(tokens, k, from) &&
      !rank &&
      !gerundInRole.holds(tokens, k, span.from) &&
      !positionModifier.holds(tokens, k, span.nameFrom) &&
      !nounAfterArticle(tokens, k) &&
      !hyphenatedPersonNoun.holds(t) &&
      !pluralCompoundInRole.holds(tokens, k, span.from) &&
      // "campaign chairman", "running mate": a noun the lexicon files as a verb, before the role's noun
      !(k < span.from - 1 && ROLE_COMPOUND_NOUNS.has(t.lower)) &&
      (has(t, ...ROLE_STOP_TAGS) || (has(t, 'Verb') && !has(t, 'Adjective')) || !has(t, 'Noun', 'Adjective'))
    )
      break;
    // "lost starting guard NAME", "beat defending champion NAME": before a position's modifier, only a word of time
    // ("former"), a title ("chief operating officer"), an owner ("UCLA", "the paper's") goes on the role; any other word is the sentence's
    if (
      positionModifier.holds(tokens, k + 1, span.nameFrom) &&
      from === k + 1 &&
      !t.cap &&
      !t.possessive &&
      !isTitle(t) &&
      !POSITION_MODIFIER_TIMES.has(t.lower)
    )
      break;
    if (rankInRole.endsAt(tokens, k, from)) break;
    from = k;
    if (t.sentenceStart && !rankInRole.figureAfterDot(tokens, k)) break;
  }
  if (from === span.from) return null;
  // "told reporters Trump and Pence had agreed": the plural is a verb's object, not the names' role
  const head = tokens[from - 1];
  // ("are cabinet ministers A and B" is what they are: a copula is no such verb)
  if (plural && head && isSpaced(tokens[from]!.gap) && has(head, 'Verb') && !has(head, 'Preposition', 'Copula')) return null;
  // "threatened to sanction Iraq": a verb after "to", not a role
  if (span.from - from === 1 && !hasTitle && tokens[from - 1]?.lower === 'to' && !personNounAfterTo.holds(tokens, from)) return null;
  return { from, to: span.from };
}

/**
 * The names after this one in a list closed by "and" ("Erica Chenoweth and Jeremy Pressman", "A, B and C"),
 * or none when no "and" closes it.
 */
export function namesListedAfter(tokens: NameToken[], span: Span, owners: Array<Span | undefined>): Span[] {
  const listed: Span[] = [];
  let k = span.to;
  for (;;) {
    const t = tokens[k];
    if (!t || tokens[k - 1]!.possessive) return [];
    const and = t.text === 'and' && /^,?[ \t]+$/.test(t.gap);
    const at = and ? k + 1 : k;
    const next = owners[at];
    if (!next || next.dropped || next.from !== at || next.nameFrom !== next.from) return [];
    if (and ? !isSpaced(tokens[at]!.gap) : !/^,[ \t]+$/.test(t.gap)) return [];
    listed.push(next);
    if (and) return listed;
    k = next.to;
  }
}

/**
 * "the state transport agency": a word the lexicon calls a verb, in the nouns between an
 * article and the role's noun, is a noun too.
 */
function nounAfterArticle(tokens: NameToken[], k: number): boolean {
  if (!has(tokens[k]!, 'Infinitive') || has(tokens[k]!, 'Adverb')) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j]!;
    if (!isSpaced(tokens[j + 1]!.gap)) return false;
    if (/^(?:the|a|an)$/i.test(t.text)) return true;
    if (t.cap || !has(t, 'Noun', 'Infinitive') || has(t, 'PastTense', 'Gerund', ...ROLE_STOP_TAGS)) return false;
  }
  return false;
}

/**
 * "Iranian general Qasem Soleimani", "Police chief Tomas Varga": a word the lexicon
 * calls an adjective is the role's noun when a modifier comes before it and a name after.
 */
function adjectiveAsNoun(tokens: NameToken[], k: number): boolean {
  const t = tokens[k]!;
  const before = tokens[k - 1];
  // "on Saturday near Lake Orin": a preposition the lexicon calls an adjective is no role
  if (!has(t, 'Adjective') || PLACE_PREPOSITIONS.has(t.lower) || !before || !isSpaced(t.gap)) return false;
  return (before.cap && !has(before, ...NOT_NAME_TAGS)) || has(before, 'Adjective', 'Demonym');
}

/** A kept span with a noun-like word is a name in its own right, not a modifier of the next name. */
function ownerIsName(tokens: NameToken[], span: Span): boolean {
  return tokens.slice(span.from, span.to).some((t) => has(t, 'Person', 'FirstName', 'Organization'));
}
