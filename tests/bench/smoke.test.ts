import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWERS } from '../../src/answers/registry.js';
import { generateCorpus, readSeedMaterial } from '../../src/bench/generate.js';
import { measureLatency, NaiveScan } from '../../src/bench/measure.js';
import { formatReport } from '../../src/bench/report.js';
import { runBench } from '../../src/bench/run.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { searchPassages, searchPassagesWithMiniSearch } from '../../src/search/passageIndex.js';
import { SEED_DIR, tempDir, writeCorpus } from '../support/corpus.js';

const files = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(path.join(dir, n), 'utf8')]),
  );

describe('the bench corpus generator', () => {
  it('recombines seed sentences into valid, varied articles, the same for the same seed', async () => {
    const seed = await readSeedMaterial(SEED_DIR);
    const a = tempDir();
    const b = tempDir();
    const made = generateCorpus(seed, a, { targetPassages: 300, seed: 7 });
    generateCorpus(seed, b, { targetPassages: 300, seed: 7 });
    expect(files(a)).toEqual(files(b));

    const { corpus } = await loadCorpus(a, { snapshot: false });
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles).toHaveLength(made.articles);
    // About the asked size: each article is a headline and 8-24 sentences.
    expect(corpus.passages.length).toBeGreaterThan(150);
    expect(corpus.passages.length).toBeLessThan(600);
    // Names are varied: the generated text has capitalised words no seed has.
    const seedText = Object.values(files(SEED_DIR)).join('\n');
    const novel = corpus.passages.flatMap((p) => p.text.match(/\b\p{Lu}\p{Ll}{3,}\b/gu) ?? []).filter((w) => !seedText.includes(w));
    expect(new Set(novel).size).toBeGreaterThan(20);
  });

  it('works from a corpus about another story', async () => {
    const dir = writeCorpus({
      'a.md':
        '---\ntitle: Flooding closes the Rhine to barges\npublisher: Rheinpost\npublished: 2021-07-15\n---\nThe river Rhine rose four metres at Koblenz on Tuesday. Shipping was halted by the authority in Mainz.\nHelga Brandt, a lock keeper, said 300 barges were waiting.\n',
      'b.md':
        '---\ntitle: Barges move again on the Rhine\npublished: 2021-07-20\n---\nTraffic resumed on Sunday after the water fell. Officials in Koblenz counted 1,200 vessels in the queue.\n',
    });
    const seed = await readSeedMaterial(dir);
    expect(seed.properNouns).toEqual(expect.arrayContaining(['Koblenz', 'Rhine']));
    const out = tempDir();
    generateCorpus(seed, out, { targetPassages: 100, seed: 1 });
    const { corpus } = await loadCorpus(out, { snapshot: false });
    expect(corpus.problems).toEqual([]);
    expect(corpus.passages.length).toBeGreaterThan(40);
  });
});

describe('the packed snapshot', () => {
  it('loads exactly the corpus and index it saved, on a generated corpus', async () => {
    const seed = await readSeedMaterial(SEED_DIR);
    const dir = tempDir();
    generateCorpus(seed, dir, { targetPassages: 400, seed: 3 });
    const cacheDir = tempDir();
    const built = await loadCorpus(dir, { cacheDir });
    const loaded = await loadCorpus(dir, { cacheDir });
    expect(built.fromSnapshot).toBe(false);
    expect(loaded.fromSnapshot).toBe(true);
    expect(loaded.corpus.passages).toEqual(built.corpus.passages);
    expect(loaded.corpus.articles).toEqual(built.corpus.articles);
    expect(loaded.corpus.annotations).toEqual(built.corpus.annotations);
    expect(loaded.corpus.index.documentCount).toBe(built.corpus.index.documentCount);
    expect(loaded.corpus.index.termCount).toBe(built.corpus.index.termCount);
    const words = built.corpus.passages.slice(0, 40).map((p) => p.text.split(/\s+/).slice(1, 3).join(' '));
    for (const query of [...words, 'protestrs', 'emba', 'b']) {
      expect(searchPassages(loaded.corpus.index, query)).toEqual(searchPassages(built.corpus.index, query));
    }
  });
});

