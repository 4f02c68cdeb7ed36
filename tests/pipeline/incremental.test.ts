import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, readSeedMaterial } from '../../src/bench/generate.js';
import { Random } from '../../src/bench/random.js';
import { findInArticle } from '../../src/annotate/index.js';
import { parseArticleFile, parseArticleFiles, readArticleFiles } from '../../src/corpus/readArticles.js';
import { extractPassages } from '../../src/passages/extract.js';
import { articleKey, decodeArticleWork, encodeArticleWork, SEGMENT_BATCH } from '../../src/pipeline/articleWork.js';
import { corpusDataFrom } from '../../src/pipeline/build.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { CorpusStore } from '../../src/pipeline/store.js';
import { everyAnswer } from '../support/answers.js';
import { SEED_DIR, tempDir } from '../support/corpus.js';
import { copyFixtureArticles, FIXTURE_ARTICLES_DIR } from '../support/fixtures.js';
import { CHILE_PAGE, FARM_PROTEST, KENYA_REPEAT_VOTE, PARADE_DAY, PARADE_DOUBTS } from '../support/stories.js';

/**
 * A corpus changed one article at a time, each build reusing the kept
 * segments of the articles it already read (src/pipeline/articleWork.ts),
 * answers exactly as a build from scratch of the same folder: every
 * command's JSON, and the corpus data itself.
 */

/** Claims related to another of their sentence (a part of a national count, a second source's figure): kept by position in a segment. */
export const RELATED_CLAIMS = `---
title: Strikes across the country
publisher: Test Wire
published: 2023-03-08
---
More than 1 million people took part nationwide, including 80,000 in Paris, the CGT union said on Tuesday.

Tens of thousands of people (police: 35,000) marched in Lyon on Tuesday.
`;

