import { z } from 'zod';
import { addDays, firstOfMonth, parseIso } from '../../annotate/dates/calendar.js';
import type { DateMention, DatePrecision } from '../../annotate/dates/index.js';
import type { Passage } from '../../passages/types.js';
import type { Corpus } from '../../pipeline/corpus.js';
import { passageFilter, searchPassages, type PassageFilter } from '../../search/passageIndex.js';
import type { TimelineOptions } from './options.js';
import { QuoteSchema, quoteOf } from '../quote.js';
import { explainDate } from '../../explain/dates.js';
import { distinct, ExplainField, type Explanation } from '../../explain/explanation.js';
import { every, Memo, sortSteps, type Pause, type Steps } from '../../pipeline/steps.js';
import { groupHappenings, readingOrderSteps, type Happening } from './happenings.js';
import { dayFeatureSteps } from './dayFeatures.js';
import { dayScore, explainCountRank, explainDayRank, featureScale, ranksByFit } from './dayRanking.js';

export { periodEnd } from './happenings.js';

const PRECISIONS = ['day', 'week', 'month', 'year'] as const;

export const TimelineEntrySchema = z.object({
  /** First day of the period, YYYY-MM-DD. */
  date: z.string(),
  precision: z.enum(PRECISIONS),
  /** The most representative passage of the happening, verbatim (trimmed when long). */
  summary: z.string(),
  /** How many articles report it. */
  articles: z.number().int(),
  /** How many passages report it; `quotes` holds them all up to MAX_QUOTES, one per article first. */
  passages: z.number().int(),
  /** Every report of it was published before it began: something planned or expected, not yet happened. */
  ahead: z.boolean(),
  /** How many distinct happenings the day (or period) holds: passages dated alike that tell different stories. */
  happenings: z.number().int(),
  quotes: z.array(QuoteSchema),
  /** With --explain: the rules that dated its passages, in words (one per phrase and report, up to MAX_EXPLAINED). */
  explain: ExplainField,
});
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const TimelinePeriodSchema = z.object({
  /** Earliest day covered (YYYY-MM-DD), null when open. */
  from: z.string().nullable(),
  /** Latest day covered, null when open. */
  to: z.string().nullable(),
  /** Neither `from` nor `to` was given: the reporting period, from a month before the first report to the last. */
  reportingPeriod: z.boolean(),
});

export const TimelineAnswerSchema = z.object({
  command: z.literal('timeline'),
  /** The days covered: the options' range, or by default the reporting period. */
  period: TimelinePeriodSchema,
  /** Dated days and periods that passed the filters, before `limit` kept the most reported. */
  total: z.number().int(),
  entries: z.array(TimelineEntrySchema),
});
export type TimelineAnswer = z.infer<typeof TimelineAnswerSchema>;

/**
 * The key days of the story, oldest first: one entry per day holding every
 * happening dated to it, the days most articles mention first; weeks, months
 * and years only after every day (a month mentioned by eighty articles is
 * background, not a key date). By default only the reporting period counts.
 */
