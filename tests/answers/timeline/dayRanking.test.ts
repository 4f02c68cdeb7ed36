import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../src/annotate/dates/calendar.js';
import { timelineAnswer, timelineIndex } from '../../../src/answers/timeline/answer.js';
import { DAY_FEATURES } from '../../../src/answers/timeline/dayFeatures.js';
import { dayScore, featureScale, ranksByFit } from '../../../src/answers/timeline/dayRanking.js';
import { DAY_WEIGHTS } from '../../../src/answers/timeline/dayWeights.js';
import { TimelineOptionsSchema } from '../../../src/answers/timeline/options.js';
import { topicArticleFile } from '../../../src/eval/timelines/articles.js';
import { readTimelineSet, type Topic } from '../../../src/eval/timelines/dataset.js';
import { CANDIDATE_DAY_FEATURES, candidateDayFeatureSteps, insideQuotation, type CandidateDayFeature } from '../../../src/eval/timelines/dayContent.js';
import { dumpTopicDays } from '../../../src/eval/timelines/dumpDays.js';
import { HAPPENING_WORDS } from '../../../src/eval/timelines/happeningWords.js';
import type { Passage } from '../../../src/passages/types.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { finish } from '../../../src/pipeline/steps.js';
import { tokenize } from '../../../src/search/terms.js';
import { PROJECT_ROOT, seedCorpus, writeCorpus } from '../../support/corpus.js';

/**
 * The timeline's key days on real reporting: 40 articles of one dev topic of the compact evaluation
 * set (tests/eval/timelines, news-tls Entities), its features checked against the corpus's own
 * mentions and publication days, its ranking against the fitted weights.
 */

const feature = (name: (typeof DAY_FEATURES)[number]) => DAY_FEATURES.indexOf(name);
const count = (features: Float64Array, name: (typeof DAY_FEATURES)[number]) => Math.round(Math.expm1(features[feature(name)]!));
const timeline = (corpus: Corpus, options: Record<string, unknown>) => timelineAnswer(corpus, TimelineOptionsSchema.parse(options));

let topic: Topic;
let corpus: Corpus;

beforeAll(async () => {
  const topics = await readTimelineSet(path.join(PROJECT_ROOT, 'tests', 'eval', 'timelines'));
  topic = topics.find((t) => t.topic === 'Charles_Taylor')!;
  const files: Record<string, Uint8Array> = {};
  for (const a of topic.articles) {
    const file = topicArticleFile(a);
    if (file) files[file.fileName] = file.bytes;
  }
  corpus = (await loadCorpus(writeCorpus(files), { snapshot: false, warmIndex: false })).corpus;
}, 120_000);