/** The pool of article files the steps add and remove: the test corpora, and a small generated one. */
function pool(): string {
  const dir = tempDir('eventdesk-pool-');
  for (const name of readdirSync(FIXTURE_ARTICLES_DIR)) copyFileSync(path.join(FIXTURE_ARTICLES_DIR, name), path.join(dir, name));
  const stories = {
    'farm-protest.md': FARM_PROTEST,
    'chile-page.txt': CHILE_PAGE,
    'kenya-repeat-vote.md': KENYA_REPEAT_VOTE,
    'parade-day.md': PARADE_DAY,
    'parade-doubts.md': PARADE_DOUBTS,
  };
  for (const [name, text] of Object.entries(stories)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const segmentsOf = (cacheDir: string) => {
  const dir = path.join(cacheDir, 'articles');
  return new Map(readdirSync(dir).map((n) => [n, statSync(path.join(dir, n)).mtimeMs]));
};

describe('a corpus built one article at a time', () => {
  let from: string;

  beforeAll(async () => {
    from = pool();
    const generated = tempDir('eventdesk-generated-');
    generateCorpus(await readSeedMaterial(SEED_DIR), generated, { targetPassages: 400, seed: 23 });
    for (const name of readdirSync(generated)) copyFileSync(path.join(generated, name), path.join(from, `gen-${name}`));
  }, 60_000);

  it('answers as a build from scratch after every addition and removal, reading only the article changed', async () => {
    const names = readdirSync(from).sort();
    // The article with related claims is there from the start, and removed and added again below.
    expect(names.length).toBeGreaterThan(20);
    const random = new Random(5);
    const dir = tempDir('eventdesk-incremental-');
    const cacheDir = tempDir('eventdesk-incremental-cache-');
    mkdirSync(dir, { recursive: true });
    const present = new Set<string>();
    // Start from a third of the pool, then 24 steps: mostly additions, some removals.
    for (const name of names) if (random.chance(0.33) || name === 'related-claims.md') present.add(name);
    for (const name of present) copyFileSync(path.join(from, name), path.join(dir, name));
    await loadCorpus(dir, { cacheDir, worker: false });
    const seen = new Set(present);

    let additions = 0;
    let removals = 0;
    for (let step = 0; step < 24; step++) {
      const absent = names.filter((n) => !present.has(n));
      const add = absent.length > 0 && (present.size < 2 || random.chance(0.65));
      const name = random.pick(add ? absent : [...present]);
      const firstTime = !seen.has(name);
      seen.add(name);
      if (add) {
        copyFileSync(path.join(from, name), path.join(dir, name));
        present.add(name);
        additions++;
      } else {
        rmSync(path.join(dir, name));
        present.delete(name);
        removals++;
      }
      const before = segmentsOf(cacheDir);
      const { corpus: kept, fromSnapshot } = await loadCorpus(dir, { cacheDir, worker: false });
      const after = segmentsOf(cacheDir);
      const { corpus: scratch } = await loadCorpus(dir, { snapshot: false });

      const label = `step ${step}: ${add ? 'added' : 'removed'} ${name}`;
      expect(kept.hash, label).toBe(scratch.hash);
      if (!fromSnapshot) {
        // Only the article added was read: every other segment is the one kept before.
        const rewritten = [...after].filter(([n, t]) => before.get(n) !== t).length;
        if (add && firstTime) expect(rewritten, label).toBe(1);
        else expect(rewritten, label).toBeLessThanOrEqual(add ? 1 : 0);
      }
      expect(kept.passages, label).toEqual(scratch.passages);
      expect(JSON.stringify(kept.annotations), label).toBe(JSON.stringify(scratch.annotations));
      expect(everyAnswer(kept, step, 6), label).toEqual(everyAnswer(scratch, step, 6));
    }
    expect(additions).toBeGreaterThan(5);
    expect(removals).toBeGreaterThan(3);
  }, 600_000);
});

describe('an article segment', () => {
  it('gives back the passages and findings it was made from, claims related by position', () => {
    const source = parseArticleFile('related.md', Buffer.from(RELATED_CLAIMS));
    if ('message' in source) throw new Error(source.message);
    const passages = extractPassages(source);
    const work = { passages, findings: findInArticle(source.article, passages) };
    const related = work.findings.crowd.filter((c) => c.relation);
    expect(related.map((c) => c.relation!.kind).sort()).toEqual(['part-of', 'same-gathering']);

    const key = articleKey(source);
    const json = encodeArticleWork(key, work)!;
    const back = decodeArticleWork(json, key, source)!;
    expect(back).toEqual(work);
    // The relation is to the claim object of the same list, as the event rules read it.
    const targets = (crowd: typeof work.findings.crowd) =>
      crowd.map((c) => (c.relation ? crowd.indexOf(c.relation.kind === 'same-gathering' ? c.relation.head : c.relation.whole) : null));
    expect(targets(back.findings.crowd)).toEqual(targets(work.findings.crowd));
    expect(targets(back.findings.crowd).filter((t) => t !== null && t >= 0)).toHaveLength(2);
    // Another article's key, or a segment of another format, is not taken.
    expect(
      decodeArticleWork(
        json,
        key.replace(/^./, (c) => (c === '0' ? '1' : '0')),
        source,
      ),
    ).toBeNull();
    expect(decodeArticleWork(json.replace('"format":1', '"format":0'), key, source)).toBeNull();
    expect(decodeArticleWork('{"format":1', key, source)).toBeNull();
  });

  it('is keyed by the article as parsed and its text: a changed publication date or word is another key', () => {
    const key = (text: string) => {
      const source = parseArticleFile('a.md', Buffer.from(text));
      if ('message' in source) throw new Error(source.message);
      return articleKey(source);
    };
    expect(key(RELATED_CLAIMS)).toBe(key(RELATED_CLAIMS));
    expect(key(RELATED_CLAIMS.replace('2023-03-08', '2023-03-09'))).not.toBe(key(RELATED_CLAIMS));
    expect(key(RELATED_CLAIMS.replace('Lyon', 'Lille'))).not.toBe(key(RELATED_CLAIMS));
  });
});

describe('a store whose build worker is kept warm', () => {
  it('rebuilds on the worker from the segments it remembers, reading only the article added, and answers as a build from scratch', async () => {
    const dir = copyFixtureArticles();
    const cacheDir = tempDir();
    const store = new CorpusStore(dir, { cacheDir, worker: true, delta: false });
    try {
      await store.reload();
      expect(store.lastLoad?.builtOnWorker).toBe(true);
      const segments = path.join(cacheDir, 'articles');
      expect(readdirSync(segments)).toHaveLength(5);
      const stories = { 'farm-protest.md': FARM_PROTEST, 'related-claims.md': RELATED_CLAIMS };
      for (const [name, text] of Object.entries(stories)) {
        // The kept segments gone from the disk: only the worker's memory has them.
        rmSync(segments, { recursive: true, force: true });
        writeFileSync(path.join(dir, name), text);
        const corpus = await store.reload();
        expect(store.lastLoad?.builtOnWorker).toBe(true);
        expect(readdirSync(segments)).toHaveLength(1);
        const { corpus: scratch } = await loadCorpus(dir, { snapshot: false });
        expect(corpus.hash).toBe(scratch.hash);
        expect(JSON.stringify(corpus.annotations)).toBe(JSON.stringify(scratch.annotations));
        expect(everyAnswer(corpus, 3, 6)).toEqual(everyAnswer(scratch, 3, 6));
      }
    } finally {
      store.close();
    }
  }, 300_000);
});

describe('a build worker for one build', () => {
  it('writes every segment it made though it keeps none, and the next build reads them from the disk, answering as a build from scratch', async () => {
    const dir = copyFixtureArticles();
    const cacheDir = tempDir();
    const { builtOnWorker } = await loadCorpus(dir, { cacheDir, worker: true });
    expect(builtOnWorker).toBe(true);
    const first = segmentsOf(cacheDir);
    expect(first.size).toBe(5);
    writeFileSync(path.join(dir, 'related-claims.md'), RELATED_CLAIMS);
    const { corpus, builtOnWorker: again } = await loadCorpus(dir, { cacheDir, worker: true });
    expect(again).toBe(true);
    const after = segmentsOf(cacheDir);
    // The five kept were read, not made again; only the article added was.
    expect(after.size).toBe(6);
    expect([...after].filter(([n, t]) => first.get(n) !== t)).toHaveLength(1);
    const { corpus: scratch } = await loadCorpus(dir, { snapshot: false });
    expect(corpus.hash).toBe(scratch.hash);
    expect(corpus.passages).toEqual(scratch.passages);
    expect(JSON.stringify(corpus.annotations)).toBe(JSON.stringify(scratch.annotations));
    expect(everyAnswer(corpus, 4, 6)).toEqual(everyAnswer(scratch, 4, 6));
  }, 300_000);
});

describe('a build that keeps no segment in memory', () => {
  const build = async (keepSegments: boolean) => {
    const dir = tempDir('eventdesk-batch-');
    generateCorpus(await readSeedMaterial(SEED_DIR), dir, { targetPassages: (SEGMENT_BATCH + 6) * 17, seed: 5 });
    const { files } = await readArticleFiles(dir);
    const { sources, problems } = parseArticleFiles(files);
    const cacheDir = tempDir();
    const built = await corpusDataFrom('h', sources, problems, { cacheDir, keepSegments });
    const written = existsSync(path.join(cacheDir, 'articles')) ? readdirSync(path.join(cacheDir, 'articles')).length : 0;
    return { articles: sources.length, made: built.made.length, written };
  };

  it('writes its segments as it makes them, leaving the caller only the last batch', async () => {
    const { articles, made, written } = await build(false);
    expect(articles).toBeGreaterThan(SEGMENT_BATCH);
    expect(made).toBeLessThan(SEGMENT_BATCH);
    expect(written + made).toBe(articles);
  }, 120_000);

  it('writes none when it keeps them (the caller writes what it remembers)', async () => {
    const { articles, made, written } = await build(true);
    expect(made).toBe(articles);
    expect(written).toBe(0);
  }, 120_000);
});
