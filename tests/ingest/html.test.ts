import { describe, expect, it } from 'vitest';
import { candidateFromHtml, dayInAddress, headlineFromBody, isoDay, paragraphsOf } from '../../src/ingest/html.js';
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

describe('the publication day when the metadata names none', () => {
  it.each([
    ['http://www.example-post.com/world/gunmen-storm-museum/2015/03/18/00202e76_story.html', '2015-03-18'],
    ['https://money.example.com/2016/11/29/news/workers-strike/index.html', '2016-11-29'],
    ['http://www.example.com/2015/2/1/the-sharing-economy/', '2015-02-01'],
    ['http://www.example.com/blogs/the_spot/2014/06/10', '2014-06-10'],
    // compact-address-day: one segment of eight figures (fresh5's RIA Novosti), and a path alone (a headline's link)
    ['http://en.example.ru/world/20110410/163458489.html', '2011-04-10'],
    ['/world/20110410/163458489.html', '2011-04-10'],
  ])('the address %s writes %s', (url, day) => {
    expect(dayInAddress(url)).toBe(day);
  });
  it.each([
    'http://www.example.com/articles/culture/2014/12/rev_responds.html', // a year and a month only
    'https://www.example.com/news/473849-3-supporters-killed/', // an article number
    'https://www.example.com/2015/13/40/story', // no such day
    'https://www.example.com/story?date=2015/03/18', // the query, not the path
    'https://www.example.com/hidden-heroines-20190520/', // a slug's digits
    'https://www.example.com/world/20111340/1634.html', // eight figures that are no day
    'https://www.example.com/item/12345678/', // an article number of eight figures
    'not an address',
  ])('%s writes no day', (url) => {
    expect(dayInAddress(url)).toBeNull();
  });
  const withHead = (head: string, url = 'https://lowlandherald.example/news/kestrel-bay-return') =>
    FLOOD_ARTICLE_HTML.replace(/<meta property="article:published_time"[^>]*>/, head).replace(
      /<link rel="canonical"[^>]*>/,
      `<link rel="canonical" href="${url}">`,
    );
  it.each([
    ['a meta tag that writes its value in "value"', '<meta name="date" value="2016-11-29 03:33:08">', '2016-11-29'],
    ['og:article:published_time', '<meta value="2016-12-14T06:02:15Z" name="og:article:published_time">', '2016-12-14'],
    ["a mailing tool's date", '<meta name="sailthru.date" content="2014-06-10T17:21:00Z">', '2014-06-10'],
    ['no meta tag: the day in the address', '', '2026-03-07'],
  ])('%s', (_name, head, day) => {
    expect(candidateFromHtml(withHead(head, 'https://lowlandherald.example/2026/03/07/kestrel-bay-return'), null).published).toBe(day);
  });
  it.each([
    ["a site's own name for the day", '<meta name="article_date_original" content="Wednesday, March 4, 2026,  2:30 PM">', '2026-03-04'],
    ['a publish_date', '<meta name="publish_date" content="2026-03-05">', '2026-03-05'],
    // publication-meta-name and compact-iso-day, on older sites' real tags (L3S-GN1 pages, 2008)
    ['an OriginalPublicationDate (icnetwork sites)', '<meta name="OriginalPublicationDate" content="2007/12/29">', '2007-12-29'],
    ['an icx_pubdate (independent.co.uk)', '<meta name="icx_pubdate" content="16 December 2007">', '2007-12-16'],
    ['a PublicationDate in the basic ISO form (thehindubusinessline.com)', '<meta name="PublicationDate" content="20080114">', '2008-01-14'],
    // display-date: Wired's pages of 2012 (Dragnet development pages), beside an ExpiryDate that is no publication
    ['a DisplayDate (wired.com)', '<meta name="DisplayDate" content="2012-11-12"><meta name="ExpiryDate" content="2060-12-31">', '2012-11-12'],
  ])('%s, when no known meta tag gives one', (_name, head, day) => {
    expect(candidateFromHtml(withHead(head), null).published).toBe(day);
  });
  it('hosted-news-expiry: a hosted agency story is dated 30 days before Google is told to drop it', () => {
    const expiry = '<meta name="googlebot" content="noarchive"><meta name="googlebot" content="unavailable_after: 12-Feb-2008 16:26:00 PST">';
    expect(candidateFromHtml(withHead(expiry), null).published).toBe('2008-01-13');
    expect(candidateFromHtml(withHead('<meta name="googlebot" content="unavailable_after: 29-Jan-2008 20:43:00 PST">'), null).published).toBe('2007-12-30');
    // another robot's instruction, or no expiry, gives no day
    expect(candidateFromHtml(withHead('<meta name="robots" content="unavailable_after: 12-Feb-2008 16:26:00 PST">'), null).published).toBeNull();
    expect(candidateFromHtml(withHead('<meta name="googlebot" content="noarchive">'), null).published).toBeNull();
  });
  it("an update's own name is no publication day", () => {
    expect(candidateFromHtml(withHead('<meta name="article_date_updated" content="Wednesday, March 4, 2026,  3:55 PM">'), null).published).toBeNull();
    expect(candidateFromHtml(withHead('<meta name="REVISION_DATE" content="Mon Jan 14 16:53:27 UTC 2008">'), null).published).toBeNull();
    expect(candidateFromHtml(withHead('<meta name="EXPIRE_DATE" content="01/22/08 15:58:13">'), null).published).toBeNull();
    // display-date, negative: only a name that opens with it ("ExpiryDate", "LastDisplayDate" are no publication)
    expect(candidateFromHtml(withHead('<meta name="ExpiryDate" content="2060-12-31">'), null).published).toBeNull();
    expect(candidateFromHtml(withHead('<meta name="LastDisplayDate" content="2012-12-31">'), null).published).toBeNull();
    // eight figures that are no day
    expect(candidateFromHtml(withHead('<meta name="PublicationDate" content="20081399">'), null).published).toBeNull();
  });
  const noMeta = (html: string) => html.replace(/<meta property="article:published_time"[^>]*>/, '');
  it('the stamp a page prints under its headline, when the metadata and the address give no day', () => {
    const stamped = noMeta(FLOOD_ARTICLE_HTML).replace(
      '<p class="byline">By Priya Nandakumar</p>',
      '<p class="byline"><a href="/p">Priya Nandakumar</a> / Staff / <span>Updated: Mar 7, 2026, 11:05 IST</span></p>',
    );
    expect(candidateFromHtml(stamped, null).published).toBe('2026-03-07');
    // An archive page with no h1: the stamp under the element that reads as the title.
    const archive = noMeta(FLOOD_ARTICLE_HTML).replace(
      /<header>.*<\/header>/,
      '<p><font size="5"><b>River levels fall in Kestrel Bay as residents return</b></font></p><p><font size="2">March 6, 2026 | Page 12</font></p>',
    );
    expect(candidateFromHtml(archive, null).published).toBe('2026-03-06');
  });
  it('the day in the address the headline links to (headline-link), when the page names no address of its own', () => {
    const linked = noMeta(FLOOD_ARTICLE_HTML)
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace(
        '<h1>River levels fall in Kestrel Bay as residents return</h1>',
        '<h1><a href="/news/20260306/1634.html">River levels fall in Kestrel Bay as residents return</a></h1>',
      );
    expect(candidateFromHtml(linked, null).published).toBe('2026-03-06');
    // negative: a headline linking to a section, no day
    const section = noMeta(FLOOD_ARTICLE_HTML)
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace(
        '<h1>River levels fall in Kestrel Bay as residents return</h1>',
        '<h1><a href="/news/">River levels fall in Kestrel Bay as residents return</a></h1>',
      );
    expect(candidateFromHtml(section, null).published).toBeNull();
  });
  it('a date in the reporting or before the headline is not the page stamp', () => {
    // The caption's "March 8, 2026" ends a sentence of reporting, far below the headline.
    expect(candidateFromHtml(noMeta(FLOOD_ARTICLE_HTML), null).published).toBeNull();
    const navDate = noMeta(FLOOD_ARTICLE_HTML).replace('<nav>', '<nav><p>March 1, 2026</p>');
    expect(candidateFromHtml(navDate, null).published).toBeNull();
  });
  it('a modification day is not a publication day, and an address without a day gives none', () => {
    expect(candidateFromHtml(withHead('<meta itemprop="dateModified" content="2017-01-18T23:00:00-0800">'), null).published).toBeNull();
  });
});

