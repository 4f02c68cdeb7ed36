import { timelineAnswer, timelineIndex } from '../../answers/timeline/answer.js';
import { DAY_FEATURES } from '../../answers/timeline/dayFeatures.js';
import { TimelineOptionsSchema } from '../../answers/timeline/options.js';
import type { Corpus } from '../../pipeline/corpus.js';
import { finish } from '../../pipeline/steps.js';
import type { Topic } from './dataset.js';
import { CANDIDATE_DAY_FEATURES, candidateDayFeatureSteps } from './dayContent.js';

/** One candidate key day of a topic: its features (DAY_FEATURES, then CANDIDATE_DAY_FEATURES), the current weight, and whether journalists kept it. */
export interface DumpedDay {
  date: string;
  gold: boolean;
  /** The article-count weight (articles naming it, plus half of the others published that day): the ranking before the fitted one. */
  weight: number;
  passages: number;
  features: number[];
}

/** A topic's candidate days, for fitting a day ranking without ingesting again (dev only: `--dump-days`). */
export interface DumpedTopic {
  topic: string;
  holdout: boolean;
  gold: string[];
  /** The names of `features`, in order (DAY_FEATURES when dumped; a dump of other features maps by name). */
  featureNames?: string[];
  /** The reporting period the whole-corpus setting covers. */
  reporting: { from: string; to: string } | null;
  /** Every day a day-precise mention names, in the order the timeline ranks them (the fitted ranking from 40 articles). */
  days: DumpedDay[];
}

export function dumpTopicDays(topic: Topic, corpus: Corpus): DumpedTopic {
  const index = timelineIndex(corpus);
  const gold = new Set(topic.days);
  const candidates = finish(candidateDayFeatureSteps(corpus));
  const { period } = timelineAnswer(corpus, TimelineOptionsSchema.parse({ limit: 1 }));
  return {
    topic: topic.topic,
    holdout: topic.holdout,
    gold: topic.days,
    featureNames: [...DAY_FEATURES, ...CANDIDATE_DAY_FEATURES],
    reporting: period.from && period.to ? { from: period.from, to: period.to } : null,
    days: index.ranked
      .filter((v) => v.precision === 'day')
      .map((v) => ({
        date: v.date,
        gold: gold.has(v.date),
        weight: v.weight,
        passages: v.passages.length,
        features: [...index.features.get(v.date)!, ...candidates.get(v.date)!],
      })),
  };
}