describe('the features of a candidate key day', () => {
  it('counts the distinct articles that name each day, and when they were written', () => {
    const { features } = timelineIndex(corpus);
    const naming = new Map<string, Set<string>>();
    for (const m of corpus.annotations.dates.filter((d) => d.precision === 'day')) {
      const article = corpus.passageById.get(m.passageId)!.articleId;
      naming.set(m.date, (naming.get(m.date) ?? new Set()).add(article));
    }
    expect([...features.keys()].sort()).toEqual([...naming.keys()].sort());
    const published = (id: string) => corpus.articleById.get(id)!.published!.slice(0, 10);
    let told = 0;
    for (const [day, ids] of naming) {
      const f = features.get(day)!;
      expect(count(f, 'articles'), day).toBe(ids.size);
      expect(count(f, 'ahead'), day).toBe([...ids].filter((id) => published(id) < day).length);
      expect(count(f, 'retrospective'), day).toBe([...ids].filter((id) => published(id) >= addDays(day, 31)).length);
      expect(count(f, 'ahead') + count(f, 'sameWeek') + count(f, 'retrospective'), day).toBeLessThanOrEqual(ids.size);
      expect(count(f, 'lead'), day).toBeLessThanOrEqual(ids.size);
      if (count(f, 'retrospective') > 0) told++;
    }
    // Many of these reports look back years: the remembered days are there.
    expect(told).toBeGreaterThan(3);
  });

  it('counts the articles published on a day and the next, whether they name it or not', () => {
    const { features } = timelineIndex(corpus);
    const on = (day: string) => corpus.articles.filter((a) => a.published?.slice(0, 10) === day).length;
    let busy = 0;
    for (const [day, f] of features) {
      expect(count(f, 'published'), day).toBe(on(day));
      expect(count(f, 'publishedNext'), day).toBe(on(addDays(day, 1)));
      if (on(day) > 0) busy++;
    }
    expect(busy).toBeGreaterThan(0);
  });

  it('says how a day stands against the days around it and the rest of its month', () => {
    const { features } = timelineIndex(corpus);
    const named = (day: string) => (features.has(day) ? count(features.get(day)!, 'articles') : 0);
    const tops = new Map<string, number>();
    for (const [day, f] of features) {
      let around = 0;
      for (let k = 1; k <= 3; k++) around = Math.max(around, named(addDays(day, k)), named(addDays(day, -k)));
      expect(f[feature('peak')], day).toBe(named(day) >= around ? 1 : 0);
      expect(f[feature('burst')]).toBeCloseTo(Math.log1p(named(day)) - Math.log1p(around), 9);
      const month = day.slice(0, 7);
      tops.set(month, Math.max(tops.get(month) ?? 0, named(day)));
    }
    // The most named day of each month ranks first in it; a day less named than its month's best does not.
    for (const [day, f] of features) expect(f[feature('monthTop')] === 1, day).toBe(named(day) === tops.get(day.slice(0, 7)));
  });
});

