import { overlaps } from '../../../core/spans.js';
import type { Direction } from '../../calendar.js';
import {
  ADVICE_IMPERATIVE,
  BARE_BE,
  BEFORE_A_DAY,
  DETERMINER_BEFORE_PARTICIPLE,
  CLAUSE_CLOSE,
  CLAUSE_OPEN,
  DONE_THING_NOUN,
  FUTURE_WORD,
  PAST_AUXILIARY,
  PAST_INTENTION,
  PAST_WORD,
  PLAN_PHRASE,
  PRESENT_TENSE,
  REGULAR_PARTICIPLE,
  REPORTED_FUTURE,
  SCHEDULED_THING_NOUN,
  SCHEDULED_PRESENT,
  SINCE_BEFORE,
  THING_BEFORE_DATE,
  THING_DETERMINER_BEFORE,
  THING_WORDS_AFTER,
} from './constants.js';
import { memoize } from '../../../../text/memo.js';
import { quotationSpans } from '../../../../passages/sentences.js';

/**
 * Which way from publication an English sentence looks: its tense words ("will", "was planned for",
 * "said", "would"), and the clause around a date that they govern.
 */

interface TenseMarker {
  start: number;
  end: number;
  direction: 'past' | 'future' | 'nearest';
}

/**
 * The words of `text` that set the time of what is told, in text order. The last text's are remembered
 * (pure, see memoize): dates in one sentence are resolved one after another, so its markers are found once.
 */
const tenseMarkers = memoize((text) => findTenseMarkers(text), 1);

function futureMarkers(text: string): TenseMarker[] {
  const future: TenseMarker[] = [];
  for (const re of [FUTURE_WORD, SCHEDULED_PRESENT, ADVICE_IMPERATIVE])
    for (const m of text.matchAll(re)) future.push({ start: m.index, end: m.index + m[0].length, direction: 'future' });
  for (const m of text.matchAll(PLAN_PHRASE)) {
    if (PAST_AUXILIARY.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    future.push({ start: m.index, end: m.index + m[0].length, direction: 'future' });
  }
  return future;
}

/**
 * `plan-told-in-past` for weekdays too: a plan with "was", "were" or "had" before it ("It was set to dock on Saturday",
 * "the vote was scheduled for Tuesday") lies on either side of publication, as a plan reported with "was to" does.
 * The marker spans the auxiliary, so its "was" is no past of its own.
 */
function pastPlanMarkers(text: string): TenseMarker[] {
  const found: TenseMarker[] = [];
  for (const m of text.matchAll(PLAN_PHRASE)) {
    const aux = PAST_AUXILIARY.exec(text.slice(Math.max(0, m.index - 48), m.index));
    if (aux) found.push({ start: m.index - aux[0].length, end: m.index + m[0].length, direction: 'nearest' });
  }
  return found;
}

function findTenseMarkers(text: string): TenseMarker[] {
  const future = futureMarkers(text);
  // "planned for Saturday": the plan looks ahead; its "for" adds nothing.
  const reported: TenseMarker[] = [
    ...pastPlanMarkers(text),
    ...[...text.matchAll(REPORTED_FUTURE)].map((m): TenseMarker => ({ start: m.index, end: m.index + m[0].length, direction: 'nearest' })),
  ].filter((r) => !overlaps(future, r.start, r.end));
  const past: TenseMarker[] = [];
  for (const m of text.matchAll(PAST_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    // "planned" in "planned for" belongs to the plan; "held" in "will be held" to the future; "was" in "was to be" to the reported plan.
    if (overlaps(future, start, end) || overlaps(reported, start, end) || BARE_BE.test(text.slice(Math.max(0, start - 8), start))) continue;
    // `participle-adjective`: "an allied super PAC", "the expanded scheme" describe a noun; they tell no past.
    if (REGULAR_PARTICIPLE.test(m[0]) && DETERMINER_BEFORE_PARTICIPLE.test(text.slice(Math.max(0, start - 8), start))) continue;
    past.push({ start, end, direction: 'past' });
  }
  return [...future, ...reported, ...past].sort((a, b) => a.start - b.start);
}

/** Whether the clause looks ahead of publication anywhere in it. */
export function looksAhead(clause: string): boolean {
  return tenseMarkers(clause).some((t) => t.direction === 'future');
}

/** Whether the clause tells anything in the past tense. */
export function toldInPast(clause: string): boolean {
  return tenseMarkers(clause).some((t) => t.direction === 'past');
}

const DIGIT = /\d/;

/**
 * A comma between digits ("50,000") is part of a number, not a clause break. Two hyphens ("--") are a dash
 * typed without one, as a dash breaks a clause ("will be crucial--and April 14 showed the potential").
 */
function breaksClause(text: string, i: number, marks: Set<string>): boolean {
  const c = text[i]!;
  if (c === '-') return text[i - 1] === '-' || text[i + 1] === '-';
  if (!marks.has(c)) return false;
  return c !== ',' || !(DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? ''));
}

/** The clause around a span: the stretch between clause punctuation. */
export function clauseBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !breaksClause(text, from - 1, CLAUSE_OPEN)) from--;
  let to = end;
  while (to < text.length && !breaksClause(text, to, CLAUSE_CLOSE)) to++;
  return { from, to };
}