export function timelineAnswer(corpus: Corpus, options: TimelineOptions): TimelineAnswer {
  const index = timelineIndex(corpus);
  const period = periodOf(index, options);
  // A period counts when any of it falls inside [from, to].
  const inRange = (h: { date: string; end: string }) => (!period.from || h.end >= period.from) && (!period.to || h.date <= period.to);
  let views: EntryView[];
  if (options.about) {
    // Only the happenings a relevant passage reports, each narrowed to its relevant passages.
    const narrowed = new Map<Happening, Passage[]>();
    for (const id of relevantPassages(corpus, options.about)) {
      const passage = corpus.passageById.get(id)!;
      for (const h of index.byPassage.get(id) ?? []) {
        if (!inRange(h)) continue;
        const list = narrowed.get(h);
        if (list) list.push(passage);
        else narrowed.set(h, [passage]);
      }
    }
    const inReadingOrder = (a: Passage, b: Passage) => index.position.get(a.id)! - index.position.get(b.id)!;
    const byEntry = new Map<string, Happening[]>();
    for (const h of narrowed.keys()) {
      const key = entryKey(h);
      const list = byEntry.get(key);
      if (list) list.push(h);
      else byEntry.set(key, [h]);
    }
    views = [];
    for (const happenings of byEntry.values()) {
      const passages = happenings.flatMap((h) => narrowed.get(h)!).sort(inReadingOrder);
      views.push(entryView(happenings, passages, index.publishedOn));
    }
    views.sort(byImportance);
  } else {
    views = index.ranked.filter(inRange);
  }
  const kept = views.slice(0, options.limit).sort((a, b) => a.date.localeCompare(b.date) || PRECISIONS.indexOf(b.precision) - PRECISIONS.indexOf(a.precision));
  const explain = options.explain ? entryExplainer(corpus, ranksByFit(corpus.articles.length) && !options.about ? index : undefined) : undefined;
  return {
    command: 'timeline',
    period,
    total: views.length,
    entries: kept.map((v) => ({
      date: v.date,
      precision: v.precision,
      summary: trimSummary(v.summary.text),
      articles: v.articles,
      passages: v.passages.length,
      ahead: v.passages.every((p) => {
        const published = corpus.articleById.get(p.articleId)?.published;
        return !!published && published < v.date;
      }),
      happenings: v.happenings,
      quotes: quotedPassages(v.passages).map((p) => quoteOf(corpus, p)),
      ...(explain ? { explain: explain(v) } : {}),
    })),
  };
}

/** Explanations an entry carries at most: the dates of its quoted passages, once per phrase and report. */
export const MAX_EXPLAINED = 6;

/**
 * The rules that dated an entry's quoted passages, in words, and for a day what ranked it: built per
 * answer, only when --explain asks.
 */
function entryExplainer(corpus: Corpus, fitted: Pick<TimelineIndex, 'features' | 'scale'> | undefined): (v: EntryView) => Explanation[] {
  const byPassage = new Map<string, DateMention[]>();
  for (const m of corpus.annotations.dates) {
    const list = byPassage.get(m.passageId);
    if (list) list.push(m);
    else byPassage.set(m.passageId, [m]);
  }
  return (v) => {
    const dated = distinct(
      quotedPassages(v.passages).flatMap((p) =>
        (byPassage.get(p.id) ?? [])
          .filter((m) => m.date === v.date && m.precision === v.precision)
          .flatMap((mention) => explainDate({ mention, sentence: p, published: corpus.articleById.get(p.articleId)?.published ?? null })),
      ),
      MAX_EXPLAINED,
    );
    if (v.precision !== 'day') return dated;
    const day = fitted?.features.get(v.date);
    return [...dated, day ? explainDayRank(day, fitted!.scale) : explainCountRank(v.articles, v.publishedOnly, PUBLISHED_THAT_DAY)];
  };
}

/** How far before the first report the default timeline reaches: what led up to the story. */
const LEAD_UP_MONTHS = 1;

/** The range asked for, or, with neither end given, the reporting period. */
function periodOf(index: TimelineIndex, options: TimelineOptions): TimelineAnswer['period'] {
  if (options.from || options.to) return { from: options.from ?? null, to: options.to ?? null, reportingPeriod: false };
  if (!index.reporting) return { from: null, to: null, reportingPeriod: false };
  return { from: monthsBefore(index.reporting.first, LEAD_UP_MONTHS), to: index.reporting.last, reportingPeriod: true };
}

/** The same day `months` months earlier, or the last day of that month when it is shorter. */
export function monthsBefore(iso: string, months: number): string {
  const { year, month, day } = parseIso(iso);
  const first = firstOfMonth(year, month - months);
  const last = addDays(firstOfMonth(year, month - months + 1), -1);
  const wanted = addDays(first, day - 1);
  return wanted > last ? last : wanted;
}

/**
 * Builds the timeline's view of a corpus once (it is read-only), so each
 * answer only filters and ranks. `warmTimeline` takes the cost after a load,
 * in slices; asked for before that is done, the rest is built at once.
 */
export function timelineIndex(corpus: Corpus): TimelineIndex {
  return indexes.get(corpus);
}

/** Builds the timeline's structures in slices between which the event loop turns. */
export async function warmTimeline(corpus: Corpus, pause?: Pause): Promise<void> {
  await indexes.warm(corpus, pause);
  await datedFilters.warm(corpus, pause);
}