describe('candidate features of the day itself (measured for fitting, not kept in the ranking)', () => {
  const own = (name: CandidateDayFeature) => CANDIDATE_DAY_FEATURES.indexOf(name);
  const counted = (f: Float64Array, name: CandidateDayFeature) => Math.round(Math.expm1(f[own(name)]!));
  const candidates = () => finish(candidateDayFeatureSteps(corpus));
  /** Each day's day-precise mentions, with their passages. */
  const mentionsByDay = () => {
    const byDay = new Map<string, { passage: Passage; start: number }[]>();
    for (const m of corpus.annotations.dates.filter((d) => d.precision === 'day')) {
      const passage = corpus.passageById.get(m.passageId)!;
      byDay.set(m.date, [...(byDay.get(m.date) ?? []), { passage, start: m.start - passage.start }]);
    }
    return byDay;
  };

  it('counts the articles whose passage naming the day names the story’s most-named person or organisation', () => {
    const features = candidates();
    const main = corpus.annotations.entities.filter((e) => e.kind !== 'other').sort((a, b) => b.articles.length - a.articles.length)[0]!;
    const naming = new Set(main.mentions.map((m) => m.passageId));
    let named = 0;
    for (const [day, mentions] of mentionsByDay()) {
      const f = features.get(day)!;
      const articles = new Set(mentions.filter((m) => naming.has(m.passage.id)).map((m) => m.passage.articleId));
      expect(counted(f, 'mainEntity'), day).toBe(articles.size);
      expect(counted(f, 'mainSubject'), day).toBeLessThanOrEqual(articles.size);
      const passages = new Set(mentions.map((m) => m.passage.id));
      expect(f[own('mainEntityShare')]!, day).toBeCloseTo([...passages].filter((id) => naming.has(id)).length / passages.size, 9);
      if (articles.size) named++;
    }
    // A story about one person names them on many of its days, not all.
    expect(named).toBeGreaterThan(5);
    expect(named).toBeLessThan(features.size);
  });

  it('tells the days named in quoted speech from those the reporter tells, and the happening words', () => {
    const features = candidates();
    let quotedDays = 0;
    let happeningDays = 0;
    for (const [day, mentions] of mentionsByDay()) {
      const f = features.get(day)!;
      const inQuote = mentions.filter((m) => insideQuotation(m.passage.text, m.start));
      const narrated = new Set(mentions.filter((m) => !inQuote.includes(m)).map((m) => m.passage.articleId));
      expect(counted(f, 'narrated'), day).toBe(narrated.size);
      expect(f[own('quotedShare')]!, day).toBeCloseTo(inQuote.length / mentions.length, 9);
      const happening = new Set(mentions.filter((m) => tokenize(m.passage.text).some((w) => HAPPENING_WORDS.has(w))).map((m) => m.passage.articleId));
      expect(counted(f, 'happeningWords'), day).toBe(happening.size);
      // What happened to the main entity: both in one passage, so no more than either.
      expect(counted(f, 'mainHappening'), day).toBeLessThanOrEqual(Math.min(counted(f, 'mainEntity'), happening.size));
      expect(counted(f, 'subjectHappening'), day).toBeLessThanOrEqual(Math.min(counted(f, 'mainSubject'), counted(f, 'mainHappening')));
      expect(f[own('centroid')]!, day).toBeGreaterThanOrEqual(0);
      expect(f[own('centroid')]!, day).toBeLessThanOrEqual(1 + 1e-9);
      if (inQuote.length) quotedDays++;
      if (happening.size) happeningDays++;
    }
    expect(quotedDays).toBeGreaterThan(0);
    expect(happeningDays).toBeGreaterThan(0);
  });

  it('marks a day told only ahead of it: a plan no later report tells', () => {
    const features = candidates();
    let plans = 0;
    const told = timelineIndex(corpus).features;
    for (const [day, f] of features) {
      const reported = told.get(day)!;
      const onlyAhead = count(reported, 'ahead') > 0 && count(reported, 'ahead') === count(reported, 'articles');
      expect(f[own('onlyAhead')], day).toBe(onlyAhead ? 1 : 0);
      expect(f[own('aheadShare')]!, day).toBeCloseTo(count(reported, 'ahead') / count(reported, 'articles'), 9);
      if (onlyAhead) plans++;
    }
    expect(plans).toBeGreaterThan(0);
  });
});

