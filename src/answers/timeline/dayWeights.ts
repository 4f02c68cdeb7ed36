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
    fitted: '2026-12-06',
    how: 'L2-penalised logistic regression (lambda 0.01, intercept dropped) of "is a gold day" on every candidate day of each topic\'s reporting period, each topic weighing alike; setting chosen by leave-one-topic-out date-F1 on the dev topics (npm run fit:days)',
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
    articles: 0.3205,
    published: 0.4734,
    publishedBefore: -0.0816,
    publishedNext: 0.3167,
    publishedWeekAfter: -0.1572,
    ahead: 0.1689,
    sameWeek: 0.2804,
    retrospective: 0.0856,
    fullDate: 0.1318,
    lead: 0.5593,
    happenings: 0.0629,
    burst: 0.3752,
    peak: 0.252,
    monthTop: 0.3705,
    month: 0.1356,
    week: -0.2233,
  } satisfies Record<DayFeature, number>,
} as const;
