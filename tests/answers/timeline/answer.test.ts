import { describe, expect, it } from 'vitest';
import { findAnswer, runAnswer } from '../../../src/answers/registry.js';
import { periodEnd, timelineAnswer, TimelineAnswerSchema, type TimelineAnswer } from '../../../src/answers/timeline/answer.js';
import { TimelineOptionsSchema } from '../../../src/answers/timeline/options.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { renderTimeline } from '../../../src/answers/timeline/terminal.js';
import { articleText, SEED_DIR, seedCorpus, writeCorpus } from '../../support/corpus.js';

const timeline = (corpus: Corpus, options: Record<string, unknown> = {}) => timelineAnswer(corpus, TimelineOptionsSchema.parse(options));

const entryOn = (answer: TimelineAnswer, date: string, precision = 'day') => answer.entries.filter((e) => e.date === date && e.precision === precision);

describe('/timeline on the seed articles', () => {
  it('merges the embassy storming of 31 December from the three reports that carry it', async () => {
    const answer = timeline(await seedCorpus(), { limit: 100 });
    const [storming, ...others] = entryOn(answer, '2019-12-31');
    expect(others).toEqual([]);
    expect(storming!.articles).toBe(3);
    expect(new Set(storming!.quotes.map((q) => q.article))).toEqual(new Set(['001_0a02469e7821bf9c', '003_fc8e126896e34a69', '004_46001f636ff86d61']));
    expect(storming!.quotes.some((q) => /gatehouse/.test(q.text))).toBe(true);
    // Oldest report first.
    expect(storming!.quotes[0]!.published).toBe('2019-12-31');
  });

  it('dates the march, the killing of Soleimani and the Sunday airstrikes where a careful reader would', async () => {
    const answer = timeline(await seedCorpus(), { limit: 100 });
    const march = entryOn(answer, '2020-01-24');
    expect(march).toHaveLength(1);
    expect(march[0]!.articles).toBe(3);
    const killing = entryOn(answer, '2020-01-03');
    expect(killing).toHaveLength(1);
    expect(killing[0]!.articles).toBe(2);
    for (const q of killing[0]!.quotes) expect(q.text).toMatch(/Soleimani/);
    expect(entryOn(answer, '2019-12-29')[0]!.summary).toMatch(/slew of airstrikes/);
    expect(entryOn(answer, '2019-12-27')[0]!.summary).toMatch(/contractor was killed/);
    expect(entryOn(answer, '2019-12-23', 'week')[0]!.summary).toMatch(/last week/);
    // No entry from a false positive: "march" in March, three days before the airstrike from publication.
    expect(answer.entries.some((e) => e.date.startsWith('2020-03') || e.date === '2020-01-21' || e.date === '2020-01-05')).toBe(false);
  });

  it('lists entries oldest first, each quote verbatim and the summary taken from one of them', async () => {
    const answer = timeline(await seedCorpus(), { limit: 100 });
    const dates = answer.entries.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
    expect(answer.entries.length).toBe(answer.total);
    for (const e of answer.entries) {
      expect(e.articles).toBe(new Set(e.quotes.map((q) => q.article)).size);
      for (const q of e.quotes) expect(articleText(SEED_DIR, `${q.article}.md`).slice(q.start, q.end)).toBe(q.text);
      const summary = e.summary.replace(/…$/, '');
      expect(e.quotes.some((q) => q.text.replace(/\s+/g, ' ').includes(summary))).toBe(true);
    }
    expect(TimelineAnswerSchema.parse(answer)).toEqual(answer);
  });

  it('keeps the most reported happenings under a limit, then shows them in date order', async () => {
    const answer = timeline(await seedCorpus(), { limit: 3 });
    expect(answer.entries.map((e) => [e.date, e.articles])).toEqual([
      ['2019-12-31', 3],
      ['2020-01-03', 2],
      ['2020-01-24', 3],
    ]);
    expect(answer.total).toBeGreaterThan(3);
    expect(renderTimeline(answer)).toMatch(/the 3 most reported of \d+ dates/);
  });

  it('filters by period (overlapping months count) and by topic through the index', async () => {
    const corpus = await seedCorpus();
    const early = timeline(corpus, { from: '2020-01-01', to: '2020-01-03', limit: 100 });
    expect(early.entries.length).toBeGreaterThan(0);
    for (const e of early.entries) expect(periodEnd(e.date, e.precision) >= '2020-01-01' && e.date <= '2020-01-03').toBe(true);
    expect(early.entries.some((e) => e.precision === 'month' && e.date === '2020-01-01')).toBe(true);
    expect(entryOn(early, '2019-12-31')).toEqual([]);

    const embassy = timeline(corpus, { about: 'embassy', limit: 100 });
    expect(entryOn(embassy, '2019-12-31')).toHaveLength(1);
    expect(embassy.entries.some((e) => e.precision === 'year')).toBe(false);
    expect(timeline(corpus, { about: 'zzzqqq' }).entries).toEqual([]);
  });

  it('rejects bad options with one clear message each', async () => {
    const corpus = await seedCorpus();
    const spec = findAnswer('timeline')!;
    const run = (raw: Record<string, unknown>) => runAnswer(spec, corpus, raw);
    expect(run({ from: '2020-01-24', to: '2020-01-01' })).toEqual({ ok: false, message: 'from must not be after the "to" date' });
    expect(run({ from: '2020-02-30' })).toMatchObject({ ok: false, message: expect.stringMatching(/^from .*calendar date/) });
    expect(run({ to: 'yesterday' })).toMatchObject({ ok: false, message: expect.stringMatching(/^to must be a date written YYYY-MM-DD/) });
    expect(run({ limit: '0' })).toMatchObject({ ok: false, message: expect.stringMatching(/^limit must be at least 1/) });
    expect(run({ about: '  ' })).toMatchObject({ ok: false, message: expect.stringMatching(/^about must not be empty/) });
    expect(run({ when: 'x' })).toMatchObject({ ok: false, message: 'unknown option: when' });
    const ok = run({ limit: '2' });
    expect(ok.ok && (ok.value as TimelineAnswer).entries).toHaveLength(2);
  });
});

