import { describe, expect, it } from 'vitest';
import type { DumpedDay, DumpedTopic } from '../../src/eval/timelines/dumpDays.js';
import {
  candidates,
  fit,
  leaveOneOut,
  linear,
  newtonLogistic,
  normaliseTopic,
  spreadDays,
  topDays,
  topicF1,
  type PerTopic,
} from '../../src/eval/timelines/fitDays.js';

/** A small deterministic generator, so the synthetic data is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const day = (date: string, features: number[], gold = false, weight = 1): DumpedDay => ({ date, gold, weight, passages: 1, features });

describe('fitting the day ranking', () => {
  it('recovers the coefficients of a logistic model from data drawn from it', () => {
    const next = random(7);
    const truth = [-1, 2, -0.5];
    const x: number[][] = [];
    const y: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const row = [1, next() * 4 - 2, next() * 4 - 2];
      const p = 1 / (1 + Math.exp(-row.reduce((s, v, k) => s + v * truth[k]!, 0)));
      x.push(row);
      y.push(next() < p ? 1 : 0);
    }
    const beta = newtonLogistic(x, y, new Array(x.length).fill(1), 0, 1);
    for (const [k, b] of beta.entries()) expect(Math.abs(b - truth[k]!), `coefficient ${k}`).toBeLessThan(0.25);
    // A penalty pulls the weights (not the free intercept) towards zero.
    const shrunk = newtonLogistic(x, y, new Array(x.length).fill(1), 1, 1);
    expect(Math.abs(shrunk[1]!)).toBeLessThan(Math.abs(beta[1]!));
  });

  it('keeps the best days within the setting, ties and no score going by the article-count weight', () => {
    const topic: DumpedTopic = {
      topic: 't',
      holdout: false,
      gold: ['2010-01-02', '2010-01-05'],
      reporting: { from: '2009-12-01', to: '2010-01-31' },
      days: [day('2010-01-01', [0], false, 5), day('2010-01-02', [3], true, 1), day('2010-01-05', [2], true, 2), day('2010-03-01', [9], false, 9)],
    };
    expect(candidates(topic, 'span').map((d) => d.date)).toEqual(['2010-01-02', '2010-01-05']);
    expect(candidates(topic, 'whole').map((d) => d.date)).toEqual(['2010-01-01', '2010-01-02', '2010-01-05']);
    expect(topDays(candidates(topic, 'whole'), 2)).toEqual(['2010-01-01', '2010-01-05']);
    expect(topDays(candidates(topic, 'whole'), 2, linear([1], [0]))).toEqual(['2010-01-02', '2010-01-05']);
    expect(topicF1(topic, 'whole')).toBeCloseTo(0.5);
    expect(topicF1(topic, 'whole', linear([1], [0]))).toBe(1);
  });

  it('learns from other topics which feature marks a key day, and scores each topic left out', () => {
    const next = random(11);
    const topics: DumpedTopic[] = ['a', 'b', 'c', 'd'].map((name) => {
      const days: DumpedDay[] = [];
      for (let i = 0; i < 60; i++) {
        const gold = i % 10 === 0;
        // Feature 0 is noise that the article-count weight follows; feature 1 marks the gold days.
        const noise = next() * 3;
        days.push(
          day(
            `2010-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
            [noise, gold ? 2 + next() : next()],
            gold,
            noise,
          ),
        );
      }
      return { topic: name, holdout: false, gold: days.filter((d) => d.gold).map((d) => d.date), reporting: { from: '2009-12-01', to: '2010-12-31' }, days };
    });
    const weights = fit(topics, { features: [0, 1], lambda: 0.01, mode: 'pointwise' });
    expect(weights[1]!).toBeGreaterThan(Math.abs(weights[0]!));
    for (const r of leaveOneOut(topics, { features: [0, 1], lambda: 0.01, mode: 'pairwise', negatives: 20 })) {
      expect(r.whole, r.topic).toBe(1);
      expect(
        topicF1(
          topics.find((t) => t.topic === r.topic)!,
          'whole',
        ),
        r.topic,
      ).toBeLessThan(1);
    }
  });

  it('spreads the chosen days one per happening when asked, and leaves days of different happenings alone', () => {
    // A happening on the 10th with its "tomorrow" preview on the 9th and "yesterday" reports on the 11th; another on the 20th.
    const ranked = [
      { date: '2013-03-10', score: 5 },
      { date: '2013-03-11', score: 4.8 },
      { date: '2013-03-09', score: 4.5 },
      { date: '2013-03-20', score: 4.2 },
      { date: '2013-03-22', score: 4 },
      { date: '2013-03-01', score: 3 },
    ];
    expect(spreadDays(ranked, 3, { side: 'both', window: 1, penalty: Infinity })).toEqual(['2013-03-10', '2013-03-20', '2013-03-22']);
    expect(spreadDays(ranked, 3, { side: 'both', window: 2, penalty: Infinity })).toEqual(['2013-03-10', '2013-03-20', '2013-03-01']);
    // Only the previews, or only the later reports, give way.
    expect(spreadDays(ranked, 3, { side: 'before', window: 1, penalty: Infinity })).toEqual(['2013-03-10', '2013-03-11', '2013-03-20']);
    expect(spreadDays(ranked, 3, { side: 'after', window: 1, penalty: Infinity })).toEqual(['2013-03-10', '2013-03-09', '2013-03-20']);
    // A small penalty lets a neighbour that still outscores the next happening through.
    expect(spreadDays(ranked, 2, { side: 'both', window: 1, penalty: 1 })).toEqual(['2013-03-10', '2013-03-20']);
    expect(spreadDays(ranked, 2, { side: 'both', window: 1, penalty: 0.1 })).toEqual(['2013-03-10', '2013-03-11']);
    // With no day near another, the order is the plain ranking's.
    const apart = ranked.filter((d) => ['2013-03-10', '2013-03-20', '2013-03-01'].includes(d.date));
    expect(spreadDays(apart, 3, { side: 'both', window: 2, penalty: Infinity })).toEqual(apart.map((d) => d.date));
  });

  it('fits on the days enough articles name when asked, leaving the single mentions out', () => {
    // Feature 0 is log(1 + articles naming the day); feature 1 marks gold days among the named ones, and the
    // once-named days, all gold, would teach the opposite.
    const days: DumpedDay[] = [];
    const add = (n: number, articles: number, mark: number, gold: boolean) => {
      for (let i = 0; i < n; i++)
        days.push(day(`2011-0${1 + (days.length % 9)}-${String(1 + (days.length % 28)).padStart(2, '0')}`, [Math.log1p(articles), mark], gold));
    };
    add(10, 5, 1, true);
    add(10, 5, 0, false);
    add(30, 1, 0, true);
    add(30, 1, 1, false);
    const topic: DumpedTopic = { topic: 't', holdout: false, gold: [], reporting: { from: '2010-12-01', to: '2011-12-31' }, days };
    const all = fit([topic], { features: [1], lambda: 0.01, mode: 'pointwise' });
    const top = fit([topic], { features: [1], lambda: 0.01, mode: 'pointwise', minArticles: 2 });
    expect(all[0]!).toBeLessThan(0);
    expect(top[0]!).toBeGreaterThan(0);
  });

  it("puts each feature on its topic's own scale, over the reporting period, without reordering a feature's days", () => {
    const topic: DumpedTopic = {
      topic: 't',
      holdout: false,
      gold: ['2010-01-03'],
      reporting: { from: '2010-01-01', to: '2010-01-31' },
      days: [
        day('2010-01-01', [1, 0]),
        day('2010-01-02', [2, 0]),
        day('2010-01-03', [2, 4], true),
        day('2010-01-04', [4, 0]),
        // Outside the reporting period: scaled, but not counted in the topic's scale.
        day('2010-03-01', [8, 2]),
      ],
    };
    const feature = (t: DumpedTopic, k: number) => t.days.map((d) => d.features[k]);
    // Percentile: the share of the period's days below, plus half of those equal (ties share their rank).
    const rank = normaliseTopic(topic, 'rank');
    expect(feature(rank, 0)).toEqual([0.125, 0.5, 0.5, 0.875, 1]);
    expect(feature(rank, 1)).toEqual([0.375, 0.375, 0.875, 0.375, 0.75]);
    // Share of the period's largest value (8 lies outside the period, so 4 is the top).
    expect(feature(normaliseTopic(topic, 'max'), 0)).toEqual([0.25, 0.5, 0.5, 1, 2]);
    const z = feature(normaliseTopic(topic, 'zscore'), 0) as number[];
    expect(z.slice(0, 4).reduce((a, b) => a + b, 0)).toBeCloseTo(0);
    expect(z[3]!).toBeGreaterThan(z[2]!);
    // 'none' leaves the topic as it is; a feature constant over the period scales to 0, not NaN.
    expect(normaliseTopic(topic, 'none')).toBe(topic);
    const flat: DumpedTopic = { ...topic, days: topic.days.map((d) => ({ ...d, features: [3, 3] })) };
    expect(feature(normaliseTopic(flat, 'max'), 0)).toEqual([1, 1, 1, 1, 1]);
    expect(feature(normaliseTopic(flat, 'zscore'), 0)).toEqual([0, 0, 0, 0, 0]);
  });

  it("fits on each topic's own scale: a count that marks the key days of every topic, at levels that differ by topic", () => {
    // In each topic the key days are those its most articles name, but a large topic names its ordinary days more
    // than a small one names its key days, and has fewer key days among more: pooled as they are, the count reads
    // as a mark against key days.
    const topic = (name: string, base: number, n: number, goldEvery: number): DumpedTopic => {
      const days: DumpedDay[] = [];
      for (let i = 0; i < n; i++) {
        const gold = i % goldEvery === 0;
        const date = `2012-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
        days.push(day(date, [Math.log1p(base * (gold ? 3 : 1 + (i % 3) / 3))], gold));
      }
      return { topic: name, holdout: false, gold: days.filter((d) => d.gold).map((d) => d.date), reporting: { from: '2011-12-01', to: '2012-12-28' }, days };
    };
    const topics = [topic('small', 1, 12, 2), topic('mid', 10, 40, 5), topic('large', 100, 80, 20)];
    const scored = (perTopic: PerTopic) => leaveOneOut(topics, { features: [0], lambda: 0.001, mode: 'pointwise', perTopic });
    expect(Math.min(...scored('none').map((r) => r.whole))).toBeLessThan(1);
    for (const perTopic of ['rank', 'max', 'zscore'] as const) for (const r of scored(perTopic)) expect(r.whole, `${perTopic} ${r.topic}`).toBe(1);
  });
});
