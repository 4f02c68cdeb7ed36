import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/corpus/readArticles.js';
import { fingerprintOf, jaccard } from '../../src/ingest/duplicates.js';
import { ingest, type IngestReport } from '../../src/ingest/ingest.js';
import { expandInputs } from '../../src/ingest/inputs.js';
import type { IngestOutcome } from '../../src/ingest/types.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { isSnapshotFile } from '../../src/pipeline/snapshot.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { FLOOD_ARTICLE_HTML, FLOOD_REPORT_MD, FLOOD_WIRE_TXT, NAV_ONLY_HTML, tempDir, writeFiles } from './fixtures.js';
import { SEED_DIR } from '../support/corpus.js';

const noSnapshot = { snapshot: false } as const;

function added(o: IngestOutcome | undefined) {
  if (o?.status !== 'added') throw new Error(`expected an added article, got ${JSON.stringify(o)}`);
  return o;
}

function passageTextsByTitle(corpus: Corpus): Map<string, string[]> {
  const titles = new Map(corpus.articles.map((a) => [a.id, a.title]));
  const out = new Map<string, string[]>();
  for (const p of corpus.passages) {
    const title = titles.get(p.articleId)!;
    out.set(title, [...(out.get(title) ?? []), p.text]);
  }
  return out;
}

describe('ingesting the seed articles into an empty corpus', () => {
  let seeds: Corpus;
  let report: IngestReport;
  let corpusDir: string;

  beforeAll(async () => {
    seeds = (await loadCorpus(SEED_DIR, noSnapshot)).corpus;
    corpusDir = path.join(await tempDir(), 'articles');
    const { sources } = await expandInputs([SEED_DIR]);
    report = await ingest(sources, corpusDir, noSnapshot);
  });

  it('adds all five, keeping what each says about itself', () => {
    expect(report.outcomes.map((o) => o.status)).toEqual(['added', 'added', 'added', 'added', 'added']);
    const facts = report.outcomes.map((o) => [added(o).article.publisher, added(o).article.published]);
    expect(facts).toEqual([
      ['Business Insider', '2020-01-24'],
      ['UPI', '2020-01-24'],
      [null, '2020-01-24'],
      ['Democracy Now!', '2020-01-02'],
      ['CGTN', '2019-12-31'],
    ]);
    expect(report.after.articles).toHaveLength(5);
    expect(report.after.problems).toEqual([]);
  });

  it('keeps every passage verbatim: the same passages as the originals, each a substring of its new file', async () => {
    expect(passageTextsByTitle(report.after)).toEqual(passageTextsByTitle(seeds));
    for (const article of report.after.articles) {
      const text = await readFile(path.join(corpusDir, article.file), 'utf8');
      for (const p of report.after.passages.filter((q) => q.articleId === article.id)) {
        expect(text.slice(p.start, p.end)).toBe(p.text);
      }
    }
  });

  it('gives ids made of the date, a title slug and a content hash, the same on every run', async () => {
    for (const o of report.outcomes) expect(added(o).article.id).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+-[0-9a-f]{8}$/);
    expect(added(report.outcomes[4]).file).toMatch(/^2019-12-31-iraqi-protesters-rally-outside-us-embassy-in-baghdad-[0-9a-f]{8}\.md$/);
    const again = await ingest([{ kind: 'file', path: path.join(SEED_DIR, seeds.articles[4]!.file) }], path.join(await tempDir(), 'c'), noSnapshot);
    expect(added(again.outcomes[0]).article.id).toBe(added(report.outcomes[4]).article.id);
  });

  it('refuses the same files a second time, naming the article already there, and writes nothing', async () => {
    const filesBefore = await readdir(corpusDir);
    const { sources } = await expandInputs([SEED_DIR]);
    const second = await ingest(sources, corpusDir, noSnapshot);
    expect(second.outcomes.every((o) => o.status === 'duplicate' && o.sameText)).toBe(true);
    const first = second.outcomes[0]!;
    expect(first.status === 'duplicate' && first.existing.id).toBe(added(report.outcomes[0]).article.id);
    expect(first.status === 'duplicate' && first.message).toContain(added(report.outcomes[0]).article.id);
    expect(await readdir(corpusDir)).toEqual(filesBefore);
  });

  it('refuses the same story with trivial differences: whitespace, line endings, chrome, a new headline', async () => {
    const cgtn = seeds.articles.find((a) => a.publisher === 'CGTN')!;
    const original = await readFile(path.join(SEED_DIR, cgtn.file), 'utf8');
    const body = original.slice(cgtn.bodyStart);
    const variant = [
      '---',
      'title: "Embassy in Baghdad evacuated as crowds gather (updated)"',
      '---',
      'Embassy in Baghdad evacuated as crowds gather (updated)',
      body.replace(/\. /g, '.  ').replace(/\n/g, '\r\n'),
      'Sign up for our newsletter to get the top stories delivered to your inbox.',
      '',
    ].join('\r\n');
    const dir = await tempDir();
    const [file] = await writeFiles(dir, { 'cgtn-variant.md': variant });
    const result = await ingest([{ kind: 'file', path: file! }], corpusDir, noSnapshot);
    const outcome = result.outcomes[0]!;
    expect(outcome.status).toBe('duplicate');
    if (outcome.status !== 'duplicate') return;
    expect(outcome.existing.publisher).toBe('CGTN');
    expect(outcome.similarity).toBeGreaterThan(0.9);
    expect(outcome.message).toContain(outcome.existing.id);
  });
});

