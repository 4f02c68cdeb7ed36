import { z } from 'zod';
import { addDays, firstOfMonth, firstOfYear, parseIso } from '../annotate/dateCalendar.js';
import type { DateMention, DatePrecision } from '../annotate/dates.js';
import type { Passage } from '../passages/types.js';
import type { Corpus } from '../pipeline/corpus.js';
import { searchPassages } from '../search/passageIndex.js';
import { processTerm, tokenize } from '../search/terms.js';
import { dateOption, limitOption, textOption } from './options.js';
import { QuoteSchema, quoteOf } from './quote.js';

export const TimelineOptionsSchema = z
  .object({
    from: dateOption.optional(),
    to: dateOption.optional(),
    about: textOption(300).optional(),
    limit: limitOption(100, 12),
  })
  .strict()
  .refine((o) => !o.from || !o.to || o.from <= o.to, { message: 'must not be after --to', path: ['from'] });
export type TimelineOptions = z.infer<typeof TimelineOptionsSchema>;

const PRECISIONS = ['day', 'week', 'month', 'year'] as const;

export const TimelineEntrySchema = z.object({
  /** First day of the period, YYYY-MM-DD. */
  date: z.string(),
  precision: z.enum(PRECISIONS),
  /** The most representative passage of the happening, verbatim (trimmed when long). */
  summary: z.string(),
  /** How many articles report it. */
  articles: z.number().int(),
  quotes: z.array(QuoteSchema),
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const TimelineAnswerSchema = z.object({
  command: z.literal('timeline'),
  /** Dated happenings that passed the filters, before `limit` kept the most reported. */
  total: z.number().int(),
  entries: z.array(TimelineEntrySchema),
});
export type TimelineAnswer = z.infer<typeof TimelineAnswerSchema>;

/** The dated happenings the corpus reports, merged across articles, oldest first. */
export function timelineAnswer(corpus: Corpus, options: TimelineOptions): TimelineAnswer {
  let mentions = corpus.annotations.dates.filter((m) => overlapsRange(m, options.from, options.to));
  if (options.about) {
    const relevant = relevantPassages(corpus, options.about);
    mentions = mentions.filter((m) => relevant.has(m.passageId));
  }
  const happenings = groupHappenings(corpus, mentions);
  const kept = happenings
    .sort(
      (a, b) =>
        b.articles.size - a.articles.size ||
        b.passages.length - a.passages.length ||
        PRECISIONS.indexOf(a.precision) - PRECISIONS.indexOf(b.precision) ||
        a.date.localeCompare(b.date),
    )
    .slice(0, options.limit)
    .sort((a, b) => a.date.localeCompare(b.date) || PRECISIONS.indexOf(b.precision) - PRECISIONS.indexOf(a.precision));
  return {
    command: 'timeline',
    total: happenings.length,
    entries: kept.map((h) => ({
      date: h.date,
      precision: h.precision,
      summary: trimSummary(h.summary.text),
      articles: h.articles.size,
      quotes: h.passages.map((p) => quoteOf(corpus, p)),
    })),
  };
}

/** The last day of the period a mention names. */
export function periodEnd(date: string, precision: DatePrecision): string {
  const d = parseIso(date);
  if (precision === 'day') return date;
  if (precision === 'week') return addDays(date, 6);
  if (precision === 'month') return addDays(firstOfMonth(d.year, d.month + 1), -1);
  return addDays(firstOfYear(d.year + 1), -1);
}

/** A period counts when any of it falls inside [from, to]. */
function overlapsRange(m: DateMention, from?: string, to?: string): boolean {
  return (!from || periodEnd(m.date, m.precision) >= from) && (!to || m.date <= to);
}

/**
 * Passages the index finds for `about`. Matching is OR over the words, so weak
 * hits (one common word, a fuzzy match) are cut relative to the best one.
 */
function relevantPassages(corpus: Corpus, about: string): Set<string> {
  const hits = searchPassages(corpus.index, about);
  const best = hits[0]?.score ?? 0;
  return new Set(hits.filter((h) => h.score >= best * RELEVANCE_CUT).map((h) => h.id));
}
const RELEVANCE_CUT = 0.25;

interface Happening {
  date: string;
  precision: DatePrecision;
  passages: Passage[];
  articles: Set<string>;
  summary: Passage;
}

/**
 * Same date, then same happening: passages dated alike are linked when the
 * words they share are rare enough in the corpus to say they tell one story
 * (summed inverse document frequency), and linked passages form one entry.
 */
function groupHappenings(corpus: Corpus, mentions: DateMention[]): Happening[] {
  const byDate = new Map<string, { date: string; precision: DatePrecision; passages: Map<string, Passage> }>();
  for (const m of mentions) {
    const passage = corpus.passageById.get(m.passageId);
    if (!passage) continue;
    const key = `${m.precision}|${m.date}`;
    let group = byDate.get(key);
    if (!group) byDate.set(key, (group = { date: m.date, precision: m.precision, passages: new Map() }));
    group.passages.set(passage.id, passage);
  }
  const stats = termStats(corpus);
  const out: Happening[] = [];
  for (const group of byDate.values()) {
    for (const cluster of clusterPassages(corpus, [...group.passages.values()], stats)) {
      out.push({ date: group.date, precision: group.precision, ...cluster });
    }
  }
  return out;
}

interface TermStats {
  idf: Map<string, number>;
  termsOf: (p: Passage) => Set<string>;
  /** Summed rarity of the words two passages share that makes them one happening. */
  sameHappening: number;
}

const statsCache = new WeakMap<Corpus, TermStats>();

/** Words that date a passage, not tell what happened in it. */
const CALENDAR_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|day|days|week|weeks|month|months|year|years|today|yesterday|tomorrow|earlier|later|last|next|this|\d{1,4})$/;

/**
 * Document frequencies count distinct passage texts, so syndicated copies do
 * not make a story's own words look common.
 */
function termStats(corpus: Corpus): TermStats {
  const cached = statsCache.get(corpus);
  if (cached) return cached;
  const terms = new Map<string, Set<string>>();
  const termsOf = (p: Passage) => {
    let set = terms.get(p.id);
    if (!set) {
      set = new Set(
        tokenize(p.text)
          .filter((w) => !CALENDAR_WORD.test(w))
          .map((w) => processTerm(w))
          .filter((t): t is string => !!t),
      );
      terms.set(p.id, set);
    }
    return set;
  };
  const distinct = new Map<string, Passage>();
  for (const p of corpus.passages) distinct.set(normalised(p.text), p);
  const df = new Map<string, number>();
  for (const p of distinct.values()) for (const t of termsOf(p)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = Math.max(distinct.size, 2);
  const idf = new Map([...df].map(([t, count]) => [t, Math.log(n / count)]));
  // Sharing words worth one word found nowhere else in the corpus: a bar that rises with the corpus.
  const stats = { idf, termsOf, sameHappening: Math.log(n) };
  statsCache.set(corpus, stats);
  return stats;
}

function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clusterPassages(corpus: Corpus, passages: Passage[], stats: TermStats): Omit<Happening, 'date' | 'precision'>[] {
  // Word-for-word copies (syndicated wire text) are one node, so a large corpus costs no more to compare.
  const nodes = new Map<string, Passage[]>();
  for (const p of passages) {
    const key = normalised(p.text);
    nodes.set(key, [...(nodes.get(key) ?? []), p]);
  }
  const members = [...nodes.values()];
  const terms = members.map((ps) => stats.termsOf(ps[0]!));
  const parent = members.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const affinity = members.map(() => 0);
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const shared = sharedRarity(terms[i]!, terms[j]!, stats.idf);
      affinity[i] = affinity[i]! + shared;
      affinity[j] = affinity[j]! + shared;
      if (shared >= stats.sameHappening) parent[find(i)] = find(j);
    }
  }
  const clusters = new Map<number, number[]>();
  for (let i = 0; i < members.length; i++) clusters.set(find(i), [...(clusters.get(find(i)) ?? []), i]);
  return [...clusters.values()].map((idx) => {
    const ps = idx.flatMap((i) => members[i]!).sort((a, b) => readingOrder(corpus, a, b));
    // The most representative passage: the one sharing most with the others, copies counted.
    const central = idx.reduce((best, i) =>
      affinity[i]! * members[i]!.length > affinity[best]! * members[best]!.length ? i : best,
    );
    return { passages: ps, articles: new Set(ps.map((p) => p.articleId)), summary: members[central]![0]! };
  });
}

function sharedRarity(a: Set<string>, b: Set<string>, idf: Map<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const t of small) if (large.has(t)) sum += idf.get(t) ?? 0;
  return sum;
}

/** Oldest report first, then article, then place in the article. */
function readingOrder(corpus: Corpus, a: Passage, b: Passage): number {
  const published = (p: Passage) => corpus.articleById.get(p.articleId)?.published ?? '9999';
  return published(a).localeCompare(published(b)) || a.articleId.localeCompare(b.articleId) || a.start - b.start;
}

const SUMMARY_MAX = 240;

/** The passage as a one-line summary: whitespace collapsed, a leading list dash dropped, long text cut at a word. */
export function trimSummary(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim().replace(/^[-–•*]\s+/, '');
  if (line.length <= SUMMARY_MAX) return line;
  const cut = line.slice(0, SUMMARY_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX / 2)).replace(/[\s,;:]+$/, '')}…`;
}