function* timelineIndexSteps(corpus: Corpus): Steps<TimelineIndex> {
  const order = yield* readingOrderSteps(corpus);
  const happenings = yield* groupHappenings(corpus, corpus.annotations.dates, order);
  const byPassage = new Map<string, Happening[]>();
  const byEntry = new Map<string, Happening[]>();
  // Every dated passage once (the first time it is met), then in reading order.
  const datedById = new Map<string, Passage>();
  const tick = every(1024);
  for (const h of happenings) {
    for (const p of h.passages) {
      const list = byPassage.get(p.id);
      if (list) list.push(h);
      else byPassage.set(p.id, [h]);
      datedById.set(p.id, p);
    }
    const key = entryKey(h);
    const list = byEntry.get(key);
    if (list) list.push(h);
    else byEntry.set(key, [h]);
    if (tick()) yield;
  }
  const dated = yield* sortSteps([...datedById.values()], order);
  const position = new Map<string, number>();
  for (const [i, p] of dated.entries()) {
    position.set(p.id, i);
    if (tick()) yield;
  }
  const publishedOn = new Map<string, Set<string>>();
  let first: string | undefined;
  let last: string | undefined;
  for (const a of corpus.articles) {
    if (!a.published) continue;
    const day = a.published.slice(0, 10);
    const list = publishedOn.get(day);
    if (list) list.add(a.id);
    else publishedOn.set(day, new Set([a.id]));
    if (!first || day < first) first = day;
    if (!last || day > last) last = day;
  }
  const happeningsOn = new Map<string, number>();
  for (const [key, list] of byEntry) if (key.startsWith('day|')) happeningsOn.set(list[0]!.date, list.length);
  const features = yield* dayFeatureSteps(corpus, happeningsOn);
  const scale = featureScale(features, first && monthsBefore(first, LEAD_UP_MONTHS), last);
  const views: EntryView[] = [];
  for (const list of byEntry.values()) {
    const passages = list.length === 1 ? list[0]!.passages : yield* sortSteps(uniquePassages(list), order);
    const view = entryView(list, passages, publishedOn);
    const day = ranksByFit(corpus.articles.length) && view.precision === 'day' ? features.get(view.date) : undefined;
    views.push(day ? { ...view, rank: dayScore(day, scale) } : view);
    if (tick()) yield;
  }
  return {
    features,
    scale,
    ranked: yield* sortSteps(views, byImportance),
    byPassage,
    position,
    publishedOn,
    reporting: first && last ? { first, last } : undefined,
  };
}

export interface TimelineIndex {
  /** Every day and period, the most reported first (days before periods). */
  ranked: EntryView[];
  /** Each day a day-precise mention names: its features (dayFeatures.ts, in DAY_FEATURES order). */
  features: Map<string, Float64Array>;
  /** Each feature's scale in this story (featureScale: its largest value over the reporting period's days). */
  scale: Float64Array;
  byPassage: Map<string, Happening[]>;
  /** A dated passage's place in reading order: oldest report first. */
  position: Map<string, number>;
  /** The articles published on each day (YYYY-MM-DD). */
  publishedOn: Map<string, Set<string>>;
  /** The first and last days an article was published, when any says. */
  reporting: { first: string; last: string } | undefined;
}
const indexes = new Memo<Corpus, TimelineIndex>(timelineIndexSteps);

/** One timeline entry: a day, or a week, month or year, with every happening dated to it. */
export interface EntryView {
  date: string;
  /** Last day of the period. */
  end: string;
  precision: DatePrecision;
  passages: Passage[];
  articles: number;
  happenings: number;
  /** Distinct articles that mention it, plus a weaker count for those published that day. */
  weight: number;
  /** Articles published on the day that do not name it. */
  publishedOnly: number;
  /**
   * What orders entries of one precision, the highest first: in the whole timeline a day's fitted
   * score (dayRanking.ts); a period, or any entry narrowed to an `about`, its weight.
   */
  rank: number;
  summary: Passage;
}

const entryKey = (h: Happening) => `${h.precision}|${h.date}`;

function uniquePassages(happenings: Happening[]): Passage[] {
  const byId = new Map<string, Passage>();
  for (const h of happenings) for (const p of h.passages) byId.set(p.id, p);
  return [...byId.values()];
}

