import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { futureDate, utcDay } from '../../src/corpus/clock.js';
import { readDateline } from '../../src/corpus/dateline.js';
import { parseArticleFile } from '../../src/corpus/readArticles.js';
import { prepareArticle } from '../../src/ingest/articleFile.js';
import { ingest } from '../../src/ingest/ingest.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';

/** A publication date after tomorrow (UTC) is refused with its reason, against an injected clock, never the real one. */

const enc = (s: string) => new TextEncoder().encode(s);
/** 10 May 2024, late in the UTC day: tomorrow is the 11th, whatever the machine's time zone. */
const MAY_10 = () => new Date('2024-05-10T23:30:00Z');
const at = (iso: string) => () => new Date(iso);

const scratch = mkdtempSync(path.join(tmpdir(), 'eventdesk-future-'));
let n = 0;
function folder(files: Record<string, string> = {}): string {
  const dir = path.join(scratch, `f${n++}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const article = (published: string) =>
  `---\ntitle: Harbour reopens\npublisher: Coast Daily\npublished: ${published}\n---\nThe harbour reopened to ships on Friday after the storm, officials said.\n`;

describe('the rule', () => {
  it('tomorrow (UTC) is allowed, the day after is not, and says from when it would be', () => {
    expect(utcDay(MAY_10(), 1)).toBe('2024-05-11');
    expect(futureDate('2024-05-11', MAY_10())).toBeNull();
    expect(futureDate('2024-05-10', MAY_10())).toBeNull();
    expect(futureDate('2024-05-12', MAY_10())).toEqual({ acceptableFrom: '2024-05-11' });
    expect(futureDate('2025-03-01', MAY_10())).toEqual({ acceptableFrom: '2025-02-28' });
  });
});

describe('a publication date in the front matter', () => {
  it('after tomorrow is refused with its reason, naming the date', () => {
    expect(parseArticleFile('a.md', enc(article('2999-01-01')), { clock: MAY_10 })).toEqual({
      file: 'a.md',
      message: 'published 2999-01-01 is after tomorrow (2024-05-11); check the date',
      until: '2998-12-31',
    });
    expect(parseArticleFile('b.md', enc(article('2024-05-12')), { clock: MAY_10 })).toMatchObject({
      message: 'published 2024-05-12 is after tomorrow (2024-05-11); check the date',
    });
  });

  it('today and tomorrow load, and the same file loads once the clock has moved on', () => {
    expect(parseArticleFile('a.md', enc(article('2024-05-11')), { clock: MAY_10 })).toMatchObject({ article: { published: '2024-05-11' } });
    expect(parseArticleFile('a.md', enc(article('2024-05-10')), { clock: MAY_10 })).toMatchObject({ article: { published: '2024-05-10' } });
    expect(parseArticleFile('a.md', enc(article('2024-05-12')), { clock: at('2024-05-11T00:00:00Z') })).toMatchObject({
      article: { published: '2024-05-12' },
    });
  });
});

describe('a date read from a dateline', () => {
  const body = (line: string) => `Harbour reopens after the storm\n${line}\nThe harbour reopened to ships on Friday, officials said.`;

  it('after tomorrow is not taken as the publication date, and the file is refused saying why', () => {
    expect(readDateline(body('March 3, 2030'), MAY_10)).toEqual({ published: null, publisher: null, future: '2030-03-03' });
    expect(parseArticleFile('wire.txt', enc(body('March 3, 2030')), { clock: MAY_10 })).toEqual({
      file: 'wire.txt',
      message:
        'its dateline gives 2030-03-03, which is after tomorrow (2024-05-11); check the date, or give the right one in front matter as published: YYYY-MM-DD',
      until: '2030-03-02',
    });
  });

  it('a dateline on or before tomorrow is taken; a later dateline line can still give the date', () => {
    expect(readDateline(body('May 11, 2024'), MAY_10)).toEqual({ published: '2024-05-11', publisher: null });
    expect(readDateline(`Harbour reopens\nMarch 3, 2030\nMay 9, 2024\nThe harbour reopened.`, MAY_10).published).toBe('2024-05-09');
    // Front matter that gives the date wins: the body's future line is then reporting, not a dateline.
    const withFrontMatter = `---\ntitle: Harbour reopens\npublished: 2024-05-09\n---\n${body('March 3, 2030')}`;
    expect(parseArticleFile('ok.md', enc(withFrontMatter), { clock: MAY_10 })).toMatchObject({ article: { published: '2024-05-09' } });
  });

  it('a wire dateline takes no year that would put publication after tomorrow', () => {
    // The only full date mentioned is a forecast for next year: no year can be inferred from it.
    const wire = 'HARBOUR CITY, Jan. 24 (Coastwire) -- Ships returned. A new pier is due on Feb. 1, 2025.';
    expect(readDateline(wire, MAY_10)).toEqual({ published: null, publisher: 'Coastwire' });
    // With the clock a year on, the same text gives the year it names.
    expect(readDateline(wire, at('2026-06-01T00:00:00Z')).published).toBe('2026-01-24');
  });
});

describe('ingest', () => {
  it('refuses a file or a page whose publication date is after tomorrow, and writes nothing', async () => {
    const corpusDir = path.join(scratch, 'ingest-corpus');
    const source = folder({
      'future.md': article('2999-01-01'),
      'wire.txt': 'Harbour reopens after the storm\nMarch 3, 2030\nThe harbour reopened to ships on Friday, officials said.',
      'page.html': `<!doctype html><html><head><title>Harbour reopens</title>
<meta property="og:site_name" content="Coast Daily"><meta property="article:published_time" content="2024-06-01T09:00:00Z"></head>
<body><article><h1>Harbour reopens</h1><p>The harbour reopened to ships on Friday after the storm, the port authority said in a statement.</p>
<p>Fishing boats were the first to leave, and the ferry service resumes on Monday, officials said.</p>
<p>Repairs to the outer breakwater, which lost several concrete blocks during the storm, will take most of the summer, the harbour master told reporters.</p>
<p>Shop owners along the quay said the week without ships had cost them their busiest days of the spring, and asked the council for help with the losses.</p></article></body></html>`,
      'today.md': article('2024-05-10'),
    });
    const report = await ingest(
      ['future.md', 'wire.txt', 'page.html', 'today.md'].map((f) => ({ kind: 'file' as const, path: path.join(source, f) })),
      corpusDir,
      { snapshot: false, clock: MAY_10 },
    );
    const [future, wire, page, today] = report.outcomes;
    expect(future).toMatchObject({
      status: 'refused',
      message: expect.stringContaining('published 2999-01-01 is after tomorrow (2024-05-11); check the date'),
    });
    expect(wire).toMatchObject({ status: 'refused', message: expect.stringContaining('its dateline gives 2030-03-03, which is after tomorrow') });
    expect(page).toMatchObject({ status: 'refused', message: 'published 2024-06-01 is after tomorrow (2024-05-11); check the date' });
    expect(today).toMatchObject({ status: 'added', article: { published: '2024-05-10' } });
    expect(readdirSync(corpusDir).filter((f) => f.endsWith('.md'))).toHaveLength(1);
  });

  it('prepareArticle checks the date whoever set it', () => {
    const candidate = {
      title: 'Harbour reopens',
      publisher: null,
      published: '2024-05-13',
      url: null,
      byline: null,
      body: 'The harbour reopened on Friday, officials said.',
    };
    expect(() => prepareArticle(candidate, MAY_10)).toThrow('published 2024-05-13 is after tomorrow (2024-05-11); check the date');
    expect(prepareArticle(candidate, at('2024-05-12T08:00:00Z')).source.article.published).toBe('2024-05-13');
  });
});

describe('the snapshot and a date after tomorrow', () => {
  it('keeps the refusal only until the day the date becomes possible, then rebuilds', async () => {
    const cacheDir = folder();
    const dir = folder({ 'harbour.md': article('2024-05-13'), 'other.md': article('2024-05-01').replace('Harbour reopens', 'Storm passes') });
    const day1 = await loadCorpus(dir, { cacheDir, clock: MAY_10 });
    expect(day1.corpus.articles.map((a) => a.id)).toEqual(['other']);
    expect(day1.corpus.problems).toEqual([expect.objectContaining({ file: 'harbour.md', until: '2024-05-12' })]);
    // The same day again: from the snapshot, the same refusal.
    const again = await loadCorpus(dir, { cacheDir, clock: at('2024-05-11T20:00:00Z') });
    expect(again.fromSnapshot).toBe(true);
    expect(again.corpus.problems).toHaveLength(1);
    // The day before the date: it is tomorrow now, so the snapshot is stale and the file loads.
    const later = await loadCorpus(dir, { cacheDir, clock: at('2024-05-12T00:00:01Z') });
    expect(later.fromSnapshot).toBe(false);
    expect(later.corpus.problems).toEqual([]);
    expect(later.corpus.articles.map((a) => a.id).sort()).toEqual(['harbour', 'other']);
  });
});
