import { findDates, type FoundDate } from '../../annotate/dates/index.js';
import { foldedWords } from '../../text/fold.js';
import { periodEnd } from '../timeline/answer.js';
import { routeRule, type Engine, type RouteRule } from './rules.js';
import { AMBIGUOUS_MONTHS, CALENDAR_WORDS, CLAUSE_BREAKS, QUESTION_FILLERS, RANGE_FROM, RANGE_TO, SHORTHANDS, WHO_VERBS } from './words.js';

/** The dates a question names, as the range of days it asks about. */
export interface AskedDates {
  /** The phrases as written in the question ("31 December", "since Friday"). */
  text: string;
  from: string | null;
  to: string | null;
  /** The first day the question names exactly, for picking a gathering by its date. */
  day: string | null;
}

/** How the rules read a question, before any answer is run. */
export interface QuestionReading {
  engine: Engine;
  rule: RouteRule | null;
  /** The question's words that say what it is about (the cue words, fillers and dates left out), or null when none is left. */
  words: string | null;
  dates: AskedDates | null;
  /** The words after the ask of a name ("who is <sadr>"), or null. */
  name: string | null;
}

/**
 * The question's words, folded, shorthands spelled out ("hw mny ppl" -> "how
 * many people"), so the rules read one spelling.
 */
export function questionWords(question: string): string[] {
  return foldedWords(question).flatMap((w) => (SHORTHANDS[w] ?? w).split(' '));
}

/** The question with month and weekday names capitalised: chrono-node reads "31 december" only as "31 December". */
function calendarCased(question: string): string {
  return question.replace(/\p{L}+/gu, (word, at: number) => {
    const lower = word.toLowerCase();
    const beside = /\d/.test(question.slice(Math.max(0, at - 3), at)) || /^\s*\d/.test(question.slice(at + word.length, at + word.length + 3));
    if (CALENDAR_WORDS.has(lower) || (AMBIGUOUS_MONTHS.has(lower) && beside)) return lower[0]!.toUpperCase() + lower.slice(1);
    return word;
  });
}

/** The word just before `at` in `text`, folded. */
function wordBefore(text: string, at: number): string {
  return foldedWords(text.slice(0, at)).at(-1) ?? '';
}

/**
 * The days a question asks about, from the dates in it as the annotator reads
 * them (relative ones counted from `today`, the story's latest report): "since
 * X" from X on, "before X" up to X, "between X and Y" both, a date alone its period.
 */
export function askedDates(question: string, today: string | null): AskedDates | null {
  const text = calendarCased(question);
  const found = findDates(text, today);
  if (!found.length) return null;
  const first = found[0]!;
  const end = (d: FoundDate) => periodEnd(d.date, d.precision);
  const before = wordBefore(text, first.start);
  const day = found.find((d) => d.precision === 'day')?.date ?? null;
  const phrases = found.map((d) => d.text).join(', ');
  const second = found[1];
  if (second && /\b(?:between|from)\b/i.test(text.slice(0, first.start)) && /\b(?:and|to|until|till)\b/i.test(text.slice(first.end, second.start))) {
    return { text: phrases, from: first.date, to: end(second), day };
  }
  if (RANGE_FROM.has(before)) return { text: `${before} ${first.text}`, from: first.date, to: null, day };
  if (RANGE_TO.has(before)) return { text: `${before} ${first.text}`, from: null, to: end(first), day };
  return { text: phrases, from: first.date, to: end(first), day };
}

/** The words of the question's clause from `from` on, up to a word that opens another clause. */
function clauseFrom(words: readonly string[], from: number): string[] {
  const out: string[] = [];
  for (const w of words.slice(from)) {
    if (out.length && CLAUSE_BREAKS.has(w)) break;
    out.push(w);
  }
  return out;
}

/** What is left of some words once the asking words and the date phrases are gone. */
function contentWords(words: readonly string[], dates: AskedDates | null): string[] {
  const dateWords = new Set(dates ? questionWords(dates.text) : []);
  return words.filter((w) => !QUESTION_FILLERS.has(w) && !dateWords.has(w));
}

const joined = (words: readonly string[]) => (words.length ? words.join(' ') : null);

/** Reads a question: which answer it asks for, and with what (words, dates, a name). */
export function readQuestion(question: string, today: string | null): QuestionReading {
  const words = questionWords(question);
  const dates = askedDates(question, today);
  const routed = routeRule(words, dates !== null);
  if (!routed) return { engine: 'search', rule: null, words: joined(words), dates, name: null };
  const { rule, at } = routed;
  if (rule.engine === 'who') {
    // The name is in the clause that asks for it: "who is sadr and why did he call the march".
    const clause = clauseFrom(words, at).slice(1);
    return { engine: 'who', rule, words: joined(contentWords(words, dates)), dates, name: joined(contentWords(clause, null).filter((w) => !WHO_VERBS.has(w))) };
  }
  return { engine: rule.engine, rule, words: joined(contentWords(words, dates)), dates, name: null };
}