/** A flood in a river town, three reports: nothing here is about Iraq. */
const FLOOD_STORY = {
  'a.md': `---
title: River bursts its banks in Riverton
publisher: Valley Courier
published: 2023-04-12
---
The Kell River burst its banks on Monday, flooding 200 homes in Riverton.

Mayor Ana Ruiz declared a state of emergency on Tuesday.

The town council will vote on a relief fund on Friday.
`,
  'b.md': `---
title: Riverton approves flood relief
publisher: Riverton Gazette
published: 2023-04-15
---
When the Kell River burst its banks on April 10, floodwater reached the roofs of homes in Riverton.

On Friday, the town council approved a relief fund of $2 million for flooded homes.

Separately, a chess festival opened in the Old Library on Friday, drawing players from twelve countries.

Rescue boats reached Riverton on April 13, residents said.
`,
  'c.md': `---
title: Questions over the Riverton levee
publisher: State Radio
published: 2023-04-20
---
Engineers had warned in 2019 that the levee protecting Riverton was too low.

Residents recalled how the Kell River burst its banks on April 10 after days of rain.

The levee failed three days before the rescue boats arrived, residents said.

The school reopened two days after the inspection.

Hundreds joined a march to the town hall last week to demand a new levee.

The town has been rebuilding for nearly two weeks.
`,
};

