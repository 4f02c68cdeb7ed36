import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, SEED_DIR, tempDir, writeCorpus } from '../support/corpus.js';

const cacheDir = tempDir();

/** `npm run ask`, whose default corpus is EVENTDESK_CORPUS_DIR: here a private copy of the five bundled articles. */
function ask(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, EVENTDESK_CACHE_DIR: cacheDir, EVENTDESK_CORPUS_DIR: SEED_DIR },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

// Each case starts a real process; on a loaded 2-core machine that can take seconds.
describe('npm run ask', { timeout: 120_000 }, () => {
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
    expect(answer.articles.map((a: { published: string }) => a.published)).toEqual(['2020-01-24', '2020-01-24', '2020-01-24', '2020-01-02', '2019-12-31']);
    for (const a of answer.articles) expect(a.passages).toBeGreaterThan(5);
  });

  it('a bad option value, an unknown option or command: a clear message, exit 2, no stack trace', () => {
    const cases: Array<[string[], RegExp]> = [
      [['search', 'x', '--limit', 'lots'], /limit must be a whole number/],
      [['timeline', '--from', '2020-01-05', '--to', '2020-01-01'], /from must not be after/],
      [['search', 'x', '--colour', 'red'], /unknown option.*colour/],
      [['frobnicate'], /unknown command "frobnicate"/],
    ];
    for (const [args, why] of cases) {
      const { code, err } = ask(...args);
      expect(code).toBe(2);
      expect(err).toMatch(/^error: /);
      expect(err).toMatch(why);
      expect(err).not.toMatch(/\n\s+at /);
    }
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

describe('command-line words', () => {
  it('reads flags, --flag=value, bare words and --, and refuses a flag without its value', async () => {
    const { parseArgs, UsageError } = await import('../../src/cli/args.js');
    expect(parseArgs(['search', 'how', 'many', '--limit=3', '--json', '--corpus', 'dir', '--', '--not-a-flag'])).toEqual({
      command: 'search',
      json: true,
      help: false,
      corpus: 'dir',
      options: { limit: '3' },
      positional: ['how', 'many', '--not-a-flag'],
    });
    expect(parseArgs(['timeline', '--from-date', 'x']).options).toEqual({ fromDate: 'x' });
    expect(() => parseArgs(['search', '--limit'])).toThrow(UsageError);
    expect(() => parseArgs(['search', '--limit', '--json'])).toThrow(/needs a value/);
  });
});
