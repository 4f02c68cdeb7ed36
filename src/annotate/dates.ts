import * as chrono from 'chrono-node';
import { calendarChrono } from '../text/chronoParsers.js';
import type { Article } from '../corpus/types.js';
import { isoFromParts } from '../corpus/isoDate.js';
import { datelineLength } from '../passages/dateline.js';
import type { Passage } from '../passages/types.js';
import {
  addDays,
  firstOfMonth,
  firstOfYear,
  mondayOf,
  monthFor,
  parseIso,
  nearestWeekday,
  weekdayOf,
  weekdayOnOrAfter,
  weekdayOnOrBefore,
  yearFor,
  type Direction,
} from './dateCalendar.js';
import { resolveDateAnaphora } from './dateAnaphora.js';
import { resolveEventOffsets } from './dateEvents.js';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateMention {
  passageId: string;
  /** Offsets of the date phrase in the article file. */
  start: number;
  end: number;
  /** The phrase as written ("Tuesday", "Dec. 31", "last week"). */
  text: string;
  /** First day of the period meant, YYYY-MM-DD (weeks start on Monday). */
  date: string;
  precision: DatePrecision;
  /**
   * 'text': the phrase names its date in full ("December 31, 2019", "in 2003");
   * 'publication': resolved against the article's publication date ("Tuesday", "Dec. 31", "last week");
   * 'event': counted from another happening the corpus dates ("three days before the airstrike");
   * 'context': counted from the date the report has just given ("The next day", "two days later").
   */
  basis: 'text' | 'publication' | 'event' | 'context';
}

/** A date found in a piece of text; offsets are into that text. */
export type FoundDate = Omit<DateMention, 'passageId'>;

export function annotateDates(articles: Article[], passages: Passage[]): DateMention[] {
  const published = new Map(articles.map((a) => [a.id, a.published]));
  const mentions = passages.flatMap((p) =>
    findDates(p.text, published.get(p.articleId) ?? null).map((d) => ({
      ...d,
      passageId: p.id,
      start: p.start + d.start,
      end: p.start + d.end,
    })),
  );
  const offsets = resolveEventOffsets(passages, mentions);
  const anaphora = resolveDateAnaphora(passages, [...mentions, ...offsets], (id) => published.get(id) ?? null, looksAhead);
  if (!offsets.length && !anaphora.length) return mentions;
  // Back in reading order: passage by passage, phrase by phrase.
  const order = new Map(passages.map((p, i) => [p.id, i]));
  return [...mentions, ...offsets, ...anaphora].sort((a, b) => order.get(a.passageId)! - order.get(b.passageId)! || a.start - b.start);
}

/**
 * The dates a careful reader finds in one sentence of a report published on
 * `published` (YYYY-MM-DD, or null when unknown: then only self-contained dates count).
 */
