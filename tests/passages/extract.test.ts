import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseArticleFile } from '../../src/corpus/readArticles.js';
import { extractPassages } from '../../src/passages/extract.js';
import { MAX_SENTENCE, splitSentences } from '../../src/passages/sentences.js';
import { SEED_DIR, articleText, seedCorpus } from '../support/corpus.js';

const CHROME = [
  'Visit Business Insider',
  'Read more',
  'Pentagon reveals 34 US troops', // a "Read more" link
  'main allies are abandoning Trump',
  'Independent news has never been so important',
  'Daily News Digest',
  'Creative Commons',
  'attribute legal copies',
  'further information or additional permissions',
  'Non-commercial news needs your support',
  'We rely on contributions',
  'Make a donation',
  'Please do your part',
  '00:40',
  'Updated 22:10',
  'HeadlineJan 02',
  'With input from AFP',
  'Photo by Ahmed Jalil',
  '/Reuters Photo',
];

function passagesOf(file: string, text: string) {
  const parsed = parseArticleFile(file, new TextEncoder().encode(text));
  if (!('article' in parsed)) throw new Error(parsed.message);
  return extractPassages(parsed);
}

describe('passages of the seed articles', () => {
  it('are verbatim: each text is exactly its slice of the article file', async () => {
    const corpus = await seedCorpus();
    expect(corpus.passages.length).toBeGreaterThan(50);
    for (const p of corpus.passages) {
      const file = corpus.articleById.get(p.articleId)!.file;
      expect(articleText(SEED_DIR, file).slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('never contain chrome: pitches, licences, link lists, durations, credits', async () => {
    const corpus = await seedCorpus();
    for (const p of corpus.passages) for (const chrome of CHROME) expect(p.text).not.toContain(chrome);
  });

  it('keep the repeated CGTN photo caption once, marked as a caption, without its credit', async () => {
    const corpus = await seedCorpus();
    const captions = corpus.passages.filter((p) => p.text.startsWith('People attend a funeral procession'));
    expect(captions).toHaveLength(1);
    expect(captions[0]!.kind).toBe('caption');
    expect(captions[0]!.text).toMatch(/December 31, 2019\.$/);
    const upi = corpus.passages.find((p) => p.text.startsWith('Activists chant slogans'));
    expect(upi?.kind).toBe('caption');
  });

  it('do not break at abbreviations or inside a quotation', async () => {
    const corpus = await seedCorpus();
    const texts = corpus.passages.map((p) => p.text);
    expect(texts).toContain(
      'The Pentagon sent 3,000 troops to Middle East this month after a Dec. 31 attack on the U.S. Embassy in Baghdad, which occurred three days before the U.S. airstrike killed commander Qassem Soleimani and set off a new wave of hostilities.',
    );
    // A spoken quote with a full stop inside stays one passage.
    expect(texts.some((t) => t.includes('this is something unacceptable. So, for this reason'))).toBe(true);
    for (const t of texts) expect(t).not.toMatch(/(^|\s)(U\.S|Dec|Jan|Gen|St)\.$/);
  });

  it('strip the dateline from the first passage and mark the headline', async () => {
    const corpus = await seedCorpus();
    const first = (prefix: string) => corpus.passages.find((p) => p.articleId.startsWith(prefix))!;
    expect(first('001').kind).toBe('caption');
    expect(corpus.passages.some((p) => p.text.startsWith('Millions of Iraqi citizens gathered'))).toBe(true);
    expect(first('002').text.startsWith('Thousands of supporters')).toBe(true);
    expect(first('000')).toMatchObject({ kind: 'headline', paragraph: 0 });
    expect(first('003').text).toBe('Iranian-Backed Militia Withdraws After Standoff at U.S. Embassy in Baghdad');
  });
});

describe('passages of other text', () => {
  it.each([
    ['CHICAGO — An estimated 5 million people lined the streets.', 'An estimated 5 million people lined the streets.'],
    ['WASHINGTON, D.C. — The president spoke on Friday.', 'The president spoke on Friday.'],
    ['VALDORA, Aug. 14 — More than 12,000 residents left.', 'More than 12,000 residents left.'],
    ['LONDON (Reuters) - Britain said on Monday it would act.', 'Britain said on Monday it would act.'],
    ['date 2020-01-24 Millions gathered in the capital.', 'Millions gathered in the capital.'],
    ['NATO — The alliance met on Monday.', 'NATO — The alliance met on Monday.'],
  ])('leave the dateline out of the quote: %s', (line, quote) => {
    const text = `The report\n${line}`;
    const passages = passagesOf('d.txt', text);
    expect(passages[1]!.text).toBe(quote);
    expect(text.slice(passages[1]!.start, passages[1]!.end)).toBe(quote);
  });

  it('joins hard-wrapped lines into one paragraph', () => {
    const text = `---\ntitle: Wrapped\n---\nThe council met on Tuesday to discuss the new budget for the city's\nschools and hospitals, which had been cut sharply over the past\nthree years. It voted to restore the funds.\n`;
    const passages = passagesOf('w.md', text);
    expect(passages.map((p) => p.paragraph)).toEqual([0, 0]);
    expect(passages[0]!.text).toContain("city's\nschools");
  });

  it('cuts an endless unpunctuated "sentence" into bounded passages', () => {
    const text = `Title line\n${'word '.repeat(5000)}`;
    const passages = passagesOf('long.txt', text);
    expect(passages.length).toBeGreaterThan(5);
    for (const p of passages) {
      expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('drops a link list after "Read more" but keeps the reporting after it', () => {
    const text = 'Headline here\nThe mayor resigned on Monday.\nRead more:\n- Another story entirely\n- And one more\nShe will stay until June.';
    expect(passagesOf('r.txt', text).map((p) => p.text)).toEqual(['Headline here', 'The mayor resigned on Monday.', 'She will stay until June.']);
  });

  it('splits sentences at real ends only', () => {
    const s = 'Gen. A. Smith met Mr. Jones in St. Louis on Jan. 5. They spoke. "Go. Now," he said. Done!';
    expect(splitSentences(s).map((x) => s.slice(x.start, x.end))).toEqual([
      'Gen. A. Smith met Mr. Jones in St. Louis on Jan. 5.',
      'They spoke.',
      '"Go. Now," he said.',
      'Done!',
    ]);
  });

  it('any text: passages are verbatim, non-empty and bounded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (body) => {
        const text = `Some headline\n${body}`;
        for (const p of passagesOf('any.txt', text)) {
          expect(text.slice(p.start, p.end)).toBe(p.text);
          expect(p.text.trim()).toBe(p.text);
          expect(p.text.length).toBeGreaterThan(0);
          expect(p.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('photo credits', () => {
  it.each([
    ['Rescuers search the rubble on Monday. Photo: Ana Lima/Reuters', 'Rescuers search the rubble on Monday.'],
    ['Rescuers search the rubble on Monday. Photo by Ana Lima/AFP', 'Rescuers search the rubble on Monday.'],
    ['Rescuers search the rubble on Monday. /Reuters Photo', 'Rescuers search the rubble on Monday.'],
    ['Rescuers search the rubble on Monday. (Image: Ana Lima)', 'Rescuers search the rubble on Monday.'],
    ['Rescuers search the rubble on Monday. Photograph: Ana Lima/AP', 'Rescuers search the rubble on Monday.'],
    ['Image caption: Rescuers search the rubble on Monday.', 'Rescuers search the rubble on Monday.'],
    ['Picture caption Rescuers search the rubble on Monday. Photo: Ana Lima/Reuters', 'Rescuers search the rubble on Monday.'],
  ])('are cut from a caption: %s', (line, caption) => {
    const passages = passagesOf('c.txt', `A headline\n${line}`);
    expect(passages[1]).toMatchObject({ kind: 'caption', text: caption });
  });
});

/** A story copied from a news site's page as it is shown: menus, buttons, byline, tags. */
const PASTED_PAGE = `Skip to main content
Advertisement
World news
Chile protests: a million people march in Santiago
Huge peaceful rally follows a week of unrest over inequality
By Maria Gonzalez in Santiago
Sat 26 Oct 2019 03.12 BST
Share on Facebook
Share on Twitter
Share via Email
Image caption: Demonstrators fill the Plaza Italia in Santiago on Friday. Photograph: Esteban Felix/AP
More than a million people took to the streets of Chile's capital on Friday, according to the city's governor, Karla Rubilar.
Piñera announced on Tuesday a package of social measures.
Related: Chile's president asks cabinet to resign after mass protests
Topics
Chile
Americas
Protest
Reuse this content
Most viewed
`;

describe('a page pasted from a news site', () => {
  const article = parseArticleFile('chile.txt', new TextEncoder().encode(PASTED_PAGE));
  if (!('article' in article)) throw new Error(article.message);
  const passages = extractPassages(article);

  it('takes its title from the headline, past the menus and the section label', () => {
    expect(article.article.title).toBe('Chile protests: a million people march in Santiago');
    expect(article.article.published).toBe('2019-10-26');
  });

  it('keeps the reporting, the standfirst and the caption, and nothing of the page around them', () => {
    expect(passages.map((p) => [p.kind, p.text])).toEqual([
      ['headline', 'Chile protests: a million people march in Santiago'],
      ['body', 'Huge peaceful rally follows a week of unrest over inequality'],
      ['caption', 'Demonstrators fill the Plaza Italia in Santiago on Friday.'],
      ['body', "More than a million people took to the streets of Chile's capital on Friday, according to the city's governor, Karla Rubilar."],
      ['body', 'Piñera announced on Tuesday a package of social measures.'],
    ]);
    for (const p of passages) expect(PASTED_PAGE.slice(p.start, p.end)).toBe(p.text);
  });

  it("drops a live page's timestamps and buttons, keeping each update", () => {
    const page =
      'Marchers rally in London – live updates\nKey events\nShow key events only\n15:42 GMT\nOrganisers say more than one million people have joined the march.\n3.05pm BST\nThe crowd stretched to Parliament Square.\n10:32 a.m. ET\nUpdated at 16:10 GMT\n';
    const source = parseArticleFile('live.txt', new TextEncoder().encode(page));
    if (!('article' in source)) throw new Error(source.message);
    expect(extractPassages(source).map((p) => p.text)).toEqual([
      'Marchers rally in London – live updates',
      'Organisers say more than one million people have joined the march.',
      'The crowd stretched to Parliament Square.',
    ]);
  });

  it('keeps a two-word headline that the front matter names as the title', () => {
    const text = '---\ntitle: Baghdad burns\n---\nBaghdad burns\nFires spread across the city on Monday.\n';
    const source = parseArticleFile('short.md', new TextEncoder().encode(text));
    if (!('article' in source)) throw new Error(source.message);
    expect(extractPassages(source).map((p) => [p.kind, p.text])).toEqual([
      ['headline', 'Baghdad burns'],
      ['body', 'Fires spread across the city on Monday.'],
    ]);
  });
});
