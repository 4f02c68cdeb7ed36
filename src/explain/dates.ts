import type { DateMention } from '../annotate/dates/types.js';
import { DATE_RULES } from '../annotate/dates/index.js';
import { WEEKDAY_MODIFIER } from '../annotate/dates/locales/en/constants.js';
import { directionOf, namedThing, yearlessDirectionOf } from '../annotate/dates/locales/en/tense.js';
import type { Direction } from '../annotate/dates/calendar.js';
import { explainRules, longDate, periodWords, reportOf, type Explanation, type TextBuilder } from './explanation.js';

/** One date as --explain tells of it: the mention, the sentence it is in, and its report's publication date. */
export interface DateInstance {
  mention: Pick<DateMention, 'text' | 'date' | 'precision' | 'basis' | 'start' | 'end' | 'rules'>;
  /** The passage's text, and where it starts in the article file (mention offsets are the file's). */
  sentence: { text: string; start: number };
  published: string | null;
}

const WEEKDAY = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/i;

const TOLD: Record<Direction, string> = {
  past: 'told in the past',
  future: 'told as something ahead',
  either: 'with no tense to say which way',
  nearest: 'after something told in the past',
  soon: 'as a day something told in the past came before',
};

/** Which way the sentence's tense points from the date: what a weekday or a day without a year is counted by. */
function toldAs({ mention, sentence }: DateInstance): Direction {
  return directionOf(sentence.text, mention.start - sentence.start, mention.end - sentence.start);
}

const lead = ({ mention, published }: DateInstance) => `'${mention.text}' in ${reportOf(published)}`;

/** A weekday without a date: the day its modifier or tense picks, as calendarDate counts it. */
function weekdayText(d: DateInstance, weekday: string): string {
  const modifier = WEEKDAY_MODIFIER.exec(d.mention.text)?.[1]?.toLowerCase();
  const day = longDate(d.mention.date);
  if (modifier === 'last' || modifier === 'past') return `${lead(d)}, '${modifier}': the ${weekday} before publication, ${day}`;
  if (modifier === 'next' || modifier === 'coming') return `${lead(d)}, '${modifier}': the ${weekday} after publication, ${day}`;
  const direction = toldAs(d);
  if (direction === 'future') return `${lead(d)}, ${TOLD.future}: the first ${weekday} on or after publication, ${day}`;
  if (direction === 'nearest') return `${lead(d)}, ${TOLD.nearest}: the ${weekday} nearest publication, ${day}`;
  return `${lead(d)}, ${TOLD[direction]}: the latest ${weekday} on or before publication, ${day}`;
}

function calendarText(d: DateInstance): string {
  const { mention } = d;
  const when = periodWords(mention.date, mention.precision);
  if (mention.basis === 'text') return `'${mention.text}' writes its date in full: ${when}, whenever the report was published`;
  const weekday = WEEKDAY.exec(mention.text)?.[1];
  if (weekday && !/\d/.test(mention.text)) return weekdayText(d, weekday[0]!.toUpperCase() + weekday.slice(1).toLowerCase());
  return `${lead(d)}, ${yearlessTold(d)}: no year is written, so the year that puts it nearest publication that way, ${when}`;
}

/** How a day written without its year is read: by the thing it names (`named-by-its-day`), else by its sentence. */
function yearlessTold({ mention, sentence }: DateInstance): string {
  const [start, end] = [mention.start - sentence.start, mention.end - sentence.start];
  const thing = namedThing(sentence.text, start, end);
  if (thing?.kind === 'done') return `naming a thing known only once it happened ('${thing.noun}')`;
  if (thing?.kind === 'scheduled') return `naming a happening set ahead ('${thing.noun}'), on either side of publication unless told as ahead`;
  return TOLD[yearlessDirectionOf(sentence.text, start, end)];
}

const fromPublication = (d: DateInstance) => `${lead(d)}: counted from publication, ${periodWords(d.mention.date, d.mention.precision)}`;

/** The sentence of each date rule that has one of its own; the others say their reason. */
export const DATE_TEXTS: Record<string, TextBuilder<DateInstance>> = {
  'calendar-date': calendarText,
  'relative-period': fromPublication,
  weekend: fromPublication,
  'units-ago': fromPublication,
  'counted-ahead': fromPublication,
  'yesterday-tomorrow': fromPublication,
  'today-when-told': (d) => `${lead(d)}, in a clause telling what was done that day: the publication date, ${longDate(d.mention.date)}`,
  'bare-year': (d) => `'${d.mention.text}': a year after a time word or with its part, ${periodWords(d.mention.date, d.mention.precision)}`,
  'event-offset': (d) =>
    `'${d.mention.text}': counted from the day the articles plainly give that happening, ${periodWords(d.mention.date, d.mention.precision)}`,
  'context-day': (d) =>
    `'${d.mention.text}': counted from the date the report has just given, never from publication, ${periodWords(d.mention.date, d.mention.precision)}`,
};

/** The rules that made a date, in words. */
export function explainDate(d: DateInstance): Explanation[] {
  return explainRules(DATE_RULES, d.mention.rules ?? [], d, lead(d), DATE_TEXTS);
}