export function findDates(text: string, published: string | null): FoundDate[] {
  const found: FoundDate[] = [];
  // A dateline's date is when the report was filed, not a happening.
  const dateline = datelineLength(text);
  for (const finder of PHRASE_FINDERS) {
    for (const m of text.matchAll(finder.pattern)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const phrase = m[0].trim();
      const resolved = finder.resolve(m, published, text, start);
      if (resolved && start >= dateline && !overlaps(found, start, start + phrase.length)) {
        found.push({ start, end: start + phrase.length, text: phrase, ...resolved });
      }
    }
  }
  // Event-relative phrases ("three days before the airstrike") are never dated from publication.
  const blocked = [...text.matchAll(EVENT_RELATIVE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const results = CALENDAR_WORD.test(text) ? CALENDAR_PARSER.parse(text) : [];
  for (const result of results) {
    const span = trimPhrase(text, result.index, result.index + result.text.length);
    if (!span || span.start < dateline || overlaps(found, span.start, span.end) || overlaps(blocked, span.start, span.end)) continue;
    const resolved = resolveChrono(result, text, span, published);
    if (resolved) found.push({ ...span, text: text.slice(span.start, span.end), ...resolved });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Every chrono-node result kept below names a month or a weekday or is written
 * in figures; most sentences have none, and chrono-node is the slow step.
 */
const CALENDAR_WORD =
  /\b(?:(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}/i;

/**
 * chrono-node's casual English parser without the parsers of times, durations
 * and casual references, whose results are all dropped below: only calendar
 * dates and weekdays are left to parse, which is faster and leaves no
 * "22:10" glued to a date.
 */
const CALENDAR_PARSER = calendarChrono(); // picked by class (src/text/chronoParsers.ts), not by constructor.name

type Resolved = Pick<FoundDate, 'date' | 'precision' | 'basis'>;

interface PhraseFinder {
  pattern: RegExp;
  resolve: (m: RegExpMatchArray, published: string | null, text: string, start: number) => Resolved | null;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const MONTH_ABBREVIATIONS = /\b(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)$/i;

/** Words before a bare month or year that make it a time ("in March", "since 2003", "late 2011", "planned for June"). */
const TIME_CUE =
  /\b(?:in|since|by|until|till|from|during|through|throughout|early|late|mid|before|after|between|and|or|to|of|last|next|this|around|as of|(?:(?:re)?scheduled|planned|slated|set|due|expected)\s+for)[\s-]+$/i;

/**
 * Before a bare year the cue must be stronger: "rose to 2000", "one of 1800"
 * are counts. Seasons and parts of a year take "of".
 */
const YEAR_CUE =
  /\b(?:in|since|by|until|till|from|during|through|throughout|before|after|as of|(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|half|quarter)\s+of)\s+$/i;

/** Days with a name of their own that are not "the most recent Friday". */
const NAMED_DAY_PREFIX = /\b(?:good|black|super|cyber|ash|holy|palm|easter|bloody|maundy|shrove|fat|blue|whit|plough|boxing)\s+$/i;

const EVENT_RELATIVE =
  /\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\d{1,3})\s+(?:days?|weeks?|months?|years?|hours?)|the\s+(?:day|week|month|year|night|morning))\s+(?:before|after|earlier|later|prior\s+to|following)\b/gi;

const PHRASE_FINDERS: PhraseFinder[] = [
  {
    // "last week", "earlier this month", "late last year"; not "the last year" (a duration).
    pattern: /\b(?:(?:earlier|later|early|late|mid-?)\s*)?(this|last|next)\s+(week|month|year)\b/gi,
    resolve: (m, published, text, start) => {
      if (!published || /\bthe\s+$/i.test(text.slice(0, start))) return null;
      const shift = { this: 0, last: -1, next: 1 }[m[1]!.toLowerCase() as 'this' | 'last' | 'next'];
      const unit = m[2]!.toLowerCase() as 'week' | 'month' | 'year';
      const pub = parseIso(published);
      if (unit === 'week') return { date: addDays(mondayOf(published), 7 * shift), precision: 'week', basis: 'publication' };
      if (unit === 'month') return { date: firstOfMonth(pub.year, pub.month + shift), precision: 'month', basis: 'publication' };
      return { date: firstOfYear(pub.year + shift), precision: 'year', basis: 'publication' };
    },
  },
  {
    // "this weekend", "last weekend": the week that holds that Saturday and Sunday (weeks start on Monday).
    pattern: /\b(this|last|next|past)\s+weekend\b/gi,
    resolve: (m, published, text, start) => {
      const which = m[1]!.toLowerCase();
      // "the past weekend" is the latest one; "the next weekend" of a story told in the past is not the reader's
      if (!published || (which !== 'past' && /\bthe\s+$/i.test(text.slice(0, start)))) return null;
      const day = weekdayOf(published); // 0 Sunday … 6 Saturday
      const atWeekend = day === 0 || day === 6;
      // "this weekend": the one under way, or just gone on a Monday, else the coming one
      const thisSaturday = atWeekend || day === 1 ? weekdayOnOrBefore(published, 6) : weekdayOnOrAfter(published, 6);
      // "last/past weekend": the latest one over before publication
      const lastSaturday = atWeekend ? addDays(weekdayOnOrBefore(published, 6), -7) : weekdayOnOrBefore(published, 6);
      const saturday = which === 'next' ? addDays(thisSaturday, 7) : which === 'this' ? thisSaturday : lastSaturday;
      return { date: mondayOf(saturday), precision: 'week', basis: 'publication' };
    },
  },
  {
    // "two days ago", "a year ago"; vague counts ("a few days ago") name no date.
    pattern: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(day|week|month|year)s?\s+ago\b/gi,
    resolve: (m, published) => {
      if (!published) return null;
      const n = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
      const unit = m[2]!.toLowerCase();
      const pub = parseIso(published);
      if (unit === 'day') return { date: addDays(published, -n), precision: 'day', basis: 'publication' };
      if (unit === 'week') return { date: mondayOf(addDays(published, -7 * n)), precision: 'week', basis: 'publication' };
      if (unit === 'month') return { date: firstOfMonth(pub.year, pub.month - n), precision: 'month', basis: 'publication' };
      return { date: firstOfYear(pub.year - n), precision: 'year', basis: 'publication' };
    },
  },
  {
    pattern: /\b(?:the\s+day\s+(before|after)\s+)?(yesterday|tomorrow)\b/gi,
    resolve: (m, published) => {
      if (!published) return null;
      const base = m[2]!.toLowerCase() === 'yesterday' ? -1 : 1;
      return { date: addDays(published, base * (m[1] ? 2 : 1)), precision: 'day', basis: 'publication' };
    },
  },
  {
    // "today" only when the clause reports something done that day, not "Iraq today is …".
    pattern: /\b(?:earlier\s+|later\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b/gi,
    resolve: (m, published, text, start) => {
      if (!published) return null;
      const clause = clauseAround(text, start, start + m[0].trim().length);
      const early = /^(?:earlier|later)\b/i.test(m[0].trim());
      if (!early && (!toldInPast(clause) || PRESENT_TENSE.test(clause) || looksAhead(clause))) return null;
      return { date: published, precision: 'day', basis: 'publication' };
    },
  },
  {
    // A bare year after a time word: "in 2003", "late 2011", "since 1979"; not "the 2003 invasion" or "2,003".
    pattern: /\b(?:early|late|mid)?-?\s*((?:1[6-9]|20)\d{2})\b(?![,.]?\d|\s*(?:%|percent|people|troops|members))/gi,
    resolve: (m, _published, text, start) => {
      const before = text.slice(0, start);
      const qualified = /^(?:early|late|mid)/i.test(m[0].trim());
      if (!qualified && !YEAR_CUE.test(before)) return null;
      if (/[\d$£€]\s*$|[-–/]$/.test(before)) return null;
      return { date: firstOfYear(Number(m[1])), precision: 'year', basis: 'text' };
    },
  },
];

/**
 * Words that put a clause ahead of publication: the future ("will", "is due to",
 * "is to", "plans to", "upcoming", "ahead of") and a plan in the present tense
 * ("is expected", "are scheduled"). "will" the noun ("the will of the people") is
 * not the future. Plans without an auxiliary are PLAN_PHRASE.
 */
const FUTURE_WORD =
  /\bwill\b(?<!\b(?:the|their|his|her|its|our|your|my|political|free|good|popular|own|public|ill)\s+will)(?!\s+of\b)|\b(?:won['’]t|shall)\b|\w['’]ll\b|\b(?:is|are|am)\s+(?:(?:due|set|going|poised|planning|about)\s+to|to(?!\s+blame)|(?:(?:now|also|still)\s+)?(?:expected|planned|scheduled|slated|due))\b|\b(?:plan|intend|aim|vow|pledge|promise|threaten|hope)s?\s+to\b|\b(?:upcoming|forthcoming|ahead\s+of|later\s+this\s+(?:week|month|year)|in\s+the\s+(?:coming|next)\s+(?:days|weeks|months))\b/gi;

/**
 * A plan and its date ("a rally planned for", "set for", "scheduled to", "to be
 * held"): these look ahead unless the plan itself is told in the past ("was planned for", "had been scheduled for", "was to be held"), see PAST_AUXILIARY.
 * "due to" only before a verb: "due to rain" is a cause.
 */
const PLAN_PHRASE =
  /\b(?:(?:(?:re)?scheduled|planned|slated|timetabled|set|expected|due)\s+for|(?:(?:re)?scheduled|planned|slated|expected|due)\s+(?:on|next)|(?:(?:re)?scheduled|slated|expected)\s+to|set\s+to(?!\s+work)|(?:(?:re)?scheduled|planned|slated|expected|due)\s+in(?!\s+(?:part|large|no|some|vain|turn)\b)|due\s+(?:by|to\s+(?:be|take|start|begin|open|close|end|meet|vote|rule|sign|arrive|return|resume|visit|speak|appear|testify))|to\s+be\s+held|to\s+take\s+place)\b/gi;

/** What makes a plan a past one: "was", "were", "had" (been, originally …) right before it. */
const PAST_AUXILIARY = /\b(?:was|were|had)\s+(?:(?:been|being|originally|initially|previously|already|also|once|first|then|not|never)\s+){0,3}$/i;

const PAST_WORD =
  /\b(?:was|were|had|did|said|told|came|went|took|gave|made|broke|began|left|met|fled|fought|held|led|ran|sent|spoke|stood|struck|threw|won|lost|killed|[a-z]{3,}ed)\b/g;

/** A participle after "be"/"being" carries no tense of its own ("will be held", "to be completed"). */
const BARE_BE = /\bbe(?:ing)?\s+$/i;

const PRESENT_TENSE = /\b(?:is|are|am|remains?|seems?)\b/i;

/**
 * The future seen from the past ("said the ministers would present proposals by
 * March 26", "unions called a second day of action for January 31"): after the
 * saying or the call, but on either side of publication.
 */
const REPORTED_FUTURE =
  /\bwould(?:n['’]t)?\b|\bfor(?=\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))/gi;

interface TenseMarker {
  start: number;
  end: number;
  direction: 'past' | 'future' | 'nearest';
}

/** Dates in one sentence are resolved one after another: its markers are found once. */
let lastMarkers: { text: string; markers: TenseMarker[] } = { text: '', markers: [] };

/** The words of `text` that set the time of what is told, in text order. */
function tenseMarkers(text: string): TenseMarker[] {
  if (lastMarkers.text !== text) lastMarkers = { text, markers: findTenseMarkers(text) };
  return lastMarkers.markers;
}

function findTenseMarkers(text: string): TenseMarker[] {
  const future: TenseMarker[] = [];
  for (const m of text.matchAll(FUTURE_WORD)) future.push({ start: m.index, end: m.index + m[0].length, direction: 'future' });
  for (const m of text.matchAll(PLAN_PHRASE)) {
    if (PAST_AUXILIARY.test(text.slice(Math.max(0, m.index - 48), m.index))) continue;
    future.push({ start: m.index, end: m.index + m[0].length, direction: 'future' });
  }
  // "planned for Saturday": the plan looks ahead; its "for" adds nothing.
  const reported: TenseMarker[] = [...text.matchAll(REPORTED_FUTURE)]
    .map((m): TenseMarker => ({ start: m.index, end: m.index + m[0].length, direction: 'nearest' }))
    .filter((r) => !overlaps(future, r.start, r.end));
  const past: TenseMarker[] = [];
  for (const m of text.matchAll(PAST_WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    // "planned" in "planned for" belongs to the plan; "held" in "will be held" to the future.
    if (overlaps(future, start, end) || BARE_BE.test(text.slice(Math.max(0, start - 8), start))) continue;
    past.push({ start, end, direction: 'past' });
  }
  return [...future, ...reported, ...past].sort((a, b) => a.start - b.start);
}

/** Whether the clause looks ahead of publication anywhere in it. */
function looksAhead(clause: string): boolean {
  return tenseMarkers(clause).some((t) => t.direction === 'future');
}

/** Whether the clause tells anything in the past tense. */
function toldInPast(clause: string): boolean {
  return tenseMarkers(clause).some((t) => t.direction === 'past');
}

const CLAUSE_OPEN = new Set([',', ';', ':', '—', '–', '(', '“', '"']);
const CLAUSE_CLOSE = new Set([',', ';', ':', '—', '–', ')', '”', '"']);
const DIGIT = /\d/;

/** A comma between digits ("50,000") is part of a number, not a clause break. */
function breaksClause(text: string, i: number, marks: Set<string>): boolean {
  const c = text[i]!;
  if (!marks.has(c)) return false;
  return c !== ',' || !(DIGIT.test(text[i - 1] ?? '') && DIGIT.test(text[i + 1] ?? ''));
}

/** The clause around a span: the stretch between clause punctuation. */
function clauseBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && !breaksClause(text, from - 1, CLAUSE_OPEN)) from--;
  let to = end;
  while (to < text.length && !breaksClause(text, to, CLAUSE_CLOSE)) to++;
  return { from, to };
}

function clauseAround(text: string, start: number, end: number): string {
  const { from, to } = clauseBounds(text, start, end);
  return text.slice(from, to);
}

/**
 * Which way from publication a relative date points. The tense word nearest
 * before the date in its clause decides ("said on Tuesday it will march on
 * Friday": Tuesday past, Friday ahead), else the nearest after it; a clause
 * with none takes the sentence's, read the same way.
 */
function directionOf(text: string, start: number, end: number): Direction {
  const { from, to } = clauseBounds(text, start, end);
  const inClause = nearestMarker(findTenseMarkers(text.slice(from, to)), start - from, end - from);
  if (inClause || (from === 0 && to === text.length)) return inClause ?? 'either';
  return nearestMarker(tenseMarkers(text), start, end) ?? 'either';
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

/** Drops the preposition and punctuation chrono-node includes ("On Friday," -> "Friday"). */
function trimPhrase(text: string, start: number, end: number): { start: number; end: number } | null {
  let phrase = text.slice(start, end);
  const lead = /^(?:\s|(?:on|in|at|by|since|from|until|during|of|the)\s+)+/i.exec(phrase);
  if (lead) [start, phrase] = [start + lead[0].length, phrase.slice(lead[0].length)];
  const trail = /[\s,;:]+$/.exec(phrase);
  if (trail) [end, phrase] = [end - trail[0].length, phrase.slice(0, -trail[0].length)];
  if (phrase.endsWith('.') && !MONTH_ABBREVIATIONS.test(phrase.slice(0, -1))) [end, phrase] = [end - 1, phrase.slice(0, -1)];
  return phrase ? { start, end } : null;
}

function overlaps(spans: { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && start < s.end);
}

const MONTH_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;

function resolveChrono(
  result: chrono.ParsedResult,
  text: string,
  span: { start: number; end: number },
  published: string | null,
): Resolved | null {
  const c = result.start;
  const phrase = text.slice(span.start, span.end);
  const tags = result.tags();
  // Durations, "now", and offsets from some other moment are not dates of happenings.
  if (tags.has('result/relativeDate') || tags.has('casualReference/now')) return null;
  if (/\b(?:now|today|tonight|before|after|earlier|later|following|prior|ago)\b/i.test(phrase)) return null;

  const month = MONTH_WORD.exec(phrase);
  if (month) {
    // "march" the verb or noun, "May" the name: a month is capitalised and reads as a time.
    if (month[0][0] !== month[0][0]!.toUpperCase()) return null;
    if (!c.isCertain('day') && !c.isCertain('year') && !TIME_CUE.test(text.slice(0, span.start + month.index))) return null;
  } else if (/^[\d\s./-]+$/.test(phrase) && !c.isCertain('year')) {
    return null; // "1/2" is a fraction more often than 2 January
  }

  const direction = directionOf(text, span.start, span.end);
  if (c.isCertain('month') && c.isCertain('day')) {
    const m = c.get('month')!;
    const d = c.get('day')!;
    if (c.isCertain('year')) {
      const iso = isoFromParts(c.get('year')!, m, d);
      return iso ? { date: iso, precision: 'day', basis: 'text' } : null;
    }
    if (!published) return null;
    const iso = yearFor(m, d, published, direction);
    return iso ? { date: iso, precision: 'day', basis: 'publication' } : null;
  }
  if (c.isCertain('month')) {
    if (c.isCertain('year')) return { date: firstOfMonth(c.get('year')!, c.get('month')!), precision: 'month', basis: 'text' };
    if (!published) return null;
    return { date: monthFor(c.get('month')!, published, direction), precision: 'month', basis: 'publication' };
  }
  if (c.isCertain('weekday') && !c.isCertain('day')) {
    if (!published || NAMED_DAY_PREFIX.test(text.slice(0, span.start))) return null;
    const weekday = c.get('weekday')!;
    const modifier = /^(last|next|this|past|coming)\b/i.exec(phrase)?.[1]?.toLowerCase();
    let date: string;
    if (modifier === 'last' || modifier === 'past') date = weekdayOnOrBefore(published, weekday, true);
    else if (modifier === 'next' || modifier === 'coming') date = weekdayOnOrAfter(published, weekday, true);
    // News convention: a bare weekday is the latest such day on or before publication, unless the clause looks ahead.
    else if (direction === 'future') date = weekdayOnOrAfter(published, weekday);
    else if (direction === 'nearest') date = nearestWeekday(published, weekday);
    else date = weekdayOnOrBefore(published, weekday);
    return { date, precision: 'day', basis: 'publication' };
  }
  return null;
}
