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
    expect(renderTimeline(answer)).toMatch(/the 3 most reported of \d+ dated happenings/);
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
  it('merges the flood across three reports and keeps two happenings of one Friday apart', async () => {
    const { corpus } = await loadCorpus(writeCorpus(FLOOD_STORY), { snapshot: false });
    const answer = timeline(corpus, { limit: 100 });
    const flood = entryOn(answer, '2023-04-10').filter((e) => e.quotes.some((q) => /burst its banks/.test(q.text)));
    expect(flood).toHaveLength(1);
    expect(flood[0]!.articles).toBe(3);
    expect(flood[0]!.quotes.map((q) => q.article)).toEqual(['a', 'b', 'c']);

    const friday = entryOn(answer, '2023-04-14');
    expect(friday).toHaveLength(2);
    const relief = friday.find((e) => e.quotes.some((q) => /relief fund/.test(q.text)))!;
    const chess = friday.find((e) => e.quotes.some((q) => /chess/.test(q.text)))!;
    expect(relief).not.toBe(chess);
    // The planned vote (Wednesday's "will vote on Friday") and the vote itself are one happening.
    expect(relief.articles).toBe(2);
    expect(chess.quotes).toHaveLength(1);

    expect(entryOn(answer, '2023-04-11')[0]!.summary).toMatch(/state of emergency/);
    expect(entryOn(answer, '2023-04-10', 'week')[0]!.summary).toMatch(/march to the town hall/);
    expect(entryOn(answer, '2019-01-01', 'year')[0]!.summary).toMatch(/Engineers had warned/);
    // "three days before the rescue boats arrived" is counted from the rescue (13 April, says b.md), not from
    // publication (20 April); "two days after the inspection" has no dated inspection to count from.
    const levee = answer.entries.filter((e) => e.quotes.some((q) => /three days before/.test(q.text)));
    expect(levee.map((e) => e.date)).toEqual(['2023-04-10']);
    expect(answer.entries.every((e) => e.quotes.every((q) => !/inspection|nearly two weeks/.test(q.text)))).toBe(true);
    expect(answer.entries.map((e) => e.date)).toEqual([
      '2019-01-01',
      '2023-04-10',
      '2023-04-10',
      '2023-04-10',
      '2023-04-11',
      '2023-04-13',
      '2023-04-14',
      '2023-04-14',
    ]);
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
    const answer = timelineAnswer(corpus, TimelineOptionsSchema.parse({}));
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
    const may20 = timelineAnswer(corpus, TimelineOptionsSchema.parse({})).entries.filter((e) => e.date === '2023-05-20');
    expect(may20.length).toBeGreaterThan(0);
    for (const entry of may20) {
      const reportedAfter = entry.quotes.some((q) => q.published === '2023-05-21');
      expect(entry.ahead).toBe(!reportedAfter);
    }
    expect(may20.some((e) => !e.ahead)).toBe(true);
  });
});