describe('a story that changed more than trivially', () => {
  it('refuses a copy with a few words edited, and adds an update with new paragraphs as a new article', async () => {
    const seeds = (await loadCorpus(SEED_DIR, noSnapshot)).corpus;
    const cgtn = seeds.articles.find((a) => a.publisher === 'CGTN')!;
    const original = await readFile(path.join(SEED_DIR, cgtn.file), 'utf8');
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    const edited = original.replace('Thousands of demonstrators', 'Several thousand demonstrators').replace('pro-Iran factions', 'Iran-backed factions');
    const updated = `${original}\nLate on Tuesday, security forces fired tear gas to push the remaining protesters back from the compound walls, witnesses said.\n\nThe State Department said additional Marines had been sent to reinforce the embassy and that no American staff had been hurt.\n\nIraq's caretaker government called for calm and said it would hold talks with the leaders of the factions on Wednesday.\n\nBy nightfall, several hundred protesters had pitched tents outside the main gate and vowed to stay until U.S. troops leave the country.\n`;
    const [first, copy, update] = await writeFiles(dir, { 'original.md': original, 'edited.md': edited, 'updated.md': updated });
    const report = await ingest(
      [first, copy, update].map((p) => ({ kind: 'file' as const, path: p! })),
      corpusDir,
      noSnapshot,
    );
    const [, editedOutcome, updatedOutcome] = report.outcomes;
    expect(editedOutcome).toMatchObject({ status: 'duplicate', sameText: false, similarity: expect.any(Number) });
    expect(editedOutcome?.status === 'duplicate' && editedOutcome.similarity).toBeGreaterThan(0.9);
    expect(updatedOutcome?.status).toBe('added');
  });
});

describe('duplicate detection does not confuse different reports', () => {
  it('finds little in common between any two seed articles, though three report the same march', async () => {
    const { corpus } = await loadCorpus(SEED_DIR, noSnapshot);
    const prints = corpus.articles.map((a) => fingerprintOf(corpus.passages.filter((p) => p.articleId === a.id)));
    let highest = 0;
    for (let i = 0; i < prints.length; i++) {
      for (let j = i + 1; j < prints.length; j++) highest = Math.max(highest, jaccard(prints[i]!.shingles, prints[j]!.shingles));
    }
    expect(highest).toBeLessThan(0.2);
  });
});

