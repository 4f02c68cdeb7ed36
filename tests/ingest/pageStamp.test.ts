import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { pageStampDay, storyStampReading } from '../../src/ingest/pageStamp.js';
import { figureOrderOf, settle, stampDatesIn, yearlessDatelineDay } from '../../src/ingest/stampDate.js';
import * as f from './pageStampFixtures.js';

const stampOf = (html: string) => {
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  return pageStampDay(doc, doc.title);
};

describe('the day a page prints as its own (pageStampDay)', () => {
  it.each([
    [
      'headline-stamp, numeric-order: "06/01/2008" under the byline, read day-first because 1 June is after the page\'s "today"',
      f.page('Empires are built on Harry Flashmans - Telegraph', f.TELEGRAPH_MASTHEAD + f.MENUS + f.TELEGRAPH_STAMP + f.STORY),
      '2008-01-06',
    ],
    [
      "labelled-stamp above a title-part headline (an h2; the h1 is the site's name); the publication, not the modification",
      f.page('newsobserver.com | Players to be evaluated at MLS Combine this weekend', f.NEWSOBSERVER_STAMPS + f.STORY),
      '2008-01-08',
    ],
    [
      'labelled-stamp: "Posted on" just above the headline',
      f.page('Star-Telegram.com: | 01/02/2008 | Moya, Malisse land in Chennai quarters', f.STAR_TELEGRAM_STAMP + f.STORY),
      '2008-01-02',
    ],
    [
      'a label in its own element ("Published Date:") before the date',
      f.page('Gill: Glazers have been vindicated - Halifax Today', f.HALIFAX_STAMP + f.STORY + f.HALIFAX_UPDATED),
      '2008-01-11',
    ],
    [
      'the story\'s "Posted at" beats the masthead\'s "Time:" (title-part headline: "Summer Report: local papers")',
      f.page('Radio New Zealand News : Latest News : Summer Report: local papers', f.RADIONZ_MASTHEAD + f.MENUS + f.RADIONZ_STAMP + f.STORY),
      '2008-01-14',
    ],
    [
      'page-wide-class: a kicker stamp on a page whose <html> carries a site switch named for comments (Gawker, 2012)',
      f
        .page("Gabby Giffords' Husband Rips Gun Laws", "<p>Nov 9, 2012 6:10 PM</p><h1>Gabby Giffords' Husband Rips Gun Laws</h1>" + f.STORY)
        .replace('<html>', '<html class="feature_chompcommentimages feature_newcomments feature_disablecomments">'),
      '2012-11-09',
    ],
    [
      "kicker-past-widgets: a stamp above a share bar's links and a follow box, its headline 17 lines below (Gawker, 2012)",
      f.page(
        "Gabby Giffords' Husband Rips Gun Laws",
        '<p>Nov 9, 2012 6:10 PM</p><p>Share</p>' +
          ['Facebook', 'Twitter', 'StumbleUpon', 'Tumblr', 'Instapaper', 'Email this post', 'Tweet'].map((w) => `<a href="/share/${w}">${w}</a>`).join('') +
          '<p>Get our top stories</p><p>follow gawker</p><a href="/follow">Follow @Gawker</a><p>Please enter your email address.</p>' +
          '<p>Please enter a valid email address.</p><p>Please check your inbox.</p><p>An error occured, please try again later.</p>' +
          "<h1>Gabby Giffords' Husband Rips Gun Laws</h1>" +
          f.STORY,
      ),
      '2012-11-09',
    ],
    [
      'kicker-stamp: the day just above the headline',
      f.page('Camilla’s ‘cursed’ cruise ship is struck by winter sickness bug - Times Online', f.MENUS + f.TIMES_KICKER + f.STORY),
      '2007-12-31',
    ],
    [
      'date-header: a blog platform\'s day heading above the post\'s title (Blogger), though its class holds "header"',
      f.page(
        'The Science of Sport: USADA Reasoned Decision',
        f.MENUS +
          "<div class='date-outer'><h2 class='date-header'><span>Wednesday, October 10, 2012</span></h2><div class='post-outer'><h3 class='post-title entry-title'>USADA Reasoned Decision</h3>" +
          f.STORY +
          '</div></div>',
      ),
      '2012-10-10',
    ],
    [
      "date-header: TypePad's day heading, the date alone in the h2",
      f.page(
        'vSphere SRM 5.1 - Recoverpoint SRA passes the cert',
        f.MENUS +
          '<h2 class="date-header">November 01, 2012</h2><div class="entry"><h3 class="entry-header">vSphere SRM 5.1 - Recoverpoint SRA passes the cert</h3>' +
          f.STORY +
          '</div>',
      ),
      '2012-11-01',
    ],
    [
      'a label inside the byline ("By Abesi!, published Jan 18, 2008")',
      f.page('Client Star Brad Renfro Dies - Associated Content', f.ASSOCIATED_CONTENT_BYLINE + f.STORY),
      '2008-01-18',
    ],
    [
      'contained-headline: the title holds the h2\'s headline after a kicker ("Clips: …"); the post\'s stamp under the story',
      f.page('Clips: Belt Buckle Senses Your Air Rocking (Via Magic Pick)', f.MENUS + f.GIZMODO_POST + f.STORY),
      '2008-01-09',
    ],
    [
      'two-figure-year: "01/14/08" just above the headline',
      f.page('FCC Opens Net Neutrality Probe of Comcast', f.MENUS + f.DMN_KICKER + f.STORY),
      '2008-01-14',
    ],
    [
      'launch-labels: "Article Launched:" under the byline, the headline in a styled cell under the site\'s h1',
      f.page('San Bernardino County Sun - USC has imposing challenge', f.MENUS + f.SBSUN_STAMP + f.STORY),
      '2008-01-09',
    ],
    [
      'update-stamp: the only stamp is an update\'s ("Last Updated:" / "Tuesday, 4 December 2007"), no headline found',
      f.page('BBC NEWS | UK | Kidnapped Britons tape condemned here', f.MENUS + f.BBC_UPDATED + f.STORY),
      '2007-12-04',
    ],
    [
      'date-label: "Date:" opening the line, a weekday between',
      f.page(
        'Blackburn Rovers - Derby Confirm Savage Interest',
        '<h1>Blackburn Rovers Football Club News</h1>' + f.STORY + '<p>Date: Sunday January 6 2008</p>',
      ),
      '2008-01-06',
    ],
  ])('%s', (_name, html, day) => {
    expect(stampOf(html)).toBe(day);
  });

  it.each([
    [
      'a page header\'s "today" far above the headline',
      f.page('Empires are built on Harry Flashmans - Telegraph', f.TELEGRAPH_MASTHEAD + f.MENUS + '<h1>Empires are built on Harry Flashmans</h1>' + f.STORY),
    ],
    [
      'a masthead clock just above the headline (in the header area)',
      f.page('Shaun Edwards on board with Wales - icWales', f.ICWALES_CLOCK + '<h1>Shaun Edwards on board with Wales</h1>' + f.STORY),
    ],
    [
      "a reader's comment's stamp",
      f.page('Sacred Heart wins debut as No. 1 - Examiner.com', '<h1>Sacred Heart wins debut as No. 1</h1>' + f.STORY + f.EXAMINER_COMMENT),
    ],
    [
      "page-wide-class, negative: a reader's comment's stamp is still one on a page whose <body> is named for comments",
      f
        .page('Sacred Heart wins debut as No. 1 - Examiner.com', '<h1>Sacred Heart wins debut as No. 1</h1>' + f.STORY + f.EXAMINER_COMMENT)
        .replace('<body>', '<body class="has-comments">'),
    ],
    [
      'kicker-past-widgets, negative: a date above ten lines of text, none of them links, is no kicker of the headline',
      f.page(
        "Gabby Giffords' Husband Rips Gun Laws",
        '<p>Nov 9, 2012</p>' +
          Array.from({ length: 10 }, (_, i) => `<p>Line ${i + 1} of a teaser box, text of another story.</p>`).join('') +
          "<h1>Gabby Giffords' Husband Rips Gun Laws</h1>" +
          f.STORY,
      ),
    ],
    [
      "a sidebar's stamp of another article",
      f.page('Shaun Edwards on board with Wales - icWales', '<h1>Shaun Edwards on board with Wales</h1>' + f.STORY + f.ICWALES_SIDEBAR),
    ],
    ["a listing of other stories' days", f.page('Police Make Arrest - NY1', '<h1>Crane accident site</h1>' + f.STORY + f.NY1_LISTING)],
    ['a copyright year', f.page('Black Cats celebrate home win - icHounslow', '<h1>Black Cats celebrate home win</h1>' + f.STORY + f.COPYRIGHT)],
    [
      "the masthead's day with no story stamp",
      f.page(
        'Radio New Zealand News : Latest News : Summer Report: local papers',
        f.RADIONZ_MASTHEAD + f.MENUS + '<h2>Summer Report: local papers</h2>' + f.STORY,
      ),
    ],
    [
      'a masthead clock with a two-figure year',
      f.page('Hitzfeld to take over at Bayern - Sporting Life', f.SPORTING_LIFE_CLOCK + f.MENUS + '<h1>Hitzfeld to take over at Bayern</h1>' + f.STORY),
    ],
    [
      'a section\'s heading the title holds ("Latest News": too short a share to be the headline)',
      f.page('Ramos makes Berbatov plea - Latest News', f.MENUS + f.SECTION_HEADING + f.STORY),
    ],
    [
      'an update stamp above the headline found (a sidebar\'s "Last updated")',
      f.page(
        'NDTV.com: Modi, BJP leaders discuss poll strategies',
        '<p>Last updated: January 17, 2008 01:13 [IST]</p>' + f.MENUS + '<h1>Modi, BJP leaders discuss poll strategies</h1>' + f.STORY,
      ),
    ],
    [
      'date-header, negative: the site\'s header (named "header", not "date-header") holding the day the page was served, above the headline',
      f.page(
        'The Science of Sport: USADA Reasoned Decision',
        '<div id="header"><span class="date">Wednesday, October 10, 2012</span></div><h3 class="post-title">USADA Reasoned Decision</h3>' + f.STORY,
      ),
    ],
    [
      'date-header, negative: an "update-header" is no date heading',
      f.page(
        'The Science of Sport: USADA Reasoned Decision',
        '<div class="update-header"><span>Wednesday, October 10, 2012</span></div><h3 class="post-title">USADA Reasoned Decision</h3>' + f.STORY,
      ),
    ],
    ['an update stamp of another story, inside its link', f.page('Police Make Arrest - NY1', f.MENUS + f.STORY + f.LINKED_UPDATE)],
    [
      'date-label: "date" inside another label (a film\'s release date), far under the headline',
      f.page('Sweeney Todd review - Film', '<h1>Sweeney Todd review</h1>' + f.STORY + '<p>UK cinema release date: 11 January 2008</p>'),
    ],
  ])('never: %s', (_name, html) => {
    expect(stampOf(html)).toBeNull();
  });
});

