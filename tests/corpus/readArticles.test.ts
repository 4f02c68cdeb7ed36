import { describe, expect, it } from 'vitest';
import { parseArticleFile, readArticles } from '../../src/corpus/readArticles.js';
import { readDateline } from '../../src/corpus/dateline.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RAW_SEEDS_DIR, SEED_DIR, writeCorpus } from '../support/corpus.js';

const enc = (s: string) => new TextEncoder().encode(s);

describe('the bundled corpus', () => {
  it('loads the five seed articles with the metadata they state about themselves', async () => {
    const { sources, problems } = await readArticles(SEED_DIR);
    expect(problems).toEqual([]);
    const meta = Object.fromEntries(sources.map((s) => [s.article.id.slice(0, 3), [s.article.publisher, s.article.published]]));
    expect(meta).toEqual({
      '000': ['Business Insider', '2020-01-24'],
      '001': ['UPI', '2020-01-24'],
      '002': [null, '2020-01-24'],
      '003': ['Democracy Now!', '2020-01-02'],
      '004': ['CGTN', '2019-12-31'],
    });
    for (const s of sources) expect(s.article.url).toBeNull();
  });

  it('keeps each seed body verbatim after the front matter', async () => {
    const { sources } = await readArticles(SEED_DIR);
    for (const s of sources) {
      const seed = readFileSync(path.join(RAW_SEEDS_DIR, `${s.article.id}.txt`), 'utf8');
      expect(s.text.slice(s.article.bodyStart)).toBe(seed);
    }
  });
});

describe('articles without front matter', () => {
  it('finds the date and publisher in each dateline form the seeds use', () => {
    const raw = (id: string) => readFileSync(path.join(RAW_SEEDS_DIR, `${id}.txt`), 'utf8');
    expect(readDateline(raw('002_f76014bc7f904f96'))).toEqual({ published: '2020-01-24', publisher: null });
    expect(readDateline(raw('003_fc8e126896e34a69')).published).toBe('2020-01-02');
    expect(readDateline(raw('004_46001f636ff86d61')).published).toBe('2019-12-31');
    expect(readDateline(raw('000_d5b024a4c0962a31'))).toEqual({ published: null, publisher: 'Business Insider' });
    // The wire form has no year of its own; UPI's seed gives no full date to take one from.
    expect(readDateline(raw('001_0a02469e7821bf9c'))).toEqual({ published: null, publisher: 'UPI' });
    expect(readDateline('Jan. 24 (UPI) -- Crowds gathered after the Dec. 31, 2019 attack.').published).toBe('2020-01-24');
  });

  it('takes the title from the first line of reporting, skipping pitches', () => {
    const raw = readFileSync(path.join(RAW_SEEDS_DIR, '003_fc8e126896e34a69.txt'));
    const parsed = parseArticleFile('003.txt', raw);
    expect('article' in parsed && parsed.article.title).toBe('Iranian-Backed Militia Withdraws After Standoff at U.S. Embassy in Baghdad');
  });

  it('falls back to unknown date and publisher when the text gives none', () => {
    const parsed = parseArticleFile('plain.txt', enc('A plain headline\nSomething happened somewhere on Monday.'));
    expect(parsed).toMatchObject({ article: { title: 'A plain headline', published: null, publisher: null, id: 'plain' } });
  });
});

describe('malformed files', () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['unclosed.md', '---\ntitle: x\nBody text', /never closes/],
    ['bad-date.md', '---\ntitle: x\npublished: 2020-02-30\n---\nBody text here.', /published .*not a real calendar date/],
    ['bad-format.md', '---\ntitle: x\npublished: 24/01/2020\n---\nBody text here.', /published must be a date written YYYY-MM-DD/],
    ['no-title.md', '---\npublisher: AP\n---\nBody text here.', /title/],
    ['typo.md', '---\ntitle: x\npublisher: AP\npublised: 2020-01-01\n---\nBody text here.', /publised/],
    ['bad-url.md', '---\ntitle: x\nurl: javascript:alert(1)\n---\nBody text here.', /url/],
    ['empty.md', '---\ntitle: Only a title\n---\n   \n', /no body text/],
    ['not-yaml.md', '---\ntitle: [unclosed\n---\nBody text here.', /not valid YAML/],
    ['latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6c, 0xe9]), /not UTF-8/],
  ];

  it.each(cases)('%s gets one clear message naming the file', (name, content, why) => {
    const result = parseArticleFile(name, typeof content === 'string' ? enc(content) : content);
    expect(result).toEqual({ file: name, message: expect.stringMatching(why) });
  });

  it('reports a bad file and still loads every other one', async () => {
    const dir = writeCorpus({
      'good.md': '---\ntitle: Good\npublisher: AP\npublished: 2021-05-01\n---\nPolice said 300 people marched on Monday.',
      'bad.md': '---\ntitle: Bad\npublished: 2021-13-01\n---\nText.',
      'binary.txt': new Uint8Array([0xff, 0xfe, 0x00, 0x41]),
      'ignored.json': '{}',
    });
    const { sources, problems } = await readArticles(dir);
    expect(sources.map((s) => s.article.id)).toEqual(['good']);
    expect(problems.map((p) => p.file).sort()).toEqual(['bad.md', 'binary.txt']);
  });

  it('refuses two files with the same id', async () => {
    const dir = writeCorpus({ 'a.md': '---\ntitle: A\n---\nOne.', 'a.txt': 'Two words.' });
    const { sources, problems } = await readArticles(dir);
    expect(sources).toHaveLength(1);
    expect(problems[0]?.message).toMatch(/same id/);
  });
});
