import { addDays, mondayOf } from '../../annotate/dates/calendar.js';
import type { Corpus } from '../../pipeline/corpus.js';
import { every, type Steps } from '../../pipeline/steps.js';

/**
 * What the timeline knows of a candidate key day, as numbers: how many articles name it and when
 * they were written (ahead of it, that week, long after), how many were published on it and just
 * after, how it stands against the days around it. A day's rank is a weighted sum of these
 * (dayWeights.ts); the names below are the features' order in every vector.
 */
export const DAY_FEATURES = [
  /** log(1 + distinct articles that name the day). */
  'articles',
  /** log(1 + articles published on the day). */
  'published',
  /** log(1 + articles published the day before). */
  'publishedBefore',
  /** log(1 + articles published the day after): the next morning's reports. */
  'publishedNext',
  /** log(1 + articles published in the week after it, from the second day on). */
  'publishedWeekAfter',
  /** log(1 + articles published before the day that name it): told ahead, as a plan or a fixture. */
  'ahead',
  /** log(1 + articles published on it or within a week after that name it). */
  'sameWeek',
  /** log(1 + articles published more than a month after it that name it): remembered. */
  'retrospective',
  /** log(1 + articles that write the day out in full ("March 9, 2012"), not "Tuesday"). */
  'fullDate',
  /** log(1 + articles that name it in their headline or first two sentences). */
  'lead',
  /** log(1 + distinct happenings dated to it). */
  'happenings',
  /** log(1 + articles) less log(1 + the most articles naming any of the three days either side). */
  'burst',
  /** 1 when no day within three either side is named by more articles. */
  'peak',
  /** 1 / its rank within its month by articles naming it. */
  'monthTop',
  /** log(1 + articles that name its month as a month). */
  'month',
  /** log(1 + articles that name its week as a week). */
  'week',
] as const;
export type DayFeature = (typeof DAY_FEATURES)[number];

/** The lead of an article: its headline and first two sentences. */
const LEAD_PASSAGES = 3;
/** How far apart two days may be and still be told as one happening's neighbours. */
const NEIGHBOURS = 3;
/** A mention this many days or more after a day is a memory of it, not its news. */
const RETROSPECTIVE_DAYS = 31;

interface DayCounts {
  articles: Set<string>;
  ahead: Set<string>;
  sameWeek: Set<string>;
  retrospective: Set<string>;
  fullDate: Set<string>;
  lead: Set<string>;
}

/**
 * The features of each day that a day-precise date mention names, computed once per corpus.
 * `happenings` gives each day's number of distinct happenings (answer.ts groups them).
 */
export function* dayFeatureSteps(corpus: Corpus, happenings: ReadonlyMap<string, number>): Steps<Map<string, Float64Array>> {
  const published = new Map<string, string>();
  const publishedOn = new Map<string, number>();
  for (const a of corpus.articles) {
    if (!a.published) continue;
    const day = a.published.slice(0, 10);
    published.set(a.id, day);
    publishedOn.set(day, (publishedOn.get(day) ?? 0) + 1);
  }
  const { byDay, byMonth, byWeek } = yield* mentionCounts(corpus, published);
  const tick = every(4096);
  const count = (day: string) => byDay.get(day)?.articles.size ?? 0;
  const monthRank = monthRanks(byDay);
  const out = new Map<string, Float64Array>();
  const log = (n: number) => Math.log1p(n);
  for (const [day, c] of byDay) {
    if (tick()) yield;
    let around = 0;
    for (let k = 1; k <= NEIGHBOURS; k++) around = Math.max(around, count(addDays(day, -k)), count(addDays(day, k)));
    let weekAfter = 0;
    for (let k = 2; k <= 7; k++) weekAfter += publishedOn.get(addDays(day, k)) ?? 0;
    const values: Record<DayFeature, number> = {
      articles: log(c.articles.size),
      published: log(publishedOn.get(day) ?? 0),
      publishedBefore: log(publishedOn.get(addDays(day, -1)) ?? 0),
      publishedNext: log(publishedOn.get(addDays(day, 1)) ?? 0),
      publishedWeekAfter: log(weekAfter),
      ahead: log(c.ahead.size),
      sameWeek: log(c.sameWeek.size),
      retrospective: log(c.retrospective.size),
      fullDate: log(c.fullDate.size),
      lead: log(c.lead.size),
      happenings: log(happenings.get(day) ?? 0),
      burst: log(c.articles.size) - log(around),
      peak: c.articles.size >= around ? 1 : 0,
      monthTop: 1 / monthRank.get(day)!,
      month: log(byMonth.get(day.slice(0, 7))?.size ?? 0),
      week: log(byWeek.get(mondayOf(day))?.size ?? 0),
    };
    out.set(
      day,
      Float64Array.from(DAY_FEATURES, (f) => values[f]),
    );
  }
  return out;
}

/** Who names each day (and each month and week), and when and where in their reports. */
function* mentionCounts(
  corpus: Corpus,
  published: ReadonlyMap<string, string>,
): Steps<{ byDay: Map<string, DayCounts>; byMonth: Map<string, Set<string>>; byWeek: Map<string, Set<string>> }> {
  const byDay = new Map<string, DayCounts>();
  const byMonth = new Map<string, Set<string>>();
  const byWeek = new Map<string, Set<string>>();
  const tick = every(4096);
  for (const m of corpus.annotations.dates) {
    if (tick()) yield;
    const passage = corpus.passageById.get(m.passageId);
    if (!passage) continue;
    const article = passage.articleId;
    if (m.precision === 'month' || m.precision === 'week') {
      const [periods, key] = m.precision === 'month' ? [byMonth, m.date.slice(0, 7)] : [byWeek, m.date];
      const set = periods.get(key);
      if (set) set.add(article);
      else periods.set(key, new Set([article]));
      continue;
    }
    if (m.precision !== 'day') continue;
    let c = byDay.get(m.date);
    if (!c)
      byDay.set(m.date, (c = { articles: new Set(), ahead: new Set(), sameWeek: new Set(), retrospective: new Set(), fullDate: new Set(), lead: new Set() }));
    c.articles.add(article);
    const on = published.get(article);
    if (on !== undefined) {
      if (on < m.date) c.ahead.add(article);
      else if (on <= addDays(m.date, 7)) c.sameWeek.add(article);
      else if (on >= addDays(m.date, RETROSPECTIVE_DAYS)) c.retrospective.add(article);
    }
    if (m.basis === 'text') c.fullDate.add(article);
    if (passage.kind === 'headline' || passageNumber(passage.id) < LEAD_PASSAGES) c.lead.add(article);
  }
  return { byDay, byMonth, byWeek };
}

/** A passage's place in its article: ids end in `#n`, n counting from 0. */
function passageNumber(id: string): number {
  return Number(id.slice(id.lastIndexOf('#') + 1));
}

/** Each day's rank within its month by the articles naming it (1: the most; ties share the better rank). */
function monthRanks(byDay: ReadonlyMap<string, DayCounts>): Map<string, number> {
  const months = new Map<string, [string, number][]>();
  for (const [day, c] of byDay) {
    const list = months.get(day.slice(0, 7));
    if (list) list.push([day, c.articles.size]);
    else months.set(day.slice(0, 7), [[day, c.articles.size]]);
  }
  const rank = new Map<string, number>();
  for (const list of months.values()) {
    list.sort((a, b) => b[1] - a[1]);
    for (const [i, [day, n]] of list.entries()) rank.set(day, i > 0 && list[i - 1]![1] === n ? rank.get(list[i - 1]![0])! : i + 1);
  }
  return rank;
}
