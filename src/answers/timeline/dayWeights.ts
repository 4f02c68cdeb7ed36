import type { DayFeature } from './dayFeatures.js';

/**
 * The day ranking's weights, fitted (data, not rules: refit with `npm run fit:days`, see
 * docs/evaluation.md, "Key days against journalists' timelines").
 */
export const DAY_WEIGHTS = {
  provenance: {
    dataset:
      'news-tls "Entities" (Gholipour Ghalandari & Ifrim, ACL 2020), public CSV copy DaivikSojitra/Timeline-Summarization-in-the-Era-of-LLMs@ff0a296 Dataset/Entities, every article',
    topics:
      'the 15 dev topics: Charles_Taylor, Chris_Brown, David_Bowie, Dilma_Rousseff, Dmitry_Medvedev, Hamid_Karzai, Hu_Jintao, Lance_Armstrong, Marco_Rubio, Morgan_Tsvangirai, Nawaz_Sharif, Oscar_Pistorius, Phil_Spector, Sarah_Palin, Ted_Cruz (the 11 held-out topics were not used)',
    fitted: '2026-12-06 (branch tl4; first fitted on branch tlrank)',
    how: 'L2-penalised logistic regression (lambda 0.001, intercept dropped) of "is a gold day" on every candidate day of each topic\'s reporting period, each topic weighing alike, each feature divided by its largest value over the topic\'s reporting period (featureScale); setting chosen by leave-one-topic-out date-F1 on the dev topics (npm run fit:days -- DUMP --grid per-topic), then scored once on the held-out topics',
  },
  /**
   * The fewest articles a story needs for the weights to rank its days: the smallest corpora they
   * were measured on (the compact set's 40 articles a topic, dev topics: date-F1 .121 -> .141). On a
   * handful of articles, counts of what was published on and after a day say more of when the
   * handful was written than of the story (five reports, three of one morning); there the days are
   * ranked by the articles that name them, plus half of those published on them.
   */
  minArticles: 40,
  weights: {
    articles: -0.0535,
    published: 1.4732,
    publishedBefore: -0.0637,
    publishedNext: 1.0473,
    publishedWeekAfter: -0.1727,
    ahead: 0.6046,
    sameWeek: 0.816,
    retrospective: 0.1536,
    fullDate: 0.2665,
    lead: 1.1751,
    happenings: 0.528,
    burst: 0.5407,
    peak: 0.5837,
    monthTop: 1.1768,
    month: 0.9876,
    week: -0.4065,
  } satisfies Record<DayFeature, number>,
} as const;
