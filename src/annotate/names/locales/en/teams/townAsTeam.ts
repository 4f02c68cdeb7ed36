import { TOWN_PLAYS_AS_TEAM } from '../../../teamInArticle.js';
import { isSpaced } from '../../../../core/tokens.js';
import type { EvidenceRule } from '../evidence/context.js';
import type { SpanRefiner } from '../refiners/context.js';
import type { RoleCheck } from '../roles/roleChecks.js';
import { has, type NameToken, type Span } from '../tokens.js';
import {
  PERSON_NAME_TAGS,
  PLACE_TAGS,
  TEAM_PLAY_COUNTS,
  TEAM_PLAY_VERBS,
  TEAM_RECORD_VERBS,
  TEAM_RESULT_JOINS,
  TEAM_RESULT_VERBS,
  TEAM_SCORE,
  TEAM_SQUAD_WORDS,
} from '../words.js';

/**
 * Teams named by their town or by one word: in a match report "Portsmouth beat Reading 2-0", "a 3-1 win over Toronto",
 * "scored for Middlesbrough", "Palace striker Scowcroft", "Montreal is 3-1-1" name a club, an organisation, though the
 * words alone name a place. Only what the sentence says of the name counts: the town stays a place where it is one ("in
 * Portsmouth", "flew to Toronto", "the Toronto police", "Portsmouth council").
 */

/** The tokens of the sentence around the span: from the sentence's first word to the word before the next one. */
function sentenceOf(tokens: NameToken[], span: Span): { from: number; to: number } {
  let from = span.from;
  while (from > 0 && !tokens[from]!.sentenceStart) from--;
  let to = span.to;
  while (to < tokens.length && !tokens[to]!.sentenceStart) to++;
  return { from, to };
}

/** The phrase of `phrases` the words at `at` open, if one does ("shut out", "improved to"). */
function phraseAt(tokens: NameToken[], at: number, phrases: readonly string[]): string | undefined {
  return phrases.find((p) => {
    const words = p.split(' ');
    return words.every((w, k) => tokens[at + k]?.lower === w && (k === 0 || isSpaced(tokens[at + k]!.gap)));
  });
}

/** The index of the word after the name's optional "have", "has", "had", "will" ("Chelsea have won 2-1"). */
function afterAuxiliary(tokens: NameToken[], at: number): number {
  return /^(?:have|has|had|will|would)$/.test(tokens[at]?.lower ?? '') ? at + 1 : at;
}

/** "Portsmouth beat Reading 2-0", "Chelsea won 2-1": a result's verb right after the name, in a sentence with a score. */
function resultVerbAfter(tokens: NameToken[], span: Span, sentence: { from: number; to: number }): boolean {
  const last = tokens[span.to - 1]!;
  const at = afterAuxiliary(tokens, span.to);
  if (last.possessive || !tokens[at] || !/^[ \t]+$/.test(tokens[span.to]!.gap)) return false;
  // a player's surname beats another in a game of one against one ("Higgins beat Ebdon 5-3"): only a name the lexicon
  // knows as no person's counts, and a score of sets ("6-4, 6-3") is a player's
  if (!phraseAt(tokens, at, TEAM_RESULT_VERBS) || span.to - span.nameFrom > 3 || tokens.slice(span.nameFrom, span.to).some((t) => has(t, ...PERSON_NAME_TAGS)))
    return false;
  const scores = tokens.slice(sentence.from, sentence.to).filter((t) => TEAM_SCORE.test(` ${t.text} `));
  return scores.length === 1;
}

