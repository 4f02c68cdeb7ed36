import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SEED_DIR, tempDir, writeCorpus } from './support/corpus.js';

const cacheDir = tempDir();

function ask(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, EVENTDESK_CACHE_DIR: cacheDir },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run ask', () => {
  it('search --json follows the contract, and every quote is a substring of its article file', () => {
    const { code, out } = ask('search', 'how many people marched in Baghdad', '--json', '--limit', '3');
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer).toMatchObject({ command: 'search', query: 'how many people marched in Baghdad' });
    expect(answer.results).toHaveLength(3);
    for (const { score, quote } of answer.results) {
      expect(typeof score).toBe('number');
      expect(Object.keys(quote)).toEqual(expect.arrayContaining(['text', 'article', 'publisher', 'published']));
      expect(quote.published).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const file = readFileSync(path.join(SEED_DIR, `${quote.article}.md`), 'utf8');
      expect(file.slice(quote.start, quote.end)).toBe(quote.text);
    }
  });

  it('sources lists the articles newest first with passage counts', () => {
    const { code, out } = ask('sources', '--json');
    expect(code).toBe(0);
    const answer = JSON.parse(out);
    expect(answer.total).toBe(5);
    expect(answer.articles.map((a: { published: string }) => a.published)).toEqual([
      '2020-01-24', '2020-01-24', '2020-01-24', '2020-01-02', '2019-12-31',
    ]);
    for (const a of answer.articles) expect(a.passages).toBeGreaterThan(5);
  });

  it('a bad option value, an unknown option or command: a clear message, exit 2, no stack trace', () => {
    for (const args of [['search', 'x', '--limit', 'lots'], ['search', 'x', '--colour', 'red'], ['frobnicate'], ['search', '--limit']]) {
      const { code, err } = ask(...args);
      expect(code).toBe(2);
      expect(err).toMatch(/^error: /);
      expect(err).not.toMatch(/\n\s+at /);
    }
    expect(ask('search', 'x', '--limit', 'lots').err).toMatch(/limit/);
    expect(ask('search', 'x', '--colour', 'red').err).toMatch(/unknown option.*colour/);
  });

  it('--corpus answers from another folder and warns about a malformed file there', () => {
    const dir = writeCorpus({
      'quake.md': '---\ntitle: Quake hits coast\npublisher: Coast Herald\npublished: 2022-03-04\n---\nA strong earthquake shook the coastal town on Thursday.',
      'broken.md': '---\ntitle: Broken\npublished: yesterday\n---\nText.',
    });
    const { code, out, err } = ask('search', 'earthquake', '--corpus', dir, '--json');
    expect(code).toBe(0);
    expect(JSON.parse(out).results[0].quote).toMatchObject({ publisher: 'Coast Herald', published: '2022-03-04' });
    expect(err).toMatch(/broken\.md: .*published/);
  });

  it('check-corpus exits 1 naming each bad file, 0 on the bundled corpus', () => {
    const dir = writeCorpus({ 'ok.md': '---\ntitle: Fine\n---\nText here.', 'bad.md': '---\ntitle: x\npublished: 2020-02-31\n---\nText.' });
    const bad = ask('check-corpus', dir);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/bad\.md: .*not a real calendar date/);
    expect(ask('check-corpus').code).toBe(0);
  });
});