export function clauseAround(text: string, start: number, end: number): string {
  const { from, to } = clauseBounds(text, start, end);
  return text.slice(from, to);
}

/**
 * Which way from publication a relative date points. A date after "since" is behind; otherwise the
 * tense word nearest before the date in its clause decides ("said on Tuesday it will march on Friday": Tuesday past, Friday ahead), else the
 * nearest after it; a clause with none takes the sentence's, read the same way.
 */
export function directionOf(text: string, start: number, end: number): Direction {
  // "since September 11", "since Monday": whatever the clause's tense, the date is behind.
  if (SINCE_BEFORE.test(text.slice(0, start))) return 'past';
  // `bracket-insertion`: an editor's words in square brackets ("the perceived threat [in the early hours of 14 February]
  // should be considered", "[30 November] will be going ahead") name what the speaker meant; only their own tense counts.
  const open = text.lastIndexOf('[', start);
  const close = open < 0 ? -1 : text.indexOf(']', end);
  if (open >= 0 && close >= 0 && !text.slice(open, start).includes(']')) return directionOf(text.slice(open + 1, close), start - open - 1, end - open - 1);
  // Inside a quotation only the speaker's words set the time: "…said, “December 13 is my birthday”" is not told in the past.
  // A quotation with no verb of tense of its own (a title: "Democracy after September 11") takes the sentence's.
  const quote = quotationSpans(text).find((q) => q.start < start && end < q.end);
  const quoted = quote ? text.slice(quote.start + 1, quote.end - 1) : '';
  if (quote && (PRESENT_TENSE.test(quoted) || findTenseMarkers(quoted).length)) return directionOf(quoted, start - quote.start - 1, end - quote.start - 1);
  const { from, to } = clauseBounds(text, start, end);
  const inClause = nearestMarker(findTenseMarkers(text.slice(from, to)), start - from, end - from);
  if (inClause || (from === 0 && to === text.length)) return inClause ?? 'either';
  return nearestMarker(tenseMarkers(text), start, end) ?? 'either';
}

/**
 * `plan-told-in-past`: a plan or an intention told from the past ("an increase planned for Oct. 15" that
 * Mr X "canceled", "had planned to impose Dec. 15", "threatened to boycott the July 2 elections", "a day
 * of action scheduled for December 8" that activists "were organizing"): the plan's date may lie on
 * either side of publication, so a year-less date is the one nearest it, neither the plan's future nor
 * the telling's past. Weekdays keep their own reading (a plan's weekday is the coming one).
 */
export function planToldInPast(text: string, start: number, end: number): boolean {
  const { from, to } = clauseBounds(text, start, end);
  const clause = text.slice(from, to);
  if (PAST_INTENTION.test(clause)) return true;
  const plans = [...clause.matchAll(PLAN_PHRASE)];
  if (!plans.length) return false;
  if (plans.some((p) => PAST_AUXILIARY.test(clause.slice(Math.max(0, p.index - 48), p.index)))) return true;
  // "is planned for" stands now; a bare participle ("a day of action scheduled for") takes the time of the sentence it hangs on.
  if (plans.some((p) => PRESENT_AUXILIARY.test(clause.slice(Math.max(0, p.index - 24), p.index)))) return false;
  const outside = (m: RegExpMatchArray) => !plans.some((p) => m.index! < p.index + p[0].length && p.index < m.index! + m[0].length);
  return [...clause.matchAll(PAST_WORD)].some(outside) || toldInPast(text.slice(0, from));
}