describe('/timeline on a story of its own making', () => {
  it('gives each day one entry holding its happenings, merged across reports, and keeps two happenings of one Friday apart inside it', async () => {
    const { corpus } = await loadCorpus(writeCorpus(FLOOD_STORY), { snapshot: false });
    const answer = timeline(corpus, { limit: 100 });
    const [flood, ...sameDay] = entryOn(answer, '2023-04-10');
    expect(sameDay).toEqual([]);
    expect(flood!.articles).toBe(3);
    expect(flood!.summary).toMatch(/burst its banks/);
    expect(new Set(flood!.quotes.filter((q) => /burst its banks/.test(q.text)).map((q) => q.article))).toEqual(new Set(['a', 'b', 'c']));
    // "three days before the rescue boats arrived" is counted from the rescue (13 April, says b.md), not from
    // publication (20 April): another happening of the same day, in the same entry.
    expect(flood!.quotes.some((q) => /three days before/.test(q.text))).toBe(true);
    expect(flood!.happenings).toBe(2);

    const [friday, ...otherFridays] = entryOn(answer, '2023-04-14');
    expect(otherFridays).toEqual([]);
    // The relief vote (planned on Wednesday, done on Friday) and the chess festival: two happenings, one day.
    expect(friday!.happenings).toBe(2);
    expect(friday!.summary).toMatch(/relief fund/);
    expect(friday!.quotes.some((q) => /chess/.test(q.text))).toBe(true);
    expect(friday!.articles).toBe(2);

    expect(entryOn(answer, '2023-04-11')[0]!.summary).toMatch(/state of emergency/);
    expect(entryOn(answer, '2023-04-10', 'week')[0]!.summary).toMatch(/march to the town hall/);
    // "two days after the inspection" has no dated inspection to count from.
    expect(answer.entries.every((e) => e.quotes.every((q) => !/inspection|nearly two weeks/.test(q.text)))).toBe(true);
    expect(answer.entries.map((e) => `${e.date} ${e.precision}`)).toEqual([
      '2023-04-10 week',
      '2023-04-10 day',
      '2023-04-11 day',
      '2023-04-13 day',
      '2023-04-14 day',
    ]);
  });

  it('covers the reporting period by default, from a month before the first report to the last, and says so', async () => {
    const { corpus } = await loadCorpus(writeCorpus(FLOOD_STORY), { snapshot: false });
    const answer = timeline(corpus, { limit: 100 });
    expect(answer.period).toEqual({ from: '2023-03-12', to: '2023-04-20', reportingPeriod: true });
    // The engineers' warning of 2019 is background, outside the period; asked for, it is there.
    expect(answer.entries.some((e) => e.date < '2023-03-12')).toBe(false);
    expect(renderTimeline(answer)).toContain('the reporting period, 2023-03-12 to 2023-04-20 (a month before the first report to the last');
    const wider = timeline(corpus, { from: '2019-01-01', limit: 100 });
    expect(wider.period).toEqual({ from: '2019-01-01', to: null, reportingPeriod: false });
    expect(entryOn(wider, '2019-01-01', 'year')[0]!.summary).toMatch(/Engineers had warned/);
  });

  it('ranks every day before any week, month or year, the days most articles mention first', async () => {
    const report = (name: string, published: string, body: string) => ({
      [`${name}.md`]: `---\ntitle: Fares ${name}\npublisher: ${name} News\npublished: ${published}\n---\n${body}\n`,
    });
    const FARES = {
      ...report('a', '2024-04-09', 'Bus fares rose sharply in March, riders said.\n\nThe tram depot closed on April 2 for repairs.'),
      ...report('b', '2024-04-10', 'Fares rose sharply in March across the region.\n\nCommuters protested at the depot on April 5.'),
      ...report('c', '2024-04-11', 'Riders are still angry that fares rose in March.\n\nThe depot reopened on April 5 after the protest.'),
    };
    const { corpus } = await loadCorpus(writeCorpus(FARES), { snapshot: false });
    const answer = timeline(corpus, { limit: 2 });
    // March is told by three articles, 5 April by two and 2 April by one: the days come first all the same.
    expect(answer.entries.map((e) => `${e.date} ${e.precision} ${e.articles}`)).toEqual(['2024-04-02 day 1', '2024-04-05 day 2']);
    const all = timeline(corpus, { limit: 100 });
    expect(all.entries.map((e) => `${e.date} ${e.precision}`)).toEqual(['2024-03-01 month', '2024-04-02 day', '2024-04-05 day']);
  });

  it('counts an article published on a day as a weaker mention of it', async () => {
    const { corpus } = await loadCorpus(
      writeCorpus({
        'a.md':
          '---\ntitle: One\npublisher: One\npublished: 2024-06-05\n---\nThe council met on June 1 to discuss the budget.\n\nThe strike began on June 2 at dawn.\n',
        'b.md':
          '---\ntitle: Two\npublisher: Two\npublished: 2024-06-05\n---\nThe council met on June 1 and approved the budget.\n\nWorkers said the strike began on June 2.\n',
        'c.md': '---\ntitle: Three\npublisher: Three\npublished: 2024-06-02\n---\nThe union had warned on May 30 that a strike was coming.\n',
      }),
      { snapshot: false },
    );
    // 1 and 2 June are each mentioned by two articles; c.md, published on 2 June, tells of that day without naming it.
    const answer = timeline(corpus, { limit: 1 });
    expect(answer.entries.map((e) => e.date)).toEqual(['2024-06-02']);
  });

  it('leads with what most reports carry when the limit is small', async () => {
    const { corpus } = await loadCorpus(writeCorpus(FLOOD_STORY), { snapshot: false });
    const answer = timeline(corpus, { limit: 2 });
    expect(answer.entries.map((e) => [e.date, e.articles])).toEqual([
      ['2023-04-10', 3],
      ['2023-04-14', 2],
    ]);
  });
});

