import { rates } from '../score.js';
import type { DumpedDay, DumpedTopic } from './dumpDays.js';
import { dateCounts, meanRates } from './score.js';

/**
 * Fitting the timeline's day ranking (docs/evaluation.md, "Key days"): a linear score over the day
 * features (dayFeatures.ts), fitted as a logistic regression on the dev topics' candidate days
 * (pointwise: is it a gold day?) or on pairs of a gold day and a busier non-gold day of the same
 * topic (pairwise), with an L2 penalty; chosen by leave-one-topic-out date-F1 on the dev topics.
 */

export type Setting = 'span' | 'whole';

/** The days a setting may list: within the gold span (span), or within the reporting period (whole). */
export function candidates(topic: DumpedTopic, setting: Setting): DumpedDay[] {
  const [from, to] = setting === 'span' ? [topic.gold[0]!, topic.gold.at(-1)!] : [topic.reporting?.from ?? '', topic.reporting?.to ?? '9999'];
  return topic.days.filter((d) => d.date >= from && d.date <= to);
}

/**
 * A selection after scoring, for one day per happening (tried on the dev topics and not kept: see
 * docs/evaluation.md, "One slot per happening"): a day within `window` days of a day already chosen,
 * on `side` of it (before: the day's previews; after: its "yesterday" reports), loses `penalty` from
 * its score (Infinity: it comes only after every other day).
 */
export interface Spread {
  side: 'both' | 'before' | 'after';
  window: number;
  penalty: number;
}

const DAY_MS = 86_400_000;

/** Greedy choice of `limit` days in score order, each day's score lowered by `penalty` once a neighbour is chosen. */
export function spreadDays(ranked: readonly { date: string; score: number }[], limit: number, spread: Spread): string[] {
  const time = ranked.map((d) => Date.parse(d.date));
  const chosen: number[] = [];
  const left = new Set(ranked.keys());
  const near = (i: number) =>
    chosen.some((c) => {
      const gap = (time[c]! - time[i]!) / DAY_MS; // > 0: the candidate is before the chosen day
      return gap !== 0 && Math.abs(gap) <= spread.window && (spread.side === 'both' || (spread.side === 'before') === gap > 0);
    });
  while (chosen.length < limit && left.size) {
    let best = -1;
    let bestScore = -Infinity;
    // `ranked` is in score order, so the first index of a tie wins, as in the plain ranking.
    for (const i of left) {
      const score = near(i) ? ranked[i]!.score - spread.penalty : ranked[i]!.score;
      if (best < 0 || score > bestScore) [best, bestScore] = [i, score];
    }
    left.delete(best);
    chosen.push(best);
  }
  return chosen.map((i) => ranked[i]!.date);
}

/**
 * The `limit` best days by `score`; without one, by the article-count weight the timeline ranked by
 * before the fitted ranking (then passages, then the earlier day); with `spread`, chosen by it.
 */
export function topDays(days: readonly DumpedDay[], limit: number, score?: (d: DumpedDay) => number, spread?: Spread): string[] {
  const byWeight = (a: DumpedDay, b: DumpedDay) => b.weight - a.weight || b.passages - a.passages || a.date.localeCompare(b.date);
  const order = days.map((d) => ({ d, s: score ? score(d) : 0 }));
  order.sort((a, b) => b.s - a.s || byWeight(a.d, b.d));
  if (spread && score)
    return spreadDays(
      order.map((o) => ({ date: o.d.date, score: o.s })),
      limit,
      spread,
    );
  return order.slice(0, limit).map((o) => o.d.date);
}

/** Date-F1 of a ranking on one topic and setting (limit: the number of gold days). */
export function topicF1(topic: DumpedTopic, setting: Setting, score?: (d: DumpedDay) => number, spread?: Spread): number {
  const listed = topDays(candidates(topic, setting), topic.gold.length, score, spread);
  return rates(dateCounts(listed, topic.gold)).f1 ?? 0;
}