describe('permalink-stamp: a date linked to the page itself is its own stamp', () => {
  const blog = (head: string, href: string) =>
    `<!doctype html><html><head><title>Volkswagen investing heavily in Slovakia | Car Blog</title>${head}</head><body>` +
    `<h2>Volkswagen investing heavily in Slovakia</h2>${f.STORY}<p class="meta">Filed under <a href="/cars/">Cars</a> | <a href="${href}">August 9, 2012</a></p></body></html>`;
  const doc = (html: string) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  const story = Array.from(doc(f.STORY).querySelectorAll('p'), (p) => p.textContent ?? '');
  // story-stamp reads a stamp just under the story's last paragraph, never one inside a link to another page.
  const day = (html: string) => storyStampReading(doc(html), 'Volkswagen investing heavily in Slovakia | Car Blog', story)?.day ?? null;
  it.each([
    [
      'the canonical link, another scheme and a closing slash',
      '<link rel="canonical" href="https://carblog.example/2012/08/vw-slovakia/">',
      'http://www.carblog.example/2012/08/vw-slovakia',
    ],
    [
      'og:url, a query after the link',
      '<meta property="og:url" content="http://carblog.example/2012/08/vw-slovakia.html">',
      'http://carblog.example/2012/08/vw-slovakia.html?utm_source=rss#more',
    ],
  ])('%s', (_, head, href) => {
    expect(day(blog(head, href))).toBe('2012-08-09');
  });
  it.each([
    [
      "a link to another post (a sidebar's row)",
      '<link rel="canonical" href="http://carblog.example/2012/08/vw-slovakia/">',
      'http://carblog.example/2012/07/skoda-plant/',
    ],
    ["a canonical link to the site's root, and a link there", '<link rel="canonical" href="http://carblog.example/">', 'http://carblog.example/'],
    ['no address of its own named', '', 'http://carblog.example/2012/08/vw-slovakia/'],
  ])('never: %s', (_, head, href) => {
    expect(day(blog(head, href))).toBeNull();
  });
});