describe('a corpus of another story', () => {
  it('takes .txt without front matter and .md with it, and refuses what would not load', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'flood');
    const [txt, md, bad, pdf, empty] = await writeFiles(dir, {
      'wire.txt': FLOOD_WIRE_TXT,
      'courier.md': FLOOD_REPORT_MD,
      'bad.md': '---\ntitle: Flood\npublished: 2026-02-30\n---\nThe river rose.\n',
      'scan.pdf': '%PDF-1.4',
      'empty.md': '---\ntitle: Nothing here\n---\n\n',
    });
    const report = await ingest(
      [txt, md, bad, pdf, empty, path.join(dir, 'missing.txt')].map((p) => ({ kind: 'file' as const, path: p! })),
      corpusDir,
      noSnapshot,
    );
    const [wire, courier, badDate, notText, noBody, missing] = report.outcomes;
    expect(added(wire).article).toMatchObject({
      title: 'Floodwaters force thousands from homes in Kestrel Bay',
      publisher: 'Wirepoint',
      published: '2026-03-03',
    });
    expect(added(courier).article).toMatchObject({
      title: 'Kestrel Bay: the night the Marrow River rose',
      publisher: 'The Valley Courier',
      published: '2026-03-05',
    });
    expect(added(courier).passages).toBe(3); // the newsletter pitch is chrome
    expect(badDate).toMatchObject({ status: 'refused', message: expect.stringContaining('not a real calendar date') });
    expect(notText).toMatchObject({ status: 'refused', message: expect.stringContaining('.txt, .md, .html') });
    expect(noBody).toMatchObject({ status: 'refused', message: expect.stringContaining('no body text') });
    expect(missing).toMatchObject({ status: 'refused', message: expect.stringMatching(/missing\.txt does not exist$/) });
    const bareLinks = await ingest(
      ['example.org/news/flood', 'www.example.org/news/flood.html'].map((p) => ({ kind: 'file' as const, path: p })),
      corpusDir,
      noSnapshot,
    );
    for (const o of bareLinks.outcomes) expect(o).toMatchObject({ message: expect.stringMatching(/\(a link must start with http:\/\/ or https:\/\/\)$/) });

    const files = (await readdir(corpusDir)).sort();
    expect(files).toEqual([added(wire).file, added(courier).file].sort());
    // What was written loads exactly as the loader reads any article, with its front matter.
    const loaded = await readArticles(corpusDir);
    expect(loaded.problems).toEqual([]);
    const wireText = await readFile(path.join(corpusDir, added(wire).file), 'utf8');
    expect(wireText).toMatch(/^---\ntitle: Floodwaters force thousands from homes in Kestrel Bay\npublisher: Wirepoint\npublished: 2026-03-03\n---\n/);
    expect(wireText.endsWith(FLOOD_WIRE_TXT)).toBe(true);
    const courierText = await readFile(path.join(corpusDir, added(courier).file), 'utf8');
    expect(courierText).toContain('title: "Kestrel Bay: the night the Marrow River rose"');
  });

  it('takes a saved .html page, with the address its canonical link gives, and refuses a saved page with no article', async () => {
    const dir = await tempDir();
    const [page, home] = await writeFiles(dir, { 'saved page.htm': FLOOD_ARTICLE_HTML, 'home.html': NAV_ONLY_HTML });
    const report = await ingest(
      [
        { kind: 'file', path: page! },
        { kind: 'file', path: home! },
      ],
      path.join(dir, 'corpus'),
      noSnapshot,
    );
    expect(added(report.outcomes[0]).article).toMatchObject({
      title: 'River levels fall in Kestrel Bay as residents return',
      publisher: 'The Lowland Herald',
      published: '2026-03-08',
      url: 'https://lowlandherald.example/news/kestrel-bay-return',
    });
    expect(report.outcomes[1]).toMatchObject({ status: 'refused', message: expect.stringContaining('no article found') });
  });

  it('refuses a copy within the same batch, naming the article the batch just added', async () => {
    const dir = await tempDir();
    await writeFiles(dir, {
      'a.txt': FLOOD_WIRE_TXT,
      'b.txt': FLOOD_WIRE_TXT.replace('Floodwaters force thousands from homes in Kestrel Bay', 'Thousands flee Kestrel Bay flood'),
      'c.md': FLOOD_REPORT_MD,
    });
    const { sources } = await expandInputs([dir]);
    const report = await ingest(sources, path.join(dir, 'corpus'), noSnapshot);
    expect(report.outcomes.map((o) => o.status)).toEqual(['added', 'duplicate', 'added']);
    const dup = report.outcomes[1]!;
    expect(dup.status === 'duplicate' && dup.existing.id).toBe(added(report.outcomes[0]).article.id);
    expect(report.after.articles).toHaveLength(2);
  });
});

describe('the snapshot', () => {
  it('is rebuilt by an ingest, so the next start loads it, and a corrupt one is rebuilt from the articles', async () => {
    const dir = await tempDir();
    const cacheDir = path.join(dir, 'cache');
    const corpusDir = path.join(dir, 'corpus');
    const [txt] = await writeFiles(dir, { 'wire.txt': FLOOD_WIRE_TXT });
    const report = await ingest([{ kind: 'file', path: txt! }], corpusDir, { cacheDir });
    const warm = await loadCorpus(corpusDir, { cacheDir });
    expect(warm.fromSnapshot).toBe(true);
    expect(warm.corpus.hash).toBe(report.after.hash);

    const snapshots = (await readdir(cacheDir)).filter((n) => isSnapshotFile(n) && n.includes(report.after.hash));
    expect(snapshots).toHaveLength(1);
    const snapshotFile = path.join(cacheDir, snapshots[0]!);
    const whole = await readFile(snapshotFile, 'utf8');
    await writeFile(snapshotFile, whole.slice(0, Math.floor(whole.length / 2))); // a torn write
    const rebuilt = await loadCorpus(corpusDir, { cacheDir });
    expect(rebuilt.fromSnapshot).toBe(false);
    expect(rebuilt.corpus.passages.map((p) => p.text)).toEqual(report.after.passages.map((p) => p.text));
    expect((await loadCorpus(corpusDir, { cacheDir })).fromSnapshot).toBe(true);
  });
});
