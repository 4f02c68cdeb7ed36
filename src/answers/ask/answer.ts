import { z } from 'zod';
import type { Rule } from '../../annotate/core/rules.js';
import type { Corpus } from '../../pipeline/corpus.js';
import { Memo } from '../../pipeline/steps.js';
import { isStopword, processTerm, tokenize } from '../../search/terms.js';
import { formatPeriod } from '../../text/period.js';
import { CrowdSizeAnswerSchema, crowdSizeAnswer, type CrowdSizeAnswer, type CrowdSizeEvent } from '../crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../crowdSize/options.js';
import { SearchAnswerSchema, searchAnswer } from '../search/answer.js';
import { SearchOptionsSchema } from '../search/options.js';
import { TimelineAnswerSchema, timelineAnswer, type TimelineAnswer, type TimelineEntry } from '../timeline/answer.js';
import { TimelineOptionsSchema } from '../timeline/options.js';
import { WhoAnswerSchema, whoAnswer, type WhoAnswer } from '../who/answer.js';
import { WhoOptionsSchema } from '../who/options.js';
import type { AskOptions } from './options.js';
import { readQuestion, type AskedDates, type QuestionReading } from './read.js';
import { ENGINES, FALLBACK_RULES } from './rules.js';
import { countsPeople } from './words.js';