describe('/timeline marks what every report places after itself', () => {
  const STRIKE = {
    'before.md': `---
title: Strike talks collapse
publisher: Test Wire
published: 2023-05-10
---
The previous round of talks collapsed on Monday.

A general strike is planned for May 20.
`,
  };
  const AFTER = {
    'after.md': `---
title: General strike shuts schools
publisher: Harbour Daily
published: 2023-05-21
---
The general strike on May 20 closed most schools in the region.
`,
  };

  it('flags a happening dated after every report of it as planned or expected, and says so in the terminal', async () => {
    const { corpus } = await loadCorpus(writeCorpus(STRIKE), { snapshot: false });
    // By default the timeline ends with the last report: a plan after it is asked for with `to`.
    expect(timelineAnswer(corpus, TimelineOptionsSchema.parse({})).entries.map((e) => e.date)).toEqual(['2023-05-08']);
    const answer = timelineAnswer(corpus, TimelineOptionsSchema.parse({ to: '2023-12-31' }));
    expect(answer.entries.map((e) => [e.date, e.ahead])).toEqual([
      ['2023-05-08', false],
      ['2023-05-20', true],
    ]);
    const text = renderTimeline(answer);
    expect(text).toMatch(/2023-05-20 {2}\(1 article, 1 passage\) {2}\[planned or expected: after every report of it\]/);
    expect(text).not.toMatch(/2023-05-08.*planned/);
  });

  it('does not flag what a report written after the day tells', async () => {
    const { corpus } = await loadCorpus(writeCorpus({ ...STRIKE, ...AFTER }), { snapshot: false });
    const may20 = timelineAnswer(corpus, TimelineOptionsSchema.parse({ to: '2023-12-31' })).entries.filter((e) => e.date === '2023-05-20');
    expect(may20.length).toBeGreaterThan(0);
    for (const entry of may20) {
      const reportedAfter = entry.quotes.some((q) => q.published === '2023-05-21');
      expect(entry.ahead).toBe(!reportedAfter);
    }
    expect(may20.some((e) => !e.ahead)).toBe(true);
  });
});