describe('story-stamp: the day read beside the story when no headline rule reads one (storyStampReading)', () => {
  const storyDay = (html: string, story: readonly string[]) => {
    const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
    return storyStampReading(doc, doc.title, story)?.day ?? null;
  };
  const paragraphs = (story: readonly string[]) => story.map((p) => `<p>${p}</p>`).join('');
  it.each([
    [
      'a stamp twenty lines under its headline (caption, tools, bookmarks between), just above the story',
      f.page('LA woman: actress Mischa Barton arrested - Independent.ie', f.MENUS + f.INDEPENDENT_STORY_STAMP + paragraphs(f.INDEPENDENT_STORY)),
      f.INDEPENDENT_STORY,
      '2007-12-28',
    ],
    [
      "no headline found (a bold line worded otherwise than the title): the issue's day just above the story",
      f.page("Supporting Cuba's right to sef-determination", f.MENUS + f.SW_ISSUE_STAMP + paragraphs(f.SW_STORY)),
      f.SW_STORY,
      '2003-06-06',
    ],
    [
      'the stamp under the story, not the comments after it',
      f.page('Bradford Could Be 15m Olympic Loser (from Bradford Telegraph and Argus)', f.MENUS + paragraphs(f.NEWSQUEST_STORY) + f.NEWSQUEST_AFTER),
      f.NEWSQUEST_STORY,
      '2008-01-16',
    ],
    [
      'script-stamp: a date a script writes in the stamp\'s place ("cnnTimeStamp")',
      f.page(
        'Leonard takes 4-shot lead into Hope final - CNN.com',
        `<div class="cnnSnapShotHeader"><div id="cnnTimeStamp"><script type="text/javascript">document.write(cnnRenderTimeStamp(1200798075930,['January 19, 2008 -- Updated 0301 GMT (1101 HKT)','updated 10:01 p.m. EST, Sat January 19, 2008']));</script></div></div>` +
          paragraphs(f.SW_STORY),
      ),
      f.SW_STORY,
      '2008-01-19',
    ],
    [
      'article-header: a stamp in a block named the article\'s head (SuperSoccer\'s "article_header"), though its name holds "header"',
      f.page(
        'SuperSoccer',
        f.MENUS +
          '<table class="article_table"><tr><td class="article_header"><h3>McCarthy is not for sale - Hughes</h3><div class="author"><span class="article_auth">29 December 2007 (16:00)</span></div></td></tr></table>' +
          paragraphs(f.SW_STORY),
      ),
      f.SW_STORY,
      '2007-12-29',
    ],
    [
      'article-header: a byline and stamp under a headline whose id joins "ArticleBody" and "Header" (Setanta)',
      f.page(
        'Prem Redknapp on Portsmouth - Setanta Sports',
        f.MENUS +
          '<div class="articleBox"><h2 id="ctl00_stcArticleBody_hHeader"><span>by Chris Stanton, 30 December 2007</span></h2></div>' +
          paragraphs(f.SW_STORY),
      ),
      f.SW_STORY,
      '2007-12-30',
    ],
  ])('%s', (_name, html, story, day) => {
    expect(storyDay(html, story)).toBe(day);
  });
  it.each([
    ["the masthead's today, far above the story", f.page('Press TV', f.TELEGRAPH_MASTHEAD + f.MENUS + f.MENUS + paragraphs(f.SW_STORY)), f.SW_STORY],
    ['a linked stamp of another story beside it', f.page('Press TV', '<a href="/x">Tuesday January 8, 2008</a>' + paragraphs(f.SW_STORY)), f.SW_STORY],
    [
      "a reader's comment's stamp under the story",
      f.page('Press TV', paragraphs(f.SW_STORY) + '<div class="comment"><p>Posted 9:06pm Tue 1 Jan 08</p></div>'),
      f.SW_STORY,
    ],
    [
      'a date inside a sentence of the story',
      f.page('Press TV', paragraphs([...f.SW_STORY, 'The blockade was tightened again on May 20, 2002, the day of the speech in Miami.'])),
      f.SW_STORY,
    ],
    [
      'a script that writes no page text (settings)',
      f.page('Press TV', `<script>var launched = 'January 19, 2008';</script>` + paragraphs(f.SW_STORY)),
      f.SW_STORY,
    ],
    ['a story not found on the page', f.page('Press TV', '<p>January 19, 2008</p><p>Other text.</p>'), f.SW_STORY],
    [
      "article-header, negative: the site's header (no article in its name) holding the day the page was served",
      f.page('SuperSoccer', '<div class="site_header"><span>29 December 2007 (16:00)</span></div>' + paragraphs(f.SW_STORY)),
      f.SW_STORY,
    ],
  ])('never: %s', (_name, html, story) => {
    expect(storyDay(html, story)).toBeNull();
  });
});

