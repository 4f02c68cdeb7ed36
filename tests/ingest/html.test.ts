import { describe, expect, it } from 'vitest';
import { candidateFromHtml, isoDay, paragraphsOf } from '../../src/ingest/html.js';
import { htmlShape } from '../../src/ingest/htmlShape.js';
import { FLOOD_ARTICLE_HTML } from './fixtures.js';

describe('publication dates from page metadata', () => {
  it.each([
    ['2026-03-08T21:40:00-05:00', '2026-03-08'], // the publisher's own day, not UTC's
    ['2026-03-08', '2026-03-08'],
    ['2026-03-08 07:00', '2026-03-08'],
    ['Sun, 08 Mar 2026 12:00:00 GMT', '2026-03-08'],
    ['Sun, 08 Mar 2026 23:30:00 -0800', '2026-03-08'], // UTC would say the 9th
    ['March 8, 2026', '2026-03-08'],
  ])('%s is %s', (value, day) => {
    expect(isoDay(value)).toBe(day);
  });
  it.each(['0', '12', 'yesterday', '2026-02-30T10:00:00Z', '', 'not a date'])('%s is no date', (value) => {
    expect(isoDay(value)).toBeNull();
  });
});

describe('article HTML to paragraphs', () => {
  it('collapses HTML whitespace, keeps list items as bullets, and drops link promos but not sentences with links', () => {
    const html = `<p>The council   met
      on <a href="/x">Monday</a> evening.</p>
      <ul><li>First point</li><li>Second point</li></ul>
      <p>Read more: <a href="/y">How the river rose in three days</a></p>
      <p>The <a href="/z">national hydrology office</a> said the river crested at 6.2 metres.</p>
      <p>Line one<br>Line two</p>`;
    expect(paragraphsOf(html)).toEqual([
      'The council met on Monday evening.',
      '- First point',
      '- Second point',
      'The national hydrology office said the river crested at 6.2 metres.',
      'Line one',
      'Line two',
    ]);
  });
});

describe('the shape of a page, measured before it is parsed', () => {
  const divs = (n: number) => `${'<div>'.repeat(n)}text${'</div>'.repeat(n)}`;
  it.each([
    ['nested divs', divs(300), { elements: 300, depth: 300 }],
    ['nested divs never closed (the parser nests them all the same)', '<div>'.repeat(300), { elements: 300, depth: 300 }],
    ['"<div/>" in HTML, an open div', '<div/>'.repeat(300), { elements: 300, depth: 300 }],
    ['the saved article page (nav, ul, a)', FLOOD_ARTICLE_HTML, { elements: 43, depth: 3 }],
  ])('%s', (_name, html, shape) => {
    expect(htmlShape(html)).toMatchObject(shape);
  });
  it.each([
    ['paragraphs and list items left unclosed', '<p>one'.repeat(5000) + '<ul>' + '<li>item'.repeat(5000) + '</ul>', { elements: 10_001, depth: 1 }],
    ['void elements', '<br><img src=x><hr><input>'.repeat(1000), { elements: 4000, depth: 0 }],
    [
      'markup inside a script, a style, a comment',
      `<script>var s = "${divs(50)}";</script><style>/* <div> */</style><!-- ${divs(50)} -->`,
      { elements: 2, depth: 1 },
    ],
    ['"<path/>" inside an svg closes itself', `<svg>${'<path d="M0 0"/>'.repeat(500)}</svg><div></div>`, { elements: 502, depth: 1 }],
    ['a "<" that opens no tag', 'a < b and <3 and <!doctype html> 1 < '.repeat(1000), { elements: 0, depth: 0 }],
    ['a comment never closed', `<div>${'<!-- <div>'.repeat(1000)}`, { elements: 1, depth: 1 }],
    ['a script never closed', `<div><script>${'<div>'.repeat(1000)}`, { elements: 2, depth: 2 }],
  ])('not deep: %s', (_name, html, shape) => {
    expect(htmlShape(html)).toMatchObject(shape);
  });
});

describe('hostile pages', () => {
  const sentence = (i: number) => `Volunteers counted ${i + 2} boats on the lake at dawn, the harbour master said on Tuesday. `;
  const page = (body: string) => `<!doctype html><html><head><title>Boats on the lake</title></head><body>${body}</body></html>`;
  const story = `<article><h1>Boats on the lake</h1>${Array.from({ length: 6 }, (_, i) => `<p>${sentence(i).repeat(3)}</p>`).join('')}</article>`;

  it('refuses 20,000 nested elements with the reason, before parsing', () => {
    expect(() => candidateFromHtml(page(`${'<div>'.repeat(20_000)}${story}${'</div>'.repeat(20_000)}`), null)).toThrow(
      /nests its elements 20,\d{3} deep; a page may nest at most 256/,
    );
  });

  it('refuses 100,000 elements with the reason, before parsing', () => {
    expect(() => candidateFromHtml(page(`${story}${'<span>x</span>'.repeat(100_000)}`), null)).toThrow(
      /has 100,\d{3} elements; a page may have at most 15,000/,
    );
  });

  it('reads the article of a page nested 100 deep', () => {
    const candidate = candidateFromHtml(page(`${'<div>'.repeat(100)}${story}${'</div>'.repeat(100)}`), null);
    expect(candidate.title).toBe('Boats on the lake');
    expect(candidate.body).toContain(sentence(5).trim());
  });

  it('reads a huge single text node whole', () => {
    const text = Array.from({ length: 3000 }, (_, i) => sentence(i)).join('');
    const candidate = candidateFromHtml(page(`<article><h1>Boats on the lake</h1><p>${text}</p><p>${sentence(0)}</p></article>`), null);
    expect(candidate.body.split('\n\n')[0]).toBe(text.trim());
  });
});