export const meanF1 = (topics: readonly DumpedTopic[], setting: Setting, score?: (d: DumpedDay) => number, spread?: Spread): number =>
  meanRates(topics.map((t) => ({ precision: null, recall: null, f1: topicF1(t, setting, score, spread) }))).f1 ?? 0;

/** The linear score of a day under weights over the selected features. */
export const linear = (weights: readonly number[], features: readonly number[]) => (d: DumpedDay) =>
  features.reduce((sum, f, k) => sum + weights[k]! * d.features[f]!, 0);

export interface FitOptions {
  /** Indices into DAY_FEATURES. */
  features: number[];
  /** L2 penalty on the weights (not the intercept). */
  lambda: number;
  mode: 'pointwise' | 'pairwise';
  /** Pairwise: each gold day is paired with this many of the topic's busiest non-gold candidates. */
  negatives?: number;
  /** Pointwise: fit only on the days at least this many articles name (the contest at the top of a ranking). */
  minArticles?: number;
  /** Each feature put on its topic's own scale before fitting and scoring (normaliseTopic); none when absent. */
  perTopic?: PerTopic;
}

/**
 * Per-topic normalisation of the features (tried on the dev topics, branch tl4: see docs/evaluation.md,
 * "Features on each topic's own scale"): topics of 156 to 939 articles put the same count at different
 * places in their rankings. `rank`: each feature's percentile among the topic's candidate days (ties
 * share their mean rank), in [0, 1]; `max`: divided by the topic's largest absolute value (a log count
 * over the topic's busiest day's; DATEWISE scales raw counts by the column's L2 norm instead);
 * `zscore`: less the topic's mean, over its standard deviation.
 */
export type PerTopic = 'none' | 'rank' | 'max' | 'zscore';

/** A topic with each feature on its own scale, computed over the days of its reporting period (all its days when it has none). */
export function normaliseTopic(topic: DumpedTopic, how: PerTopic): DumpedTopic {
  if (how === 'none') return topic;
  const pool = topic.reporting ? candidates(topic, 'whole') : topic.days;
  const width = topic.days[0]?.features.length ?? 0;
  const scale: ((v: number) => number)[] = [];
  for (let k = 0; k < width; k++) {
    const values = pool.map((d) => d.features[k]!).sort((a, b) => a - b);
    scale.push(scaleOf(values, how));
  }
  return { ...topic, days: topic.days.map((d) => ({ ...d, features: d.features.map((v, k) => scale[k]!(v)) })) };
}

/** The transform of one feature, given its values over the pool (sorted ascending). */
function scaleOf(sorted: readonly number[], how: Exclude<PerTopic, 'none'>): (v: number) => number {
  const n = sorted.length;
  if (!n) return (v) => v;
  if (how === 'rank')
    // Share of the pool below v, plus half of the pool equal to it (the mid-rank percentile).
    return (v) => (lowerBound(sorted, v) + (upperBound(sorted, v) - lowerBound(sorted, v)) / 2) / n;
  if (how === 'max') {
    const top = Math.max(Math.abs(sorted[0]!), Math.abs(sorted[n - 1]!));
    return (v) => (top > 0 ? v / top : 0);
  }
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(sorted.reduce((a, b) => a + (b - mean) ** 2, 0) / n);
  return (v) => (sd > 0 ? (v - mean) / sd : 0);
}

