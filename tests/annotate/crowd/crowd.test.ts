import { describe, expect, it } from 'vitest';
import { annotateCrowdClaims, type CrowdClaim } from '../../../src/annotate/crowd/index.js';
import { crowdSizeAnswer, CrowdSizeAnswerSchema, type CrowdSizeAnswer } from '../../../src/answers/crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../../../src/answers/crowdSize/options.js';
import { findAnswer, runAnswer } from '../../../src/answers/registry.js';
import type { Corpus } from '../../../src/pipeline/corpus.js';
import { renderTerminal } from '../../../src/render/terminal/index.js';
import { articleText, SEED_DIR, seedCorpus } from '../../support/corpus.js';

const crowdSize = (corpus: Corpus, options: Record<string, unknown> = {}) => crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse(options));

const BI = '000_d5b024a4c0962a31';
const UPI = '001_0a02469e7821bf9c';
const AFP = '002_f76014bc7f904f96';
const CGTN = '004_46001f636ff86d61';

/** The estimates the issue names for the 24 January march, with who the text says gave each. */
const MARCH_ESTIMATES = [
  { article: AFP, text: /^thousands$/i, low: 2_000, high: 2_000, claimant: null },
  { article: BI, text: /^hundreds of thousands$/i, low: 200_000, high: 200_000, claimant: null },
  { article: BI, text: /^a quarter to a half a million$/, low: 250_000, high: 500_000, claimant: "TIME's Kimberly Dozier" },
  { article: BI, text: /^500,000$/, low: 500_000, high: 500_000, claimant: 'two Iraqi officials' },
  { article: UPI, text: /^millions$/i, low: 2_000_000, high: 2_000_000, claimant: null },
  {
    article: UPI,
    text: /^more than 2\.5 million$/,
    low: 2_500_000,
    high: null,
    claimant: 'Sayed Sadiq al-Hashemi, head of the Iraqi Center for Studies',
  },
];

function expectEstimates(claims: Array<Pick<CrowdClaim, 'articleId' | 'text' | 'low' | 'high' | 'claimant'>>) {
  for (const want of MARCH_ESTIMATES) {
    const found = claims.filter((c) => c.articleId === want.article && want.text.test(c.text));
    expect(found.length, `${want.text} in ${want.article}`).toBeGreaterThan(0);
    for (const c of found) expect({ low: c.low, high: c.high, claimant: c.claimant }).toEqual({ low: want.low, high: want.high, claimant: want.claimant });
  }
}

describe('crowd-size claims in the seed articles', () => {
  it('finds every estimate of the 24 January march with who gave it', async () => {
    expectEstimates((await seedCorpus()).annotations.crowd);
  });

  it('finds the crowd outside the embassy on 31 December as the publisher’s own figure', async () => {
    const cgtn = (await seedCorpus()).annotations.crowd.filter((c) => c.articleId === CGTN);
    expect(cgtn.map((c) => [c.text, c.low, c.high, c.claimant, c.counted])).toEqual([['Thousands', 2_000, 2_000, null, 'demonstrators']]);
  });

  it('takes no troops, casualties, members killed, rockets, percentages, years, durations or names for crowds', async () => {
    const corpus = await seedCorpus();
    const texts = corpus.annotations.crowd.map((c) => c.text);
    for (const notACrowd of ['5,200', '3,000', '750', '24', '34', '36', '2003', '2011', '20', '25', 'two', 'three', 'nine', 'million', 'About two']) {
      expect(
        texts.some((t) => t.replace(/^(around|at least|nearly|about) /i, '') === notACrowd),
        notACrowd,
      ).toBe(false);
    }
    // Every claim is tied to a gathering: only the march and the embassy crowd.
    expect(new Set(corpus.annotations.crowd.map((c) => c.articleId))).toEqual(new Set([BI, UPI, AFP, CGTN]));
    expect(corpus.annotations.crowd.every((c) => c.low >= 2_000)).toBe(true);
  });

  it('keeps each claim verbatim: its text is the file between its offsets', async () => {
    const corpus = await seedCorpus();
    for (const c of corpus.annotations.crowd) {
      const article = corpus.articleById.get(c.articleId)!;
      expect(articleText(SEED_DIR, article.file).slice(c.start, c.end)).toBe(c.text);
      const passage = corpus.passageById.get(c.passageId)!;
      expect(c.start).toBeGreaterThanOrEqual(passage.start);
      expect(c.end).toBeLessThanOrEqual(passage.end);
    }
  });

  it('tells the march from the embassy crowd, with or without the date annotations', async () => {
    const corpus = await seedCorpus();
    const withDates = corpus.annotations.crowd;
    const withoutDates = annotateCrowdClaims(corpus.articles, corpus.passages, []);
    for (const claims of [withDates, withoutDates]) {
      const events = new Map<string, CrowdClaim[]>();
      for (const c of claims) events.set(c.event.id, [...(events.get(c.event.id) ?? []), c]);
      expect(events.size).toBe(2);
      const embassy = claims.find((c) => c.articleId === CGTN)!.event;
      const march = claims.find((c) => c.articleId === UPI)!.event;
      expect(embassy.date).toBe('2019-12-31');
      expect(embassy.label).toMatch(/embassy in Baghdad/);
      expect(march.date).toBe('2020-01-24');
      expect(march.label).toBe('march in Baghdad');
      for (const c of claims) expect(c.event.id).toBe(c.articleId === CGTN ? embassy.id : march.id);
    }
  });
});

