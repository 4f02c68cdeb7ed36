import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { timelineAnswer } from '../../answers/timeline/answer.js';
import { TimelineOptionsSchema } from '../../answers/timeline/options.js';
import type { Corpus } from '../../pipeline/corpus.js';
import { loadCorpus } from '../../pipeline/loadCorpus.js';
import { rates, type Counts, type Rates } from '../score.js';
import { topicArticleFile } from './articles.js';
import type { Topic } from './dataset.js';
import { busiestPublicationDays, dateCounts, meanRates } from './score.js';

/** The most entries the timeline answer lists (its `limit` option's maximum). */
const LIMIT_MAX = 100;

/** One way of choosing days, scored against one topic's gold days. */
export interface Choice {
  days: string[];
  counts: Counts;
  rates: Rates;
}

export interface TopicResult {
  topic: string;
  holdout: boolean;
  /** Articles in the topic, and those loaded (an article with nothing quotable, or a copy, is left out). */
  articles: number;
  loaded: number;
  gold: string[];
  /** Gold days any day-precise date mention or publication day of the articles gives: the most recall could reach. */
  reachable: number;
  /** The gold timeline's span given (from its first to its last day), limit = its number of days. */
  span: { timeline: Choice; baseline: Choice };
  /** No span given: the timeline's default (the reporting period), limit = the gold number of days. */
  whole: { timeline: Choice; baseline: Choice };
}

export interface Summary {
  topics: number;
  span: { timeline: Rates; baseline: Rates };
  whole: { timeline: Rates; baseline: Rates };
  reachable: number | null;
}

export interface TimelineEvalReport {
  split: 'all' | 'dev' | 'holdout';
  perTopic: TopicResult[];
  /** Means over topics (as news-tls averages over timelines), for the split asked and for each half. */
  mean: Summary;
  dev: Summary;
  holdout: Summary;
}

/**
 * For each topic: its articles written as article files into a temporary story, the corpus built by
 * the real path (passages, annotations, indexes), the `timeline` answer asked for as many days as the
 * journalists chose, with and without their timeline's span; and the naive baseline beside it.
 */
export async function runTimelineEval(
  all: readonly Topic[],
  options: { split?: 'all' | 'dev' | 'holdout'; onTopic?: (r: TopicResult) => void; onCorpus?: (topic: Topic, corpus: Corpus) => Promise<void> } = {},
): Promise<TimelineEvalReport> {
  const split = options.split ?? 'all';
  const topics = all.filter((t) => split === 'all' || t.holdout === (split === 'holdout'));
  const perTopic: TopicResult[] = [];
  for (const topic of topics) {
    const result = await evalTopic(topic, options.onCorpus);
    options.onTopic?.(result);
    perTopic.push(result);
  }
  return {
    split,
    perTopic,
    mean: summarize(perTopic),
    dev: summarize(perTopic.filter((r) => !r.holdout)),
    holdout: summarize(perTopic.filter((r) => r.holdout)),
  };
}

async function evalTopic(topic: Topic, onCorpus?: (topic: Topic, corpus: Corpus) => Promise<void>): Promise<TopicResult> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eventdesk-tleval-'));
  try {
    const written = new Set<string>();
    for (const article of topic.articles) {
      const file = topicArticleFile(article);
      if (!file || written.has(file.fileName)) continue;
      written.add(file.fileName);
      await writeFile(path.join(dir, file.fileName), file.bytes);
    }
    const { corpus } = await loadCorpus(dir, { snapshot: false, warmIndex: false });
    await onCorpus?.(topic, corpus);
    return scoreTopic(topic, corpus);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Scores a built corpus of one topic's articles against its gold days. */
export function scoreTopic(topic: Topic, corpus: Corpus): TopicResult {
  const gold = topic.days;
  const limit = Math.min(gold.length, LIMIT_MAX);
  const from = gold[0]!;
  const to = gold.at(-1)!;
  const published = corpus.articles.flatMap((a) => (a.published ? [a.published.slice(0, 10)] : []));
  const choice = (days: string[]): Choice => {
    const counts = dateCounts(days, gold);
    return { days, counts, rates: rates(counts) };
  };
  const timelineDays = (o: Record<string, unknown>) =>
    timelineAnswer(corpus, TimelineOptionsSchema.parse(o))
      .entries.filter((e) => e.precision === 'day')
      .map((e) => e.date);
  const given = new Set([...corpus.annotations.dates.filter((m) => m.precision === 'day').map((m) => m.date), ...published]);
  return {
    topic: topic.topic,
    holdout: topic.holdout,
    articles: topic.articles.length,
    loaded: corpus.articles.length,
    gold,
    reachable: gold.filter((d) => given.has(d)).length,
    span: { timeline: choice(timelineDays({ from, to, limit })), baseline: choice(busiestPublicationDays(published, limit, from, to)) },
    whole: { timeline: choice(timelineDays({ limit })), baseline: choice(busiestPublicationDays(published, limit)) },
  };
}

function summarize(results: readonly TopicResult[]): Summary {
  const gold = results.reduce((n, r) => n + r.gold.length, 0);
  return {
    topics: results.length,
    span: { timeline: meanRates(results.map((r) => r.span.timeline.rates)), baseline: meanRates(results.map((r) => r.span.baseline.rates)) },
    whole: { timeline: meanRates(results.map((r) => r.whole.timeline.rates)), baseline: meanRates(results.map((r) => r.whole.baseline.rates)) },
    reachable: gold ? results.reduce((n, r) => n + r.reachable, 0) / gold : null,
  };
}