/**
 * An article published on a day that does not name it still tells of it
 * ("today", the dateline's own day): it counts, for less than a mention.
 */
const PUBLISHED_THAT_DAY = 0.5;

function entryView(happenings: Happening[], passages: Passage[], publishedOn: Map<string, Set<string>>): EntryView {
  const { date, end, precision } = happenings[0]!;
  const articles = new Set(passages.map((p) => p.articleId));
  const published = precision === 'day' ? [...(publishedOn.get(date) ?? [])].filter((id) => !articles.has(id)).length : 0;
  // The day's summary comes from its most reported happening, told by the passage that shares most with the others.
  let lead = happenings[0]!;
  let leadArticles = -1;
  const shown = new Set(passages.map((p) => p.id));
  for (const h of happenings) {
    const count = new Set(h.passages.filter((p) => shown.has(p.id)).map((p) => p.articleId)).size;
    if (count > leadArticles) [lead, leadArticles] = [h, count];
  }
  let summary = passages.find((p) => lead.affinity.has(p.id)) ?? passages[0]!;
  let best = -1;
  for (const p of passages) {
    const affinity = lead.affinity.get(p.id);
    if (affinity !== undefined && affinity > best) [summary, best] = [p, affinity];
  }
  return {
    date,
    end,
    precision,
    passages,
    articles: articles.size,
    happenings: happenings.filter((h) => h.passages.some((p) => shown.has(p.id))).length,
    weight: articles.size + PUBLISHED_THAT_DAY * published,
    publishedOnly: published,
    rank: articles.size + PUBLISHED_THAT_DAY * published,
    summary,
  };
}

/**
 * Days first, then weeks, months and years: a journalist's timeline is made
 * of days, and a period gathers looser reports ("last year" in forty
 * articles is rarely one happening). Among days, the best ranked first.
 */
function byImportance(a: EntryView, b: EntryView): number {
  return (
    PRECISIONS.indexOf(a.precision) - PRECISIONS.indexOf(b.precision) ||
    b.rank - a.rank ||
    b.weight - a.weight ||
    b.passages.length - a.passages.length ||
    a.date.localeCompare(b.date)
  );
}

/** Quotes shown per entry: one from each article first, so a widely reported happening shows its spread. */
export const MAX_QUOTES = 20;

function quotedPassages(passages: Passage[]): Passage[] {
  if (passages.length <= MAX_QUOTES) return passages;
  const seen = new Set<string>();
  const first = passages.filter((p) => !seen.has(p.articleId) && seen.add(p.articleId)).slice(0, MAX_QUOTES);
  const chosen = new Set(first);
  for (const p of passages) {
    if (chosen.size >= MAX_QUOTES) break;
    chosen.add(p);
  }
  return passages.filter((p) => chosen.has(p));
}

/** The passages a happening is made of, as a search filter: built once per corpus. */
const datedFilters = new Memo<Corpus, PassageFilter>(function* (corpus) {
  const { byPassage } = yield* indexes.steps(corpus);
  return passageFilter(corpus.index, (id) => byPassage.has(id));
});

/**
 * Passages the index finds for `about`. Matching is OR over the words, so weak
 * hits (one common word, a fuzzy match) are cut relative to the best one.
 */
function relevantPassages(corpus: Corpus, about: string): string[] {
  const filter = datedFilters.get(corpus);
  const hits = searchPassages(corpus.index, about, { filter, limit: MAX_RELEVANT });
  const best = hits[0]?.score ?? 0;
  return hits.filter((h) => h.score >= best * RELEVANCE_CUT).map((h) => h.id);
}
const RELEVANCE_CUT = 0.25;
/** The best passages an `about` filter keeps at most, which bounds its cost on a large corpus. */
const MAX_RELEVANT = 2000;

const SUMMARY_MAX = 240;

/** The passage as a one-line summary: whitespace collapsed, a leading list dash dropped, long text cut at a word. */
export function trimSummary(text: string): string {
  const line = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–•*]\s+/, '');
  if (line.length <= SUMMARY_MAX) return line;
  const cut = line.slice(0, SUMMARY_MAX);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SUMMARY_MAX / 2)).replace(/[\s,;:]+$/, '')}…`;
}
