import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detokenize, topicArticleFile } from '../../src/eval/timelines/articles.js';
import { isHoldout, parseCsv, readTimelineSet, sampleArticles, type Topic } from '../../src/eval/timelines/dataset.js';
import { runTimelineEval } from '../../src/eval/timelines/run.js';
import { busiestPublicationDays, dateCounts, meanRates, rates } from '../../src/eval/timelines/score.js';
import { PROJECT_ROOT } from '../support/fixtures.js';

const SET = path.join(PROJECT_ROOT, 'tests', 'eval', 'timelines');

describe('date selection scoring', () => {
  it('counts listed days against gold days as sets', () => {
    expect(dateCounts(['2011-05-14', '2011-05-15', '2011-05-15', '2012-01-01'], ['2011-05-14', '2012-01-01', '2013-03-03'])).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(dateCounts([], ['2011-05-14'])).toEqual({ tp: 0, fp: 0, fn: 1 });
    // A day next to a key day is no key day.
    expect(rates(dateCounts(['2011-05-13'], ['2011-05-14'])).f1).toBeNull();
  });

  it('averages rates over topics, a topic with nothing listed counting as 0', () => {
    expect(meanRates([rates({ tp: 1, fp: 1, fn: 1 }), rates({ tp: 0, fp: 0, fn: 4 })])).toEqual({ precision: 0.25, recall: 0.25, f1: 0.25 });
    expect(meanRates([])).toEqual({ precision: null, recall: null, f1: null });
  });

  it('takes the busiest publication days, ties to the earlier day, within the span when given', () => {
    const published = ['2010-01-03', '2010-01-03', '2010-01-01', '2010-01-02', '2010-01-02', '2010-01-05', '2009-12-31', '2009-12-31', '2009-12-31'];
    expect(busiestPublicationDays(published, 2)).toEqual(['2009-12-31', '2010-01-02']);
    expect(busiestPublicationDays(published, 3, '2010-01-01', '2010-01-04')).toEqual(['2010-01-02', '2010-01-03', '2010-01-01']);
    expect(busiestPublicationDays(published, 5, '2011-01-01')).toEqual([]);
  });
});

describe('the datasets', () => {
  it('parses CSV with quoted commas, line breaks and doubled quotes', () => {
    expect(parseCsv('time,text\n2011-05-14,"He said , ""no"" .\nThen left ."\r\n2011-05-15,plain\n')).toEqual([
      ['time', 'text'],
      ['2011-05-14', 'He said , "no" .\nThen left .'],
      ['2011-05-15', 'plain'],
    ]);
  });

  it('undoes a tokenizer’s spacing and leaves dashes and quotes as they are', () => {
    expect(detokenize("Taylor 's trial , which ( in 2003 ) ended on Jan. 15 , did n't last .")).toBe(
      "Taylor's trial, which (in 2003) ended on Jan. 15, didn't last.",
    );
    expect(detokenize('a $ 325,000 fine , up 5 %')).toBe('a $325,000 fine, up 5%');
    // Not touched: a spaced dash, quotes, a leading apostrophe of a word.
    expect(detokenize('the Ecomog - led force " he said " in the \'90s')).toBe('the Ecomog - led force " he said " in the \'90s');
  });

  it('writes a dataset article as an article file dated by its publication day, or nothing when nothing is quotable', () => {
    const file = topicArticleFile({ published: '2012-05-30', text: 'Taylor sentenced to 50 years\nThe court sentenced him on Wednesday .\n' });
    expect(file?.source.article.published).toBe('2012-05-30');
    expect(file?.source.article.title).toBe('Taylor sentenced to 50 years');
    expect(file?.passages.map((p) => p.text)).toContain('The court sentenced him on Wednesday.');
    expect(topicArticleFile({ published: '2012-05-30', text: '\n \n' })).toBeNull();
  });

  it('keeps the compact set: every topic with its gold days, its held-out flag by the fixed rule, a sample inside the gold span', async () => {
    const topics = await readTimelineSet(SET);
    expect(topics.length).toBeGreaterThanOrEqual(20);
    for (const t of topics) {
      expect(t.holdout, t.topic).toBe(isHoldout(t.topic));
      expect(t.days.length, t.topic).toBeGreaterThan(4);
      expect(t.articles.length, t.topic).toBeGreaterThan(0);
      expect(t.articles.length, t.topic).toBeLessThanOrEqual(40);
      for (const a of t.articles) expect(a.published >= t.days[0]! && a.published <= t.days.at(-1)!, t.topic).toBe(true);
    }
    const held = topics.filter((t) => t.holdout).length;
    expect(held).toBeGreaterThan(topics.length / 5);
    expect(held).toBeLessThan(topics.length / 2);
  });

  it('samples the articles published within the gold span, by the smallest SHA-1 of their text', () => {
    const topic: Topic = {
      topic: 't',
      holdout: false,
      days: ['2010-01-01', '2010-12-31'],
      articles: ['2009-12-31', '2010-03-01', '2010-06-01', '2010-09-01', '2011-01-01'].map((published, i) => ({ published, text: `report ${i}` })),
    };
    const sample = sampleArticles(topic, 2);
    expect(sample).toHaveLength(2);
    expect(sample.every((a) => a.published >= '2010-01-01' && a.published <= '2010-12-31')).toBe(true);
    expect(sample.map((a) => a.published)).toEqual([...sample.map((a) => a.published)].sort());
    expect(sampleArticles(topic, 10)).toHaveLength(3);
  });
});

describe('the run', () => {
  it('asks the timeline for as many days as the journalists chose, within their span, and scores it beside the baseline', async () => {
    const topics = await readTimelineSet(SET);
    const topic = topics.filter((t) => !t.holdout).sort((a, b) => a.articles.length - b.articles.length)[0]!;
    const report = await runTimelineEval([topic]);
    const r = report.perTopic[0]!;
    expect(r.loaded).toBeGreaterThan(0);
    expect(r.loaded).toBeLessThanOrEqual(topic.articles.length);
    const [from, to] = [topic.days[0]!, topic.days.at(-1)!];
    for (const choice of [r.span.timeline, r.span.baseline]) {
      expect(choice.days.length).toBeLessThanOrEqual(topic.days.length);
      expect(choice.days.every((d) => d >= from && d <= to)).toBe(true);
      expect(choice.counts.tp + choice.counts.fp).toBe(new Set(choice.days).size);
      expect(choice.counts.tp + choice.counts.fn).toBe(topic.days.length);
    }
    expect(r.whole.timeline.days.length).toBeLessThanOrEqual(topic.days.length);
    const published = new Set(topic.articles.map((a) => a.published));
    expect(r.span.baseline.days.every((d) => published.has(d))).toBe(true);
    expect(r.reachable).toBeLessThanOrEqual(topic.days.length);
    expect(report.mean.span.timeline).toEqual(r.span.timeline.rates);
    expect(report.dev.topics).toBe(1);
    expect(report.holdout.topics).toBe(0);
  }, 180_000);
});