/** The first index of a sorted list whose value is not below v. */
function lowerBound(sorted: readonly number[], v: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of a sorted list whose value is above v. */
function upperBound(sorted: readonly number[], v: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Rows of a logistic regression: pointwise, every candidate of the whole setting (each topic
 * weighing as much as any other); pairwise, gold minus non-gold feature differences (label 1)
 * and their negations (label 0), no intercept.
 */
function rows(topics: readonly DumpedTopic[], o: FitOptions): { x: number[][]; y: number[]; w: number[]; intercept: boolean } {
  const x: number[][] = [];
  const y: number[] = [];
  const w: number[] = [];
  const pick = (d: DumpedDay) => o.features.map((f) => d.features[f]!);
  for (const t of topics) {
    const days = candidates(t, 'whole').filter((d) => !o.minArticles || Math.round(Math.expm1(d.features[0]!)) >= o.minArticles);
    if (o.mode === 'pointwise') {
      for (const d of days) {
        x.push([1, ...pick(d)]);
        y.push(d.gold ? 1 : 0);
        w.push(1 / days.length);
      }
      continue;
    }
    const gold = days.filter((d) => d.gold);
    const busiest = days
      .filter((d) => !d.gold)
      .sort((a, b) => b.weight - a.weight)
      .slice(0, o.negatives ?? 100);
    const each = 1 / Math.max(1, gold.length * busiest.length);
    for (const g of gold) {
      const a = pick(g);
      for (const n of busiest) {
        const diff = pick(n).map((v, k) => a[k]! - v);
        x.push(diff);
        y.push(1);
        w.push(each);
        x.push(diff.map((v) => -v));
        y.push(0);
        w.push(each);
      }
    }
  }
  return { x, y, w, intercept: o.mode === 'pointwise' };
}

/**
 * Weights (one per selected feature; the pointwise intercept is dropped, it cannot change a ranking).
 * The topics' features are taken as they are: put them on the scale of `o.perTopic` first (normaliseTopic).
 */
export function fit(topics: readonly DumpedTopic[], o: FitOptions): number[] {
  const { x, y, w, intercept } = rows(topics, o);
  const beta = newtonLogistic(x, y, w, o.lambda, intercept ? 1 : 0);
  return intercept ? beta.slice(1) : beta;
}

/**
 * L2-penalised weighted logistic regression by Newton's method (a few features, so the Hessian is
 * small); the first `free` coefficients are not penalised.
 */
export function newtonLogistic(x: number[][], y: number[], w: number[], lambda: number, free = 0, iterations = 30): number[] {
  const k = x[0]?.length ?? 0;
  const beta = new Array<number>(k).fill(0);
  const total = w.reduce((a, b) => a + b, 0) || 1;
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(k).fill(0);
    const hess = Array.from({ length: k }, () => new Array<number>(k).fill(0));
    for (let i = 0; i < x.length; i++) {
      const xi = x[i]!;
      let z = 0;
      for (let j = 0; j < k; j++) z += beta[j]! * xi[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const wi = w[i]! / total;
      const r = wi * (p - y[i]!);
      const s = wi * p * (1 - p);
      for (let a = 0; a < k; a++) {
        grad[a]! += r * xi[a]!;
        for (let b = a; b < k; b++) hess[a]![b]! += s * xi[a]! * xi[b]!;
      }
    }
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < a; b++) hess[a]![b] = hess[b]![a]!;
      if (a >= free) {
        grad[a]! += lambda * beta[a]!;
        hess[a]![a]! += lambda;
      }
      hess[a]![a]! += 1e-9;
    }
    const step = solve(hess, grad);
    let moved = 0;
    for (let a = 0; a < k; a++) {
      beta[a]! -= step[a]!;
      moved = Math.max(moved, Math.abs(step[a]!));
    }
    if (moved < 1e-7) break;
  }
  return beta;
}

/** Solves A v = b by Gaussian elimination with partial pivoting (A small and well conditioned by the penalty). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let j = r + 1; j < n; j++) s -= m[r]![j]! * v[j]!;
    v[r] = s / m[r]![r]!;
  }
  return v;
}

/** Leave-one-topic-out: each topic scored by weights fitted on the others. */
export function leaveOneOut(dumped: readonly DumpedTopic[], o: FitOptions, spread?: Spread): { topic: string; span: number; whole: number }[] {
  const topics = dumped.map((t) => normaliseTopic(t, o.perTopic ?? 'none'));
  return topics.map((held) => {
    const weights = fit(
      topics.filter((t) => t !== held),
      o,
    );
    const score = linear(weights, o.features);
    return { topic: held.topic, span: topicF1(held, 'span', score, spread), whole: topicF1(held, 'whole', score, spread) };
  });
}