describe('a page whose head was lost (headline-from-body)', () => {
  // Saved 2008 pages whose first bytes were cut: no <title>, no og:title, no h1 (a BBC story's headline in a styled
  // div, a wire page's headline in an h3 the lost head would have named).
  const story = (top: string) =>
    `<!-- cut --><table><tr><td>${top}<p>Liverpool boss Rafa Benitez says he will be among the managers looking to make new signings when the transfer window reopens on New Year's Day, his first chance since the summer.</p><p>The Spaniard has seen his side drop points at home in recent weeks, and he said on Sunday that he wanted two more players before the end of January to keep up the chase.</p><p>Benitez also said the club's owners had backed him, and that talks on a new contract for captain Steven Gerrard would be held once the window had closed.</p></td></tr></table>`;
  it.each([
    [
      "the story's first line when it reads as a headline",
      story('<div class="sh">Benitez lines up transfer targets</div>'),
      'Benitez lines up transfer targets',
    ],
    ['else the opening words of its first sentence', story(''), 'Liverpool boss Rafa Benitez says he will be among the managers looking…'],
  ])('%s', (_name, html, title) => {
    expect(candidateFromHtml(html, null).title).toBe(title);
  });
  it.each([
    [['Kidnapped Britons tape condemned', 'The UK government has condemned a videotape.'], 'Kidnapped Britons tape condemned'],
    // not a headline: a sentence (it ends), a name alone is kept whole as the opening words
    [
      ['The defence ministry said troops had killed at least 33 separatists.', 'More text.'],
      'The defence ministry said troops had killed at least 33 separatists.',
    ],
    [[''], null],
  ])('%j -> %s', (paragraphs, title) => {
    expect(headlineFromBody(paragraphs)).toBe(title);
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

  it('leaves out what the page marks as a credit by its class, not a caption in a credit box nor text whose class only sounds alike', () => {
    const html = `<p>The mother described her daughter's last hours.</p>
      <p class="article_caption"><span class="sub_buzz_source_via buzz_attribution">West Mercia Police</span></p>
      <p class="grid_source_via">Facebook</p>
      <p class="caption"><span class="caption-text">A new bill would require providers to store metadata.</span>
        <span class="image-source"><em>Source:</em> Supplied</span></p>
      <figcaption class="lead-image__credit"><span class="lead-image__caption">The cabaret in Paris</span>
        <span class="lead-image__attribution">Jane Roe/Reuters</span></figcaption>
      <p class="photo-credit">Photo by Ana Lima/Getty Images</p>
      <p class="incredible-story">Police said the tablets were believed to contain a toxic chemical.</p>
      <p class="accredited">Officers were accredited on Monday.</p>
      <p class="credit-note">The credit union said its members had lost nothing, and that the branch would reopen on Monday.</p>`;
    expect(paragraphsOf(html)).toEqual([
      "The mother described her daughter's last hours.",
      'A new bill would require providers to store metadata.',
      'The cabaret in Paris',
      'Police said the tablets were believed to contain a toxic chemical.',
      'Officers were accredited on Monday.',
      'The credit union said its members had lost nothing, and that the branch would reopen on Monday.',
    ]);
  });

  it("leaves out a clip's title marked inside its player, not a picture's caption, a subhead or a title outside a player", () => {
    const html = `<h3>Never urged an inquiry</h3>
      <figure class="embed embed--type-video is-video"><figcaption><span class="embed__headline">Envoy: Allegations are "not credible"</span></figcaption></figure>
      <p>The envoy said he had no knowledge of the request.</p>
      <figure class="image"><figcaption><span class="image__headline">Marchers reach the square</span></figcaption></figure>
      <div class="video-player"><p class="video-description">Marchers reached the square on Friday.</p></div>
      <p class="story-title">The title of the agreement was changed on Monday.</p>`;
    expect(paragraphsOf(html)).toEqual([
      'Never urged an inquiry',
      'The envoy said he had no knowledge of the request.',
      'Marchers reach the square',
      'Marchers reached the square on Friday.',
      'The title of the agreement was changed on Monday.',
    ]);
  });

  it('reads a caption opening a paragraph of the story as a paragraph of its own, not a caption ending a paragraph', () => {
    const html = `<p><span class="story-image"><img src="a.jpg"><span class="caption truncate">Nintendo/Apple</span></span>
        Nintendo and Apple surprised the industry on Thursday.</p>
      <div><span class="newsCaption">Crowds filled the square <span class="caption">(Image: Getty)</span></span></div>
      <p>The <span class="caption-word">caption</span> contest opened on Monday.</p>`;
    expect(paragraphsOf(html)).toEqual([
      'Nintendo/Apple',
      'Nintendo and Apple surprised the industry on Thursday.',
      'Crowds filled the square (Image: Getty)',
      'The caption contest opened on Monday.',
    ]);
  });

  it('reads a page with its credits marked: Readability keeps the classes, and the credit is gone from the body', () => {
    const candidate = candidateFromHtml(
      `<html><head><title>Bill worries the press</title></head><body><article>
        <p>A high-powered government team has been visiting media organisations in the past few days to allay concerns about new surveillance laws.</p>
        <figure><img src="a.jpg"><figcaption>A new bill would require providers to store metadata. <span class="image-source">Supplied</span></figcaption></figure>
        <p>It failed. Editors said the bill would expose their sources, and that no journalist could promise confidentiality under it any longer.</p>
        <p>The government said the laws were needed to fight crime and terrorism, and that journalists had nothing to fear from them at all.</p>
      </article></body></html>`,
      null,
    );
    expect(candidate.body).toContain('A new bill would require providers to store metadata.');
    expect(candidate.body).not.toContain('Supplied');
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

  it('reads a long story written as one block, and refuses a short one-block teaser', () => {
    const block = (n: number) => `<article><h1>Boats on the lake</h1><div>${sentence(0).repeat(n)}</div></article>`;
    expect(candidateFromHtml(page(block(30)), null).body).toContain(sentence(0).trim());
    expect(() => candidateFromHtml(page(block(5)), null)).toThrow(/only 1 paragraph\(s\) and \d+ letters of text/);
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