describe('the crowd-size answer on the seed articles', () => {
  it('puts the march first, its claims ordered by size from 2,000 to an open-ended 2.5 million', async () => {
    const answer = crowdSize(await seedCorpus());
    expect(CrowdSizeAnswerSchema.parse(answer)).toEqual(answer);
    const [march, embassy, ...rest] = answer.events;
    expect(rest).toEqual([]);
    expect(march!.label).toBe('march in Baghdad');
    expect(march!.date).toBe('2020-01-24');
    expect(march!.low).toBe(2_000);
    // The highest claim, "more than 2.5 million", has no upper bound.
    expect(march!.high).toBeNull();
    const sizes = march!.claims.map((c) => [c.low, c.high ?? Infinity]);
    expect(sizes).toEqual([...sizes].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
    expectEstimates(march!.claims.map((c) => ({ ...c, articleId: c.quote.article })));
    expect(embassy!.date).toBe('2019-12-31');
    expect([embassy!.low, embassy!.high]).toEqual([2_000, 2_000]);
  });

  it('gives each claim once per article and source, quoting the body rather than the headline', async () => {
    const corpus = await seedCorpus();
    const [march] = crowdSize(corpus).events;
    const biOwn = march!.claims.filter((c) => c.quote.article === BI && c.claimant === null);
    expect(biOwn).toHaveLength(1);
    const passage = [...corpus.passageById.values()].find((p) => p.articleId === BI && p.start === biOwn[0]!.quote.start)!;
    expect(passage.kind).toBe('body');
    // Different sources in one article stay apart: BI's own, Dozier's and the officials'.
    expect(march!.claims.filter((c) => c.quote.article === BI)).toHaveLength(3);
    for (const c of march!.claims) {
      expect(articleText(SEED_DIR, `${c.quote.article}.md`).slice(c.quote.start, c.quote.end)).toBe(c.quote.text);
      expect(c.quote.text).toContain(c.text);
    }
  });

  it('picks one event by a date or by words, and none when nothing matches', async () => {
    const corpus = await seedCorpus();
    const only = (a: CrowdSizeAnswer) => a.events.map((e) => e.date);
    expect(only(crowdSize(corpus, { event: '2019-12-31' }))).toEqual(['2019-12-31']);
    expect(only(crowdSize(corpus, { event: '31 December' }))).toEqual(['2019-12-31']);
    expect(only(crowdSize(corpus, { event: 'Jan. 24, 2020' }))).toEqual(['2020-01-24']);
    expect(only(crowdSize(corpus, { event: 'embassy' }))).toEqual(['2019-12-31']);
    expect(only(crowdSize(corpus, { event: 'the march in Baghdad' }))).toEqual(['2020-01-24']);
    expect(only(crowdSize(corpus, { event: 'Sadr rally' }))).toEqual(['2020-01-24']);
    expect(only(crowdSize(corpus, { event: '24 January 2019' }))).toEqual([]);
    expect(only(crowdSize(corpus, { event: 'volcano eruption' }))).toEqual([]);
  });

  it('limits the number of events', async () => {
    const answer = crowdSize(await seedCorpus(), { limit: 1 });
    expect(answer.events.map((e) => e.label)).toEqual(['march in Baghdad']);
  });

  it('validates options through the registry with clear messages', async () => {
    const corpus = await seedCorpus();
    const spec = findAnswer('crowd-size')!;
    expect(spec).toBeDefined();
    const bad = runAnswer(spec, corpus, { limit: '0' });
    expect(bad).toEqual({ ok: false, message: 'limit must be at least 1' });
    const unknown = runAnswer(spec, corpus, { place: 'Baghdad' });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.message).toMatch(/unknown option: place/);
    const empty = runAnswer(spec, corpus, { event: '   ' });
    expect(empty).toEqual({ ok: false, message: 'event must not be empty' });
    const good = runAnswer(spec, corpus, { event: 'embassy', limit: '3' });
    expect(good.ok && (good.value as CrowdSizeAnswer).events).toHaveLength(1);
  });

  it('renders every claim side by side with who gave it, and the passage', async () => {
    const text = renderTerminal(crowdSize(await seedCorpus()));
    for (const shown of [
      '“a quarter to a half a million”',
      '250,000 – 500,000',
      "TIME's Kimberly Dozier",
      'two Iraqi officials',
      '2,500,000 or more',
      'Sayed Sadiq al-Hashemi, head of the Iraqi Center for Studies',
      'UPI (own reporting)',
      'CGTN (own reporting)',
      'none is picked as the right one',
      '≈ 2,000',
    ]) {
      expect(text).toContain(shown);
    }
    expect(text.indexOf('march in Baghdad')).toBeLessThan(text.indexOf('embassy in Baghdad · 2019-12-31'));
    expect(renderTerminal(crowdSize(await seedCorpus(), { event: 'volcano' }))).toMatch(/No crowd-size estimate matches/);
  });
});

describe('crowd-size from the command line words', () => {
  it('takes bare words as the event, and a date wins over words that do not match it', async () => {
    const corpus = await seedCorpus();
    const spec = findAnswer('crowd-size')!;
    expect(spec.positional).toBe('event');
    expect(crowdSize(corpus, { event: 'the protest on 31 December' }).events.map((e) => e.date)).toEqual(['2019-12-31']);
  });
});