describe('edition-dateline: a year-less dateline dated against the edition the page prints (yearlessDatelineDay)', () => {
  it.each([
    ['New Delhi, Dec. 30: India today restarted the train service', '2007-12-31', '2007-12-30'],
    ['LONDON, JAN 17 (PTI) A British Airways plane crash-landed short of a runway', '2008-01-20', '2008-01-17'],
    ['Calcutta, Jan. 8: The state government on Tuesday announced', '2008-01-09', '2008-01-08'],
    // the year before the edition's, when the month and day fall after it
    ['Mumbai, Dec. 31: Shares fell', '2008-01-02', '2007-12-31'],
  ])('%s (edition %s)', (opening, edition, day) => {
    expect(yearlessDatelineDay(opening, edition)).toBe(day);
  });
  it.each([
    ['New Delhi, Dec. 30: India today restarted the train service', null], // no edition day on the page
    ['New Delhi, Oct. 30: India today restarted the train service', '2008-01-09'], // over a month before the edition
    ['New Delhi: The Board of Control for Cricket in India on Tuesday decided', '2008-01-09'], // no day in the dateline
    ['The March 15 deadline passed quietly, officials said.', '2008-03-20'], // a sentence, not a dateline
    ['On Jan. 8, 2008: the vote was held', '2008-01-09'], // not a place's name before the date
  ])('never: %s', (opening, edition) => {
    expect(yearlessDatelineDay(opening, edition)).toBeNull();
  });
});