/** A present "be" right before a plan: it stands now ("is planned for", "are scheduled to"). */
const PRESENT_AUXILIARY = /\b(?:is|are|am|remains?)\s+(?:(?:still|now|also|currently)\s+)?$/i;

/**
 * `attributive-date`: a year-less date that names a thing ("the May 1 call", "an Oct. 26 letter") in a clause with no
 * tense of its own (an appositive: "Jane Roe, an organizer of the May 1 call, said …") is the one nearest
 * publication: the "said" of the sentence tells when it was said, not on which side the day lies.
 */
function attributiveUntensed(text: string, start: number, end: number): boolean {
  if (!DETERMINER_BEFORE.test(text.slice(0, start)) || !NOUN_AFTER.test(text.slice(end))) return false;
  const { from, to } = clauseBounds(text, start, end);
  return (from > 0 || to < text.length) && !findTenseMarkers(text.slice(from, to)).length && !PRESENT_TENSE.test(text.slice(from, to));
}

/** "the", "a", "an" or a possessive right before a date that names a thing. */
const DETERMINER_BEFORE = /\b(?:the|a|an|this|that|his|her|its|their|our)\s+$/i;
/** A lowercase noun right after it ("call", "letter", "elections"), not a preposition, an article or a verb. */
const NOUN_AFTER =
  /^\s+(?!(?:and|or|but|to|in|on|at|by|for|of|from|with|as|when|while|after|before|until|the|a|an|is|was|were|are|will|would|had|has|have|said|says)\b)\p{Ll}{3,}/u;

/** The words after a date that names a thing ("the Oct. 7 attacks on": "attacks"), none when it names none. */
function thingWords(text: string, start: number, end: number): string[] {
  if (!THING_DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 40), start))) return [];
  return THING_WORDS_AFTER.exec(text.slice(end))?.[1]?.trim().split(/\s+/) ?? [];
}

/** Whether the date at [start, end) names a thing ("the Oct. 7 attack", "a March 3 letter"), not when the story is at. */
export function namesAThing(text: string, start: number, end: number): boolean {
  return thingWords(text, start, end).length > 0;
}

/**
 * `named-by-its-day`: what a year-less date at [start, end) names when it names a thing ("the Oct. 7 attack", "the 22
 * June hearing"): 'done' for a thing known only once it has happened, 'scheduled' for a happening set ahead, else null.
 */
export function namedThing(text: string, start: number, end: number): { kind: 'done' | 'scheduled'; noun: string } | null {
  const before = THING_BEFORE_DATE.exec(text.slice(Math.max(0, start - 60), start))?.[1];
  for (const noun of [...thingWords(text, start, end), ...(before ? [before] : [])]) {
    if (DONE_THING_NOUN.has(noun)) return { kind: 'done', noun };
    if (SCHEDULED_THING_NOUN.has(noun)) return { kind: 'scheduled', noun };
  }
  return null;
}

/**
 * Which way a date written without its year points: the nearest when a plan is told from the past, when the date names a
 * thing in a clause with no tense; after "before" in a clause told in the past (`before-a-day`: "rallied shortly before
 * Election Day"), the day lies after the rally: in the past or soon ahead ('soon'); else as `directionOf`.
 */
export function yearlessDirectionOf(text: string, start: number, end: number): Direction {
  // `named-by-its-day`: the thing a date names says where it lies, whoever tells it and in whatever tense.
  const thing = namedThing(text, start, end)?.kind;
  if (thing === 'done') return 'past';
  if (thing === 'scheduled') {
    const told = directionOf(text, start, end);
    return told === 'future' ? 'future' : 'nearest';
  }
  if (quotationSpans(text).some((q) => q.start < start && end < q.end)) return directionOf(text, start, end);
  if (planToldInPast(text, start, end) || attributiveUntensed(text, start, end)) return 'nearest';
  const direction = directionOf(text, start, end);
  return direction === 'past' && BEFORE_A_DAY.test(text.slice(0, start)) ? 'soon' : direction;
}

function nearestMarker(markers: TenseMarker[], start: number, end: number): Direction | null {
  let before: TenseMarker | undefined;
  let after: TenseMarker | undefined;
  for (const t of markers) {
    if (t.end <= start) before = t;
    else if (t.start >= end) after ??= t;
  }
  return (before ?? after)?.direction ?? null;
}