/** "Montreal is 3-1-1", "Houston, which improved to 6-2", "ASU (12-2)": a record right after the name. */
function recordAfter(text: string, tokens: NameToken[], span: Span): boolean {
  const next = tokens[span.to];
  if (!next || tokens[span.to - 1]!.possessive) return false;
  if (/^\s*\($/.test(next.gap) && TEAM_SCORE.test(` ${next.text} `) && text.slice(next.end, next.end + 1) === ')') return true;
  let at = span.to;
  if (/^,\s+$/.test(next.gap) && /^(?:which|who)$/.test(next.lower)) at++;
  const verb = phraseAt(tokens, at, TEAM_RECORD_VERBS);
  if (!verb || !/^\s+$/.test(tokens[at]!.gap) || (at === span.to && !/^[ \t]+$/.test(next.gap))) return false;
  const score = tokens[at + verb.split(' ').length];
  return !!score && isSpaced(score.gap) && TEAM_SCORE.test(` ${score.text} `);
}

/** The word before the name, past a "the". */
function beforeName(tokens: NameToken[], span: Span): number {
  const k = span.from - 1;
  return tokens[k]?.lower === 'the' ? k - 1 : k;
}

/** "a 3-1 win over Toronto", "a home loss to Boston", "drew with Everton": a result joined to the name. */
function resultBefore(tokens: NameToken[], span: Span, sentence: { from: number; to: number }): boolean {
  const join = beforeName(tokens, span);
  // "tied with Atlanta's Ilya Kovalchuk": the possessive's owner is not the one joined
  if (join < sentence.from || !isSpaced(tokens[join + 1]!.gap) || tokens[span.to - 1]!.possessive) return false;
  const joiner = tokens[join]!.lower;
  // the result right before its joiner: "drew a comparison with the US" is no draw
  const hit = join > sentence.from ? TEAM_RESULT_JOINS.find(([word]) => word.test(tokens[join - 1]!.lower)) : undefined;
  return !!hit && hit[1].includes(joiner);
}

/** "scored for Portsmouth", "11 assists for Houston", "signed for Fulham": what a player does, for the name. */
function playedFor(tokens: NameToken[], span: Span, sentence: { from: number; to: number }): boolean {
  const join = beforeName(tokens, span);
  if (join <= sentence.from || tokens[join]!.lower !== 'for') return false;
  if (TEAM_PLAY_VERBS.has(tokens[join - 1]!.lower)) return true;
  for (let k = join - 1; k >= Math.max(sentence.from, join - 6); k--) if (TEAM_PLAY_COUNTS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "Portsmouth's squad", "the Sharks' bench": a squad word after the name's possessive. (Before a person's name, "Palace
 * striker Scowcroft", the role pass reads the place into the role: that is the role pass's to tell.)
 */
function squadAfter(tokens: NameToken[], span: Span): boolean {
  const next = tokens[span.to];
  if (!next || !isSpaced(next.gap) || next.cap || !tokens[span.to - 1]!.possessive) return false;
  return !!phraseAt(tokens, span.to, [...TEAM_SQUAD_WORDS]);
}

/**
 * A name a result or a squad word may make a team's: a place ("a 6-1 rout of Toronto"), a common word ("a draw against
 * Arsenal", "beat by Spurs"), or a plural after "the" ("the Sharks' bench"). Not a surname: a player and a candidate are
 * beaten too ("a five-set win over Stakhovsky", "losing to Mbeki", "Pistorius's manager").
 */
function placeOrCommonWord(tokens: NameToken[], span: Span, name: NameToken[]): boolean {
  if (placeOnly(name) || name.every((t) => !has(t, 'ProperNoun', ...PERSON_NAME_TAGS) && has(t, 'Noun'))) return true;
  return tokens[span.from - 1]?.lower === 'the' && /[^s']s$/.test(name.at(-1)!.text);
}

/** Which reading of the sentence says the name is a team's, if one does (for --explain and the counts). */
export function teamCue(text: string, tokens: NameToken[], span: Span): string | undefined {
  const sentence = sentenceOf(tokens, span);
  const name = tokens.slice(span.nameFrom, span.to);
  if (resultVerbAfter(tokens, span, sentence)) return 'result-verb';
  if (recordAfter(text, tokens, span)) return 'record';
  if (playedFor(tokens, span, sentence)) return 'played-for';
  if (!placeOrCommonWord(tokens, span, name)) return undefined;
  if (resultBefore(tokens, span, sentence)) return 'result-before';
  if (squadAfter(tokens, span)) return 'squad';
  return undefined;
}

/** "York" of "New York is 12-8-0" where "New" opening the sentence was left out of the run: a part of a longer name. */
function cutFromRun(tokens: NameToken[], span: Span): boolean {
  const before = tokens[span.from - 1];
  return !!before && before.cap && !has(before, 'Date') && isSpaced(tokens[span.from]!.gap);
}

/** A name made only of places' words ("Portsmouth", "St. Louis", "New York"). */
const placeOnly = (name: NameToken[]) => name.length > 0 && name.every((t) => has(t, ...PLACE_TAGS) || (t.cap && /^(?:St\.?|New|San|Los|Las)$/.test(t.text)));

export const keepTownAsTeam: SpanRefiner = {
  name: 'keep-town-as-team',
  reason:
    'A place\'s name the sentence reads as a team ("Portsmouth beat Reading 2-0", "a win over Toronto", "scored for Fulham", "Palace striker X", "Montreal is 3-1-1") names the club, and is kept though a place\'s name alone is dropped.',
  judge: ({ text, tokens, span, name, hasTitle }) =>
    !hasTitle && placeOnly(name) && !cutFromRun(tokens, span) && teamCue(text, tokens, span) ? 'keep' : undefined,
};

export const townPlaysAsTeam: EvidenceRule = {
  name: TOWN_PLAYS_AS_TEAM,
  reason:
    'What only a team does, read around a name, says organisation: a result with a score ("Chelsea won 2-1"), a record ("Boston is 2-0"), a result against it ("a 6-1 rout of Toronto"), play "for" it ("points for Houston"), a squad word after it ("Palace striker", "Portsmouth\'s squad"); a town or a given name ("Chelsea", "Houston") is then the club.',
  weigh({ text, tokens, span }, tally) {
    if (!cutFromRun(tokens, span) && teamCue(text, tokens, span)) tally.org += 2;
  },
};

/**
 * "Portsmouth beat Reading 2-0", "Chelsea edged Everton": a result's verb read as a role's head before the other side's
 * name is the sentence's verb, and the team before it a name of its own, not "Reading" [Portsmouth beat].
 */
export const resultVerbIsNoRole: RoleCheck = {
  name: 'result-verb-is-no-role',
  reason:
    'A result\'s verb ("beat", "edged", "defeated") before a name is no role\'s head: the words are a match report\'s sentence ("Portsmouth beat Reading 2-0"), and the team before the verb a name of its own.',
  check(tokens, _span, role) {
    const head = tokens[role.to - 1]!;
    return !head.cap && TEAM_RESULT_VERBS.includes(head.lower) ? 'drop' : null;
  },
};