describe('the dates a stamp writes (stampDatesIn, settle)', () => {
  it.each([
    ['Posted: Jan. 11, 2008', '2008-01-11'],
    ['Published 10:32 AM EST, Friday, January 11, 2008', '2008-01-11'],
    ['Last Updated: 1/11/2008', null], // two readings, no newer day on the page to settle them
    ['Jan 11, 2008 | 3:14 PM', '2008-01-11'],
    ['14th January 2008, 7:00 WST', '2008-01-14'],
    ['15 January, 2008', '2008-01-15'],
    ['Mon Jan 7 2008', '2008-01-07'],
    ['By David A. Utter - Fri, 12/28/2007 - 6:41am.', '2007-12-28'],
    ['14/01/2008 1:40:00 PM.', '2008-01-14'],
    ['2008-01-11T09:00', '2008-01-11'],
    // two-figure-year: figures joined by "/", or a day and a month's name
    ['15/01/08 15:46', '2008-01-15'],
    ['Last Updated: 1/14/08 11:15 AM ET', '2008-01-14'],
    ['5:19pm Tue 1 Jan 08', '2008-01-01'],
    ['Computerworld 1/8/08', null], // two readings
    // american-zone-order: a time in an American zone after the figures reads them month first
    ['Article Launched: 01/09/2008 09:37:25 PM PST', '2008-01-09'],
    ['Updated: 1/8/08 4:11 p.m. ET', '2008-01-08'],
    ['Published 01/08/2008 - 10:07 a.m. GMT', null], // not an American zone: two readings
    ['Created: 1/10/2008 4:09:14 PM', null],
    // negatives: a year alone, a day without its year, a version's figures, a listing's day and time
    ['© 2008 Independent News and Media Limited', undefined],
    ['Published: Tuesday, January 08', undefined],
    ['Version 11.01.08 of the firmware', undefined],
    ['15 Jan 04:00PM', undefined],
    ['Tue 1 Jan 2008', '2008-01-01'],
    // spaced-comma and ordinal-comma: templates' loose punctuation
    ['Wednesday , January 9 , 2008 |', '2008-01-09'],
    ['17:59 - 9th, Jan 2008', '2008-01-09'],
    ['Page 9, 2008 edition', undefined],
    ['the 9th, and 2008', undefined],
    // weekday-order: the weekday before the figures names one of the two readings (5 November 2012 a Monday, 11 May a Friday)
    ['Monday, 11.05.2012 / 12:34 AM /', '2012-11-05'],
    ['Fri 11/05/2012', '2012-05-11'],
    ['Thurs. 1/10/08 9:00', '2008-01-10'],
    // negatives: both readings on the weekday (6 January and 1 June 2008, two Sundays), neither on it, a weekday further off
    ['Sunday, 06/01/2008', null],
    ['Tuesday, 06/01/2008', null],
    ['Monday: the minutes of 11.05.2012', null],
    ['Simon 11/05/2012', null],
  ])('%s', (text, day) => {
    const first = stampDatesIn(text)[0];
    expect(first ? settle(first, null) : undefined).toBe(day);
  });
  it('numeric-order: a reading after the newest day the page writes is dropped', () => {
    const [date] = stampDatesIn('11:47 IST(11/1/2008)');
    expect(settle(date!, '2008-01-16')).toBe('2008-01-11');
    expect(settle(date!, '2008-12-16')).toBeNull();
  });
  it.each([
    // a field over 12 elsewhere on the page says which comes first
    [['Release: 01/10/2008', 'The time is 01/15/2008 02:09:42 PM EST'], 'month-first'],
    [['Computerworld 1/8/08', 'altered to static link on 12/21/06'], 'month-first'],
    [['Posted 10/01/2008', '15/01/08 15:46'], 'day-first'],
    [['Updated 25.12.2007'], 'day-first'],
    // negative: nothing over 12, both orders on one page, a score or a version that is no date
    [['01/12/2008', '1/5/08 and 1/2/08'], null],
    [['15/01/08 15:46', '1/15/2008'], null],
    [['won 3-1', 'version 10.5', 'call 555-1234'], null],
  ])('page-figure-order: %j -> %s', (texts, order) => {
    expect(figureOrderOf(texts)).toBe(order);
  });
  it("page-figure-order: the page's order settles figures read two ways, unless the reading is after its newest day", () => {
    const [date] = stampDatesIn('Release: 01/10/2008');
    expect(settle(date!, null)).toBeNull();
    expect(settle(date!, null, 'month-first')).toBe('2008-01-10');
    expect(settle(date!, null, 'day-first')).toBe('2008-10-01');
    expect(settle(date!, '2008-01-16', 'day-first')).toBeNull();
  });
  it("page-figure-order: a page stamp read by the order its markup's comment writes", () => {
    const html =
      '<html><head><title>White Scores 22 Points In Loss - SJSUSpartans.com</title><!-- The time is 01/15/2008 02:09:42 PM EST--></head><body>' +
      '<table><tr><td><b>White Scores 22 Points In Loss</b></td></tr><tr><td>Release: 01/10/2008</td></tr></table>' +
      f.STORY +
      '</body></html>';
    expect(stampOf(html)).toBe('2008-01-10');
    expect(stampOf(html.replace('<!-- The time is 01/15/2008 02:09:42 PM EST-->', ''))).toBeNull();
  });
});