describe('the fitted day ranking', () => {
  it("reads each feature as a share of its largest value over the story's reporting period", () => {
    const { features, scale } = timelineIndex(corpus);
    const { period } = timeline(corpus, { limit: 1 });
    const inPeriod = [...features].filter(([day]) => day >= period.from! && day <= period.to!);
    for (const [k, f] of DAY_FEATURES.entries()) expect(scale[k], f).toBe(Math.max(...inPeriod.map(([, v]) => Math.abs(v[k]!))));
    expect(inPeriod.length).toBeLessThan(features.size);
    // A day outside the period (a date long before the story, named in passing) does not set the scale.
    const width = DAY_FEATURES.length;
    const made = new Map([
      ['2001-05-01', new Float64Array(width).fill(9)],
      ['2010-05-01', new Float64Array(width).fill(2)],
      ['2010-05-02', new Float64Array(width).fill(-3)],
    ]);
    expect([...featureScale(made, '2010-01-01', '2010-12-31')]).toEqual(new Array(width).fill(3));
    expect([...featureScale(made)]).toEqual(new Array(width).fill(9));
    // A feature no day of the period has adds nothing, rather than dividing by zero.
    const none = featureScale(features, '1900-01-01', '1900-01-02');
    expect(dayScore(features.get(inPeriod[0]![0])!, none)).toBe(0);
  });

  it('applies from the corpus size it was measured on, and not below', async () => {
    expect(corpus.articles.length).toBeGreaterThanOrEqual(DAY_WEIGHTS.minArticles);
    expect(ranksByFit(corpus.articles.length)).toBe(true);
    expect(ranksByFit((await seedCorpus()).articles.length)).toBe(false);
  });

  it('lists the days the weights score highest, not merely the most named', () => {
    const { features, scale } = timelineIndex(corpus);
    const limit = topic.days.length;
    const listed = timeline(corpus, { limit: 100 }).entries.filter((e) => e.precision === 'day');
    const inPeriod = new Set(listed.map((e) => e.date));
    const kept = timeline(corpus, { limit }).entries.map((e) => e.date);
    const byScore = [...features.keys()].filter((d) => inPeriod.has(d)).sort((a, b) => dayScore(features.get(b)!, scale) - dayScore(features.get(a)!, scale));
    const cut = dayScore(features.get(byScore[limit - 1]!)!, scale);
    for (const day of kept) expect(dayScore(features.get(day)!, scale), day).toBeGreaterThanOrEqual(cut);
    // By articles naming it alone, another set of days would have been kept.
    const byArticles = [...features.keys()]
      .filter((d) => inPeriod.has(d))
      .sort((a, b) => count(features.get(b)!, 'articles') - count(features.get(a)!, 'articles'))
      .slice(0, limit);
    expect(new Set(kept)).not.toEqual(new Set(byArticles));
  });

  it('keeps more of the journalists’ days than articles alone do, on a dev topic it was fitted on', () => {
    const gold = new Set(topic.days);
    const { features } = timelineIndex(corpus);
    const [from, to] = [topic.days[0]!, topic.days.at(-1)!];
    const limit = topic.days.length;
    const hits = (days: string[]) => days.filter((d) => gold.has(d)).length;
    const kept = timeline(corpus, { from, to, limit }).entries.filter((e) => e.precision === 'day');
    const candidates = [...features.keys()].filter((d) => d >= from && d <= to);
    const byArticles = candidates
      .sort((a, b) => count(features.get(b)!, 'articles') - count(features.get(a)!, 'articles') || a.localeCompare(b))
      .slice(0, limit);
    expect(hits(kept.map((e) => e.date))).toBeGreaterThan(hits(byArticles));
  });

  it('explains each day by its score and what raised it', () => {
    const { features, scale } = timelineIndex(corpus);
    const answer = timeline(corpus, { limit: 5, explain: true });
    for (const e of answer.entries.filter((x) => x.precision === 'day')) {
      const why = e.explain!.find((x) => x.rule === 'key-day-rank')!;
      expect(why.text).toContain(`score ${dayScore(features.get(e.date)!, scale).toFixed(2)}`);
    }
    // Narrowed to a subject, days are ranked by the articles naming them, and it says so.
    const about = timeline(corpus, { limit: 3, explain: true, about: 'court' });
    for (const e of about.entries.filter((x) => x.precision === 'day'))
      expect(e.explain!.find((x) => x.rule === 'key-day-rank')!.text).toMatch(new RegExp(`^Ranked by the articles that name it: ${e.articles}\\b`));
  });

  it('is dumped for fitting with the gold flags of the topic and the timeline’s order', () => {
    const dumped = dumpTopicDays(topic, corpus);
    // The timeline's features, then the candidates of the day itself, by name.
    expect(dumped.featureNames).toEqual([...DAY_FEATURES, ...CANDIDATE_DAY_FEATURES]);
    for (const d of dumped.days) expect(d.features).toHaveLength(dumped.featureNames!.length);
    expect(dumped.days.filter((d) => d.gold).every((d) => topic.days.includes(d.date))).toBe(true);
    expect(dumped.days.some((d) => d.gold)).toBe(true);
    const { scale } = timelineIndex(corpus);
    const scores = dumped.days.map((d) => dayScore(Float64Array.from(d.features), scale));
    for (let i = 1; i < scores.length; i++) expect(scores[i - 1]!).toBeGreaterThanOrEqual(scores[i]!);
    expect(dumped.reporting!.from < dumped.reporting!.to).toBe(true);
  });
});