const ReadingSchema = z.object({
  /** The rule that routed the question (src/answers/ask/rules.ts), and its reason. */
  rule: z.string(),
  reason: z.string(),
  /** The words the question is about: the gathering's (crowd-size `event`), the happenings' (timeline `about`), the search's. */
  words: z.string().nullable(),
  /** The days the question names (timeline `from` and `to`), as it wrote them. */
  dates: z.object({ text: z.string(), from: z.string().nullable(), to: z.string().nullable() }).nullable(),
  /** The name looked up (who `name`), as the question wrote it. */
  name: z.string().nullable(),
  /** What the routed answer made of it: the gathering picked, the person or organisation found. */
  found: z.string().nullable(),
  /** The reading in a sentence: "crowd size of the march in Baghdad on 24 January 2020". */
  readAs: z.string(),
  /** The options the routed command was run with: `npm run ask -- <routedTo>` with these gives the same answer. */
  options: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const AskAnswerSchema = z.object({
  command: z.literal('ask'),
  question: z.string(),
  routedTo: z.enum(ENGINES),
  reading: ReadingSchema,
  /** One plain line built from the routed answer, or null when it has none to give (search, several names). */
  answerLine: z.string().nullable(),
  answer: z.union([CrowdSizeAnswerSchema, TimelineAnswerSchema, WhoAnswerSchema, SearchAnswerSchema]),
});
export type AskAnswer = z.infer<typeof AskAnswerSchema>;
export type AskReading = z.infer<typeof ReadingSchema>;

/** The latest day any article was published: relative dates in a question ("on Friday") count from it. */
const latestReport = new Memo<Corpus, string | null>(function* (corpus) {
  let latest: string | null = null;
  for (const a of corpus.articles) if (a.published && (!latest || a.published > latest)) latest = a.published;
  yield;
  return latest;
});

const NUMBER_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Eleven', 'Twelve'];
const counted = (n: number, noun: string) => `${NUMBER_WORDS[n] ?? n} ${noun}${n === 1 ? '' : 's'}`;

/** "Thousands" -> "thousands" inside a sentence; an acronym or a name's capital stays. */
const inSentence = (text: string) => (/^\p{Lu}\p{Ll}/u.test(text) && !/^\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text);

function crowdLine(e: CrowdSizeEvent): string {
  const [low, high] = [e.claims[0]!, e.claims.at(-1)!];
  if (e.claims.length === 1) return `One estimate: ${inSentence(low.text)}, given by ${low.claimant ?? low.quote.publisher ?? 'the report itself'}`;
  return `${counted(e.claims.length, 'estimate')}, from ${inSentence(low.text)} to ${inSentence(high.text)}; none is picked as right`;
}

const gatheringName = (e: { label: string; date: string | null; precision?: 'year' }) =>
  `${e.label}${!e.date ? '' : e.precision === 'year' ? ` in ${formatPeriod(e.date, 'year')}` : ` on ${formatPeriod(e.date)}`}`;

const IMPORTANCE = { day: 4, week: 3, month: 2, year: 1 } as const;
const QUOTES_READ = 3;

const termsOf = (text: string) => new Set(tokenize(text).flatMap((w) => (isStopword(w) ? [] : (processTerm(w) ?? []))));

/** How many of `wanted` (search terms) a text has; only its words that begin like one are stemmed (a long quote costs little). */
function sharedTerms(wanted: Set<string>, text: string): number {
  const starts = new Set([...wanted].map((t) => t.slice(0, 2)));
  const found = new Set<string>();
  for (const w of tokenize(text)) {
    if (!starts.has(w.slice(0, 2))) continue;
    const term = processTerm(w);
    if (term && wanted.has(term)) found.add(term);
  }
  return found.size;
}

/**
 * The happening the line names: the one whose quotes share most of the
 * question's words, then the most reported, a precise date before a vague
 * one, then the most passages.
 */
function leadEntry(a: TimelineAnswer, about: string | null): TimelineEntry | undefined {
  const wanted = termsOf(about ?? '');
  // The summary and the first quotes (one per article first) speak for an entry: reading all twenty of each costs more than the answer.
  const shared = new Map(
    a.entries.map((e) => [e, wanted.size ? sharedTerms(wanted, [e.summary, ...e.quotes.slice(0, QUOTES_READ).map((q) => q.text)].join(' ')) : 0]),
  );
  return [...a.entries].sort(
    (x, y) =>
      shared.get(y)! - shared.get(x)! ||
      y.articles * IMPORTANCE[y.precision] - x.articles * IMPORTANCE[x.precision] ||
      y.passages - x.passages ||
      x.date.localeCompare(y.date),
  )[0];
}

function rangeWords(d: AskedDates | null): string {
  if (!d || (!d.from && !d.to)) return '';
  if (d.from && d.to) return d.from === d.to ? ` on ${formatPeriod(d.from)}` : ` from ${formatPeriod(d.from)} to ${formatPeriod(d.to)}`;
  return d.from ? ` since ${formatPeriod(d.from)}` : ` up to ${formatPeriod(d.to!)}`;
}

const quoted = (text: string) => `“${text}”`;

/** The `limit` given to /ask, passed on to the routed answer (every one of them takes 1-25). */
type Limit = { limit?: number };

interface Routed {
  rule: Rule;
  options: Record<string, string | number>;
  answer: AskAnswer['answer'];
  answerLine: string | null;
  found: string | null;
  readAs: string;
}

function crowd(corpus: Corpus, reading: QuestionReading, limit: Limit): Routed | null {
  // Who turned out ("how many protesters") is what is counted, not which gathering: left out of `event`.
  const words = reading.words?.split(' ').filter((w) => !countsPeople(w)) ?? [];
  const event = [...words, reading.dates?.day].filter(Boolean).join(' ').slice(0, 200).trim();
  const options: Record<string, string | number> = { ...(event ? { event } : {}), ...limit };
  const answer: CrowdSizeAnswer = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse(options));
  const forecastOnly = answer.forecastOnly ?? [];
  if (!answer.events.length && !forecastOnly.length) return null;
  const one = answer.events.length + forecastOnly.length === 1 ? (answer.events[0] ?? forecastOnly[0]!) : null;
  const lead = answer.events[0];
  const answerLine = !lead
    ? null
    : one
      ? crowdLine(lead)
      : `${counted(answer.events.length, 'gathering')} with estimates; the most reported, the ${gatheringName(lead)}: ${crowdLine(lead)}`;
  return {
    rule: reading.rule!,
    options,
    answer,
    answerLine,
    found: one ? gatheringName(one) : null,
    readAs: one ? `crowd size of the ${gatheringName(one)}` : 'crowd size of every gathering the articles count',
  };
}

function timeline(corpus: Corpus, reading: QuestionReading, limit: Limit): Routed | null {
  const options = {
    ...limit,
    ...(reading.words ? { about: reading.words.slice(0, 300) } : {}),
    ...(reading.dates?.from ? { from: reading.dates.from } : {}),
    ...(reading.dates?.to ? { to: reading.dates.to } : {}),
  };
  const answer = timelineAnswer(corpus, TimelineOptionsSchema.parse(options));
  const lead = leadEntry(answer, reading.words);
  if (!lead) return null;
  return {
    rule: reading.rule!,
    options,
    answer,
    answerLine: `${formatPeriod(lead.date, lead.precision)}: ${lead.summary}`,
    found: null,
    readAs: `what happened${reading.words ? ` about ${quoted(reading.words)}` : ''}${rangeWords(reading.dates)}`,
  };
}

function who(corpus: Corpus, reading: QuestionReading, limit: Limit): Routed | null {
  if (!reading.name) return null;
  const options = { name: reading.name.slice(0, 100), ...limit };
  const answer: WhoAnswer = whoAnswer(corpus, WhoOptionsSchema.parse(options));
  if (!('match' in answer) || answer.match === 'none') return null;
  const entity = answer.entity;
  const role = entity?.roles[0]?.text;
  return {
    rule: reading.rule!,
    options,
    answer,
    answerLine: entity ? `${entity.name}${role ? `, ${role},` : ''} in ${entity.articles} article${entity.articles === 1 ? '' : 's'}` : null,
    found: entity?.name ?? null,
    readAs: entity ? `who ${quoted(reading.name)} is: ${entity.name}` : `who ${quoted(reading.name)} is: ${answer.suggestions.length} names match`,
  };
}

function search(corpus: Corpus, question: string, rule: Rule, limit: Limit): Routed {
  const options = { query: question.slice(0, 300), ...limit };
  const answer = searchAnswer(corpus, SearchOptionsSchema.parse(options));
  return { rule, options, answer, answerLine: null, found: null, readAs: `a search for ${quoted(options.query)}` };
}

const ROUTES = { 'crowd-size': crowd, timeline, who } as const;
const FALLBACK_OF = { 'crowd-size': FALLBACK_RULES.noMatchingGathering, timeline: FALLBACK_RULES.nothingDated, who: FALLBACK_RULES.noKnownName } as const;

/**
 * A plain question answered by the answer that fits it, read by rules
 * (rules.ts): a crowd size, a date, a name, else a search. A routed answer
 * with nothing to say (no such gathering, no such name, nothing dated) gives
 * way to search, so the reply is never a guess.
 */
export function askAnswer(corpus: Corpus, options: AskOptions): AskAnswer {
  const question = options.question.replace(/\s+/g, ' ').trim();
  const reading = readQuestion(question, latestReport.get(corpus));
  const engine = reading.engine;
  const limit: Limit = options.limit === undefined ? {} : { limit: options.limit };
  const routed = engine === 'search' ? null : ROUTES[engine](corpus, reading, limit);
  const chosen = routed ?? search(corpus, question, engine === 'search' ? (reading.rule ?? FALLBACK_RULES.anythingElse) : FALLBACK_OF[engine], limit);
  return {
    command: 'ask',
    question,
    routedTo: chosen.answer.command,
    reading: {
      rule: chosen.rule.name,
      reason: chosen.rule.reason,
      words: reading.words,
      dates: reading.dates ? { text: reading.dates.text, from: reading.dates.from, to: reading.dates.to } : null,
      name: reading.name,
      found: chosen.found,
      readAs: chosen.readAs,
      options: chosen.options,
    },
    answerLine: chosen.answerLine,
    answer: chosen.answer,
  };
}
