import { RuleRegistry } from '../../annotate/core/rules.js';
import { DAY_FEATURES, type DayFeature } from './dayFeatures.js';
import { DAY_WEIGHTS } from './dayWeights.js';

/**
 * How the timeline ranks its days: the weighted sum of each day's features (dayFeatures.ts) under
 * the weights fitted on journalists' timelines (dayWeights.ts), and that sum told in words.
 */

export const KEY_DAY_RULE = {
  name: 'key-day-rank',
  reason:
    'Days are ranked by a weighted sum of how they are reported (articles naming them, in their lead or long after, articles published on them and the next day, how they stand out from the days around), the weights fitted on journalists’ timelines; in a story of few articles, or narrowed to a subject, by the articles that name them.',
} as const;

/** The timeline's own rules, for --explain. */
export const TIMELINE_RULES = new RuleRegistry('timeline', [KEY_DAY_RULE]);

const WEIGHTS = Float64Array.from(DAY_FEATURES, (f) => DAY_WEIGHTS.weights[f]);

/** Whether a corpus is large enough for the fitted weights to rank its days (DAY_WEIGHTS.minArticles). */
export const ranksByFit = (articles: number) => articles >= DAY_WEIGHTS.minArticles;

/**
 * Each feature's largest absolute value over the days from `from` to `to` (every day when open): the
 * story's own scale. A day's features are read as shares of it, because stories of 156 to 939 articles
 * put the same count at different places in their rankings (docs/evaluation.md, "Features on each
 * topic's own scale"); a feature no day of the period has counts 0.
 */
export function featureScale(features: ReadonlyMap<string, Float64Array>, from?: string, to?: string): Float64Array {
  const scale = new Float64Array(DAY_FEATURES.length);
  for (const [day, values] of features) {
    if ((from && day < from) || (to && day > to)) continue;
    for (let k = 0; k < scale.length; k++) scale[k] = Math.max(scale[k]!, Math.abs(values[k]!));
  }
  return scale;
}

/** What each feature adds to a day's score: its weight times its share of the story's scale. */
const parts = (features: Float64Array, scale: Float64Array) => Array.from(WEIGHTS, (w, k) => (scale[k]! > 0 ? (w * features[k]!) / scale[k]! : 0));

/** A day's score: the higher, the more a journalist would keep it. */
export function dayScore(features: Float64Array, scale: Float64Array): number {
  return parts(features, scale).reduce((a, b) => a + b, 0);
}

/** Counts behind the log features, in words ("12 articles name it"). */
const WORDS: Partial<Record<DayFeature, (n: number) => string>> = {
  articles: (n) => `${plural(n, 'article')} name it`,
  published: (n) => `${plural(n, 'article')} published on it`,
  publishedNext: (n) => `${plural(n, 'article')} the next day`,
  ahead: (n) => `${plural(n, 'article')} name it ahead`,
  sameWeek: (n) => `${n} within a week after it`,
  retrospective: (n) => `${n} more than a month later`,
  fullDate: (n) => `${n} write it out in full`,
  lead: (n) => `${n} in their headline or first sentences`,
  happenings: (n) => `${plural(n, 'happening')} on it`,
  month: (n) => `${plural(n, 'article')} name its month`,
};
const SHAPES: Partial<Record<DayFeature, string>> = {
  burst: 'more articles than the days around it',
  peak: 'named by more articles than any day within three days',
  monthTop: 'among the most named days of its month',
};

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** Contributions told at most. */
const TOLD = 4;

/** Why a day ranks where it does: its score, and the features that raised it most, in words. */
export function explainDayRank(features: Float64Array, scale: Float64Array): { rule: string; text: string } {
  const part = parts(features, scale);
  const raised = DAY_FEATURES.map((f, k) => ({ f, k, part: part[k]! }))
    .filter((c) => c.part > 0 && (WORDS[c.f] || SHAPES[c.f]))
    .sort((a, b) => b.part - a.part)
    .slice(0, TOLD)
    .map(({ f, k }) => WORDS[f]?.(Math.round(Math.expm1(features[k]!))) ?? SHAPES[f]!);
  const because = raised.length ? `: ${raised.join('; ')}` : '';
  return { rule: KEY_DAY_RULE.name, text: `Ranked by how it is reported, score ${dayScore(features, scale).toFixed(2)}${because}.` };
}

/** Why a day ranks where it does when the fitted weights do not apply (too few articles, or an `about` question). */
export function explainCountRank(articles: number, publishedOnly: number, share: number): { rule: string; text: string } {
  const more = publishedOnly ? `, and ${plural(publishedOnly, 'other article')} published on it, counted at ${share}` : '';
  return { rule: KEY_DAY_RULE.name, text: `Ranked by the articles that name it: ${articles}${more}.` };
}