describe('the bench measurements', () => {
  it('time every registered command and the baseline on generated inputs', async () => {
    const { corpus } = await loadCorpus(SEED_DIR, { snapshot: false });
    const report = await measureLatency(corpus, { queries: 30, seed: 5 });
    expect(report.commands.map((c) => c.command)).toEqual(ANSWERS.map((a) => a.name));
    for (const c of report.commands) {
      expect(c.latency.count).toBeGreaterThanOrEqual(30);
      expect(c.errors).toBe(0);
      expect(c.baseline.count).toBe(c.latency.count);
      expect(c.latency.p99).toBeGreaterThanOrEqual(c.latency.p50);
    }
    expect(Object.keys(report.searchByKind)).toEqual(expect.arrayContaining(['typo', 'prefix', 'short']));
    expect(report.autocomplete.map((a) => a.command)).toEqual(['autocomplete /who', 'autocomplete /crowd-size']);
    for (const a of report.autocomplete) expect(a.latency.count).toBe(30);
  });

  it('the baseline finds the passages that contain the words', async () => {
    const { corpus } = await loadCorpus(SEED_DIR, { snapshot: false });
    const scan = new NaiveScan(corpus);
    const hits = scan.search('Soleimani embassy', 50);
    expect(hits.length).toBeGreaterThan(0);
    for (const i of hits) expect(corpus.passages[i]!.text).toMatch(/Soleimani|embassy/i);
  });

  it('a whole run on a tiny corpus gives a report of the full shape', async () => {
    const report = await runBench({
      seedDir: SEED_DIR,
      sizes: [120],
      queries: 20,
      seed: 11,
      coldRuns: 1,
      e2eInteractions: 12,
      e2eInFlight: 4,
      workDir: path.join(tempDir(), 'bench'),
    });
    expect(report.corpora.map((c) => c.name)).toEqual(['seeds', 'gen-120']);
    for (const c of report.corpora) {
      expect(c.passages).toBeGreaterThan(0);
      expect(c.ingest.articlesPerSec).toBeGreaterThan(0);
      expect(c.snapshotBytes).toBeGreaterThan(0);
      expect(c.cold.fromSnapshot).toBe(true);
      expect(c.memory.heapUsed).toBeGreaterThan(0);
      expect(c.latency.commands.map((x) => x.command)).toEqual(ANSWERS.map((a) => a.name));
    }
    expect(report.e2e.measured).toBe(true);
    if (report.e2e.measured) {
      expect(report.e2e.reply.count + report.e2e.failed).toBe(12);
      expect(report.e2e.perSecond).toBeGreaterThan(0);
    }
    expect(report.targets.map((t) => t.target)).toEqual(expect.arrayContaining(['cold start to first answer', 'ingest throughput']));
    const table = formatReport(report);
    expect(table).toContain('| articles / passages |');
    expect(table).toContain('search p50 / p99 (ms)');
  }, 240_000);
});

describe('the fast passage scorer', () => {
  it('ranks exactly as minisearch does, on the seeds and on a generated corpus', async () => {
    const seed = await readSeedMaterial(SEED_DIR);
    const dir = tempDir();
    generateCorpus(seed, dir, { targetPassages: 1500, seed: 9 });
    for (const corpusDir of [SEED_DIR, dir]) {
      const { corpus } = await loadCorpus(corpusDir, { snapshot: false });
      // And the index as a cold start has it: loaded from the snapshot, its postings still packed.
      const cacheDir = tempDir();
      await loadCorpus(corpusDir, { cacheDir });
      const loaded = await loadCorpus(corpusDir, { cacheDir });
      expect(loaded.fromSnapshot).toBe(true);
      const queries = [
        'how many people marched in Baghdad',
        'Kataib Hezbollah embassy',
        'protestrs', // fuzzy
        'emba', // prefix
        'b',
        'the of and',
        'zzzzqx',
        ...corpus.passages.filter((_, i) => i % 37 === 0).map((p) => p.text.split(/\s+/).slice(2, 6).join(' ')),
      ];
      for (const query of queries) {
        for (const limit of [5, undefined]) {
          const fromPacked = searchPassages(loaded.corpus.index, query, { limit });
          const fast = searchPassages(corpus.index, query, { limit });
          expect(fromPacked).toEqual(fast);
          const reference = searchPassagesWithMiniSearch(corpus.index, query, { limit });
          expect(fast.map((h) => h.id)).toEqual(reference.map((h) => h.id));
          fast.forEach((h, i) => expect(h.score).toBeCloseTo(reference[i]!.score, 9));
        }
      }
      const even = (id: string) => Number(id.split('#')[1]) % 2 === 0;
      expect(searchPassages(corpus.index, 'protest', { limit: 7, filter: even })).toEqual(
        searchPassagesWithMiniSearch(corpus.index, 'protest', { limit: 7, filter: even }),
      );
    }
  });
});
