import type * as chrono from 'chrono-node';
import { calendarChrono } from '../../../../text/chronoParsers.js';
import { once } from '../../../../text/memo.js';
import type { Rule } from '../../../core/rules.js';
import type { DateSentence } from '../../types.js';
import { CALENDAR_WORD, MONTH_ABBREVIATIONS, PHRASE_LEAD, PHRASE_TRAIL } from './constants.js';

/**
 * What chrono-node reads as a calendar date or weekday in a sentence, before the refiners of
 * ./refiners/ drop what is no date of a happening and ../parsers/calendarDate.ts dates the rest.
 */
export interface CalendarCandidate {
  sentence: DateSentence;
  result: chrono.ParsedResult;
  /** The phrase without the preposition and punctuation chrono-node includes. */
  start: number;
  end: number;
  phrase: string;
  /** chrono-node's year is no year the text writes (`count-after-date`: "June 9, 30 people"). */
  yearUnwritten?: boolean;
}

/** Drops a calendar candidate that names no date of a happening. */
export interface CalendarRefiner extends Rule {
  drops(candidate: CalendarCandidate): boolean;
}

/**
 * chrono-node's casual English parser with only its calendar dates' and weekdays' parsers (picked by
 * class, src/text/chronoParsers.ts): faster, and no "22:10" glued to a date. Made on first use: the
 * answers load this module for its rules' names (--explain), and a bot starting from a snapshot reads no date.
 */
const calendarParser = once(calendarChrono);

/** Drops the preposition and punctuation chrono-node includes ("On Friday," -> "Friday"). */
export function trimPhrase(text: string, start: number, end: number): { start: number; end: number } | null {
  let phrase = text.slice(start, end);
  // `lone-bracket`: a bracket the phrase does not close or open is the sentence's ("Tuesday (early Wednesday AEST)"),
  // and one around all of it too ("(on Friday)").
  const count = (mark: string) => phrase.split(mark).length - 1;
  if (phrase.startsWith('(') && (count('(') > count(')') || phrase.endsWith(')'))) [start, phrase] = [start + 1, phrase.slice(1)];
  if (phrase.endsWith(')') && count(')') > count('(')) [end, phrase] = [end - 1, phrase.slice(0, -1)];
  const lead = PHRASE_LEAD.exec(phrase);
  if (lead) [start, phrase] = [start + lead[0].length, phrase.slice(lead[0].length)];
  const trail = PHRASE_TRAIL.exec(phrase);
  if (trail) [end, phrase] = [end - trail[0].length, phrase.slice(0, -trail[0].length)];
  if (phrase.endsWith('.') && !MONTH_ABBREVIATIONS.test(phrase.slice(0, -1))) [end, phrase] = [end - 1, phrase.slice(0, -1)];
  return phrase ? { start, end } : null;
}

/** chrono-node's calendar results in a sentence, trimmed; none when no month, weekday or date in figures is written. */
export function calendarCandidates(sentence: DateSentence): CalendarCandidate[] {
  const { text } = sentence;
  const results = CALENDAR_WORD.test(text) ? calendarParser().parse(text) : [];
  const candidates: CalendarCandidate[] = [];
  for (const result of results) {
    const span = trimPhrase(text, result.index, result.index + result.text.length);
    if (span) candidates.push({ sentence, result, ...span, phrase: text.slice(span.start, span.end) });
  }
  return candidates;
}
