import { describe, expect, it } from 'vitest';
import { SummaryAnswerSchema, summaryAnswer } from '../../../src/answers/summary/answer.js';
import { loadCorpus } from '../../../src/pipeline/loadCorpus.js';
import { renderSummary } from '../../../src/answers/summary/terminal.js';
import { seedCorpus, tempDir, writeCorpus } from '../../support/corpus.js';

describe('summary: the digest a moderator pins', () => {
  it('brings together the key happenings, the crowd range with its sources, the main names and the sources', async () => {
    const corpus = await seedCorpus();
    const s = SummaryAnswerSchema.parse(summaryAnswer(corpus, { limit: 8 }));
    expect(s.happenings.length).toBeGreaterThan(2);
    expect(s.happenings.length).toBeLessThanOrEqual(8);
    const dates = s.happenings.map((h) => h.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2019-12-31', '2020-01-03', '2020-01-24']));
    // The march with the most estimates leads, and its range spans them all.
    const march = s.crowd[0]!;
    expect(march.date).toBe('2020-01-24');
    expect(march.claims.length).toBeGreaterThanOrEqual(6);
    expect(march.low).toBe(Math.min(...march.claims.map((c) => c.low)));
    expect(march.claims.some((c) => c.claimant !== null)).toBe(true);
    expect(s.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Qasem Soleimani']));
    expect(s.people.some((p) => /Sadr/.test(p.name))).toBe(true);
    expect(s.sources).toHaveLength(5);
    expect(s.generatedFrom).toEqual({ articles: 5, hash: corpus.hash });
  });

  it('says so plainly for a corpus with nothing to count, and for an empty folder', async () => {
    const dir = writeCorpus({
      'a.md': '---\ntitle: Library reopens\npublisher: Town Crier\npublished: 2023-05-02\n---\nThe town library reopened on Monday after a year of repairs.',
    });
    const small = summaryAnswer((await loadCorpus(dir, { snapshot: false })).corpus, { limit: 8 });
    expect(small.crowd).toEqual([]);
    expect(small.sources).toHaveLength(1);
    expect(renderSummary(small)).toMatch(/no estimate found/);

    const empty = summaryAnswer((await loadCorpus(tempDir(), { snapshot: false })).corpus, { limit: 8 });
    expect(empty).toMatchObject({ happenings: [], crowd: [], people: [], sources: [] });
    expect(renderSummary(empty)).toMatch(/Summary of 0 articles/);
  });
});
