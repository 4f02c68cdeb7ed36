import { describe, expect, it } from 'vitest';
import { FURNITURE_MARKS, markTokens, trailerAfterRule, trailingSignOffs } from '../../src/ingest/furniture.js';
import { paragraphsOf } from '../../src/ingest/paragraphs.js';

/** A story around each case, so that a box is a small share of the article, as furniture is. */
const STORY = [
  'Thousands of nurses walked off the job on Tuesday at four hospitals in the city, the union said.',
  'The strike, the first in two decades, was called after talks over staffing broke down late on Monday.',
  'Hospital managers said emergency rooms would stay open and that patients had been moved where needed.',
  'The union said its members would return to work on Thursday morning if no agreement was reached.',
  'A spokeswoman for the hospitals said the two sides would meet again on Wednesday with a mediator.',
  'Nurses carried signs outside the main entrance, and passing drivers sounded their horns in support.',
];
const story = `<p>${STORY.join('</p><p>')}</p>`;

/** Per rule: HTML it leaves out (its words must be gone), and look-alike HTML of real reporting that must stay (its words kept). */
const TABLE: Record<string, { chrome: string[]; kept: string[] }> = {
  'form-controls': {
    chrome: [
      '<form><p>Enter your email address to get our morning briefing</p><button>Sign me up</button></form>',
      '<div id="to-blog" class="forms"><h2>Add to blog</h2><p>You may place this material on your blog by copying the link.</p></div>',
    ],
    kept: [
      '<p>The form the nurses signed asked the board to reopen talks before the end of the month.</p>',
      '<p class="platform-note">The platform the union built lets nurses report short staffing on each shift.</p>',
      '<p class="reform">The reform the nurses want would cap each ward at six patients per nurse.</p>',
    ],
  },
  'furniture-element': {
    chrome: [
      '<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport and results</a></li></ul></nav>',
      '<aside><p>Read our full coverage of the strike here</p></aside>',
    ],
    kept: ['<p>The navy said two of its ships had been sent to the area to help with the evacuation.</p>'],
  },
  'media-fallback': {
    chrome: [
      '<div class="video-player"><video><p class="vjs-no-js">To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video</p></video></div>',
      '<audio controls><p>Your browser cannot play this clip.</p></audio>',
    ],
    kept: ['<div class="video-player"><p>The video, filmed by a nurse, shows the picket line at dawn on Tuesday.</p></div>'],
  },
  'player-controls': {
    chrome: [
      // A JW Player's keyboard-shortcut list and ad notice, as the library writes them inside an article.
      '<div class="jwplayer jw-reset jw-state-idle"><div class="jw-reset jw-shortcuts-container"><div class="jw-shortcuts-row jw-reset"><span class="jw-shortcuts-description jw-reset">Seek Forward</span><span class="jw-shortcuts-key jw-reset">→</span></div><div class="jw-shortcuts-row jw-reset"><span class="jw-shortcuts-description jw-reset">Mute/Unmute</span><span class="jw-shortcuts-key jw-reset">m</span></div></div><span class="jw-text jw-reset-text" role="status">Loading ad</span></div>',
      // A Video.js control bar and its captions settings dialog.
      '<div class="video-js vjs-default-skin"><div class="vjs-control-bar"><div class="vjs-volume-menu-button vjs-menu-button vjs-control"><span class="vjs-control-text">Mute</span></div></div><div class="vjs-modal-dialog-content"><p class="vjs-modal-dialog-description">Beginning of dialog window. Escape will cancel and close the window.</p></div></div>',
      '<div class="mejs__controls"><div class="mejs__time"><span class="mejs__currenttime">00:00</span></div></div>',
    ],
    kept: [
      // A clip's caption set beside the player, not inside it, and classes that merely contain the letters.
      '<p class="video-caption">Nurses filmed the picket line at dawn on Tuesday, before the first shift change.</p>',
      '<p class="adjwords">The adjusted staffing plan was sent to the board on Monday, the union said.</p>',
      '<div class="story-body"><p>The union said the video, shared by a nurse, showed a ward with one nurse on duty.</p></div>',
    ],
  },
  'landmark-role': {
    chrome: [
      '<div role="complementary"><p>Most read stories this week across the site</p></div>',
      '<div role="navigation"><p>Previous page Next page</p></div>',
    ],
    kept: ['<div role="main"><p>The union said the vote had been unanimous and that picket lines would stay up.</p></div>'],
  },
  'share-bar': {
    chrome: [
      '<div class="share-tools"><p>Share this story on Facebook Twitter Email</p></div>',
      '<ul class="socialLinks"><li>Facebook</li><li>Twitter</li></ul>',
      '<div id="actions" class="centered"><ul><li class="to-blog">Add to blog</li><li class="to-friend">Send to friend</li></ul></div>',
    ],
    kept: [
      '<p class="transactions">The transactions were reported to the regulator on Monday, the bank said.</p>',
      '<p class="shareholder-story">The shareholders split the cost of the temporary staff, the report said.</p>',
      '<p class="socialist">The Socialist Party said it backed the strike and would join the march.</p>',
    ],
  },
  'story-rail': {
    chrome: [
      '<div class="related-stories"><h3>More from the city desk</h3><p>Nurses vote to strike after pay offer</p></div>',
      '<section id="trendingNow"><p>Five things to know today</p></section>',
      '<div class="c-partner-articles"><h2>More from The Star &amp; Partners</h2></div>',
      '<div class="c-more-articles"><p>Nurses vote to strike after pay offer</p></div>',
      '<div class="c-top-articles"><h2>Top Stories</h2></div>',
      '<div class="rail--classic rail-component"><p><section><h2 class="headline-heading">Most read in News</h2></section></p></div>',
    ],
    kept: [
      '<p class="unrelated-note">Two unrelated fires broke out in the city on the same night, officials said.</p>',
      '<p class="railway-note">The railway union said its members would join the nurses on Friday.</p>',
      '<p class="more-text">More nurses joined the picket line on Wednesday, the union said.</p>',
      '<div class="other-news-desk"><p>Other hospitals in the region said they had no plans to close wards.</p></div>',
    ],
  },
  'pitch-box': {
    chrome: [
      '<div class="newsletter-signup"><p>Get the morning briefing in your inbox every weekday</p></div>',
      '<div class="restricted-content-breaker"><p>This article is exclusive to subscribers</p><p>Already have an account? Log in</p></div>',
      '<div class="c-signin"><p class="c-register-message">Anyone can read Conversations, but to contribute, you should be registered.</p></div>',
      '<div class="jeg_push_notification"><p>Get real time update about this post categories directly on your device, subscribe now.</p></div>',
    ],
    kept: [
      '<p class="promotional">The union promoted three of its stewards to lead the talks, it said on Tuesday.</p>',
      '<p class="registrar">The registrar said no student records had been lost in the fire.</p>',
      '<p class="cash-registers">Nurses said they would register their protest at the next board meeting.</p>',
    ],
  },
  'call-to-action': {
    chrome: [
      '<div class="cta cta-support"><h2>Help us unlock the world’s knowledge.</h2><p>As a nonprofit, we are powered by donations.</p></div>',
      '<div class="donate-box"><p>Support independent journalism today</p></div>',
    ],
    kept: [
      // A picture's own control: the passages read it with the caption the picture prints.
      '<figure class="cover"><div class="cta-overlay"><p class="cta-text">View photo</p></div></figure>',
      '<p class="donated-items">The nurses donated their strike pay to the food bank, the union said.</p>',
    ],
  },
  advert: {
    chrome: ['<div class="ad-slot"><p>Advertisement</p></div>', '<div class="sponsored-content"><p>Brought to you by our partners at a bank</p></div>'],
    kept: ['<p class="adjacent">An adjacent ward was closed, and its patients were moved to the new wing.</p>'],
  },
  'reader-comments': {
    chrome: ['<div id="comments"><p>June 3, 2014 at 9:12 pm | Great article, thanks for writing it</p></div>'],
    kept: ['<p class="commentary">In a commentary, the paper said the strike would test the new mayor.</p>'],
  },
  'author-box': {
    chrome: [
      '<div class="author-bio"><p>Jane Roe covers health care for the paper and lives in the city.</p></div>',
      '<div class="author-endnote-container"><div>This column does not necessarily reflect the opinion of the editorial board.</div></div>',
      '<div class="tdb-author-box"><p><a href="/author/news">The Paper</a></p><p>The Paper - Reporting on the latest news from around the county!</p></div>',
      '<div class="about-the-author"><p>Jane Roe is the senior staff writer for a weekly.</p></div>',
    ],
    kept: ['<p class="biology">The biology department said its labs were not affected by the strike.</p>'],
  },
  'fact-box': {
    chrome: [
      '<div class="Infobox"><p><b>What to know about the strike</b></p><ul><li><b>Today’s news:</b> Follow live updates from the picket line.</li></ul></div>',
      '<div class="factbox"><p>Born: 12 May 1961, Leeds</p></div>',
    ],
    kept: [
      '<p class="info">The information the union gave the board was not made public.</p>',
      '<p class="boxing-facts">Nurses boxed up their lockers before the strike began.</p>',
    ],
  },
  control: {
    chrome: [
      '<div class="player-placeholder-ui-container" role="button"><h3 class="video-item-title">Nurses on the picket line</h3><p><span class="video-time-stamp">14 hours ago</span></p></div>',
      '<div class="PlayButton-container"><p><span class="PlayButton-flyout">watch now</span></p></div>',
      '<p><a href="#comments" class="btn btn-primary">Read comments</a></p>',
    ],
    kept: [
      '<p class="buttonwood">The Buttonwood hospital said it had closed one ward on Tuesday.</p>',
      '<p>The nurses pressed the <span class="button">panic button</span> twice, the report said.</p>',
    ],
  },
  'site-logo': {
    chrome: ['<div class="logo-text"><h2>Uncommon Knowledge</h2><p>The Paper is committed to finding common ground.</p></div>'],
    kept: ['<p class="logon">Nurses could not log on to the rota system during the strike.</p>'],
  },
  'page-notes': {
    chrome: [
      '<p class="disclaimer">Accuracy and availability of transcripts may vary. Transcript text may be revised.</p>',
      '<ul class="tags"><li>Health</li><li>Labor unions</li></ul>',
      '<div class="breadcrumbs"><p>Home › News › Health</p></div>',
    ],
    kept: ['<p class="tagline">Under the tagline “Safe staffing saves lives”, the nurses marched to city hall.</p>'],
  },
  'section-label': {
    chrome: [
      '<h3 class="section" itemprop="articleSection">Sister Act</h3>',
      '<p class="story-kicker">Mixed Feelings</p>',
      '<div class="c-article-labels-container"><div class="text-label-basic"><span class="text-label-text">Opinion</span></div></div>',
    ],
    kept: [
      '<h3 class="section-heading">What the nurses want</h3>',
      '<p class="relabelled">The hospital relabelled two wards as emergency units on Tuesday.</p>',
      '<p>The union put a <span class="label">strike</span> sign on every door of the ward.</p>',
    ],
  },
  'graphic-source': {
    chrome: [
      '<p class="chart-src">SOURCE: Aviation Safety Network; ICAO; WORLD BANK.</p>',
      '<div class="graphic-notes"><p>* Figures for 2014 are provisional.</p></div>',
    ],
    kept: [
      '<p class="source-text">A source close to the talks said an offer could come as soon as Friday.</p>',
      '<h5 class="chart-title">Nurses on strike, by hospital</h5>',
    ],
  },
  'hidden-by-class': {
    chrome: [
      '<div class="d-none d-print-block"><p>This document is subject to copyright. No part may be reproduced without permission.</p></div>',
      '<div class="c-signin--hide"><p>If you do not yet have an account, you can create one now (it is free)</p></div>',
      '<p class="sr-only">Opens in a new window</p>',
      '<div class="hidden"><p>Share this article with a friend</p></div>',
      '<div class="done invisible"><p>News is sent to e-mail</p></div>',
    ],
    kept: [
      // Hidden on small screens only: shown to readers on others.
      '<div class="d-none d-md-block"><p>The hospital board said it would meet the union on Friday.</p></div>',
      '<div class="hidden md:block"><p>Nurses said the offer did not address staffing.</p></div>',
      '<p class="hidden-xs">The mayor said she would attend the talks in person.</p>',
      '<p class="hide-on-print">A mediator was appointed late on Tuesday, officials said.</p>',
      '<p class="unhidden">Two wards were reopened on Thursday morning.</p>',
      '<p class="invisible-hand">Market forces would not fix staffing, the union said.</p>',
    ],
  },
};

function paragraphs(fragment: string): string[] {
  return paragraphsOf(`${story}${fragment}<p>${STORY[0]}</p>`);
}

describe('page furniture told by markup', () => {
  it('has a table row with chrome and kept cases for every rule, and each rule a reason', () => {
    expect(Object.keys(TABLE).sort()).toEqual(FURNITURE_MARKS.map((m) => m.name).sort());
    for (const mark of FURNITURE_MARKS) expect(mark.reason).toMatch(/^[a-z].+[^.]$/);
  });

  for (const mark of FURNITURE_MARKS) {
    const row = TABLE[mark.name]!;
    it(`${mark.name}: leaves out what the page marks so, keeps look-alike reporting`, () => {
      for (const html of row.chrome) {
        const out = paragraphs(html);
        expect(out, html).toEqual([...STORY, STORY[0]]);
      }
      for (const html of row.kept) {
        const text = paragraphsOf(`<div>${html}</div>`).join(' ');
        expect(paragraphs(html).join('\n'), html).toContain(text);
      }
    });
  }

  it('never drops a wrapper that holds the story, whatever its class says (WordPress writes tags and authors into it)', () => {
    const html = `<article class="post tag-health tag-comments author-jroe category-news">${story}</article>`;
    expect(paragraphsOf(html)).toEqual(STORY);
    // A story a script reveals later (`hidden` until loaded) is still the story.
    expect(paragraphsOf(`<div class="article-body hidden">${story}</div>`)).toEqual(STORY);
  });

  it('drops an inline element only when it is the whole of its block, never a span inside a sentence', () => {
    expect(paragraphs('<p>The <span class="promo">promotion</span> of two stewards was announced on Tuesday.</p>')).toContain(
      'The promotion of two stewards was announced on Tuesday.',
    );
    expect(paragraphs('<p><span class="promo-label">Subscribe for more local news</span></p>')).toEqual([...STORY, STORY[0]]);
  });

  it('drops what the page hides from every reader', () => {
    expect(paragraphs('<p hidden>By Jane Roe, health reporter</p><div aria-hidden="true"><p>Share this</p></div>')).toEqual([...STORY, STORY[0]]);
    expect(paragraphs('<p aria-hidden="false">The mayor said she hoped both sides would compromise soon.</p>')).toContain(
      'The mayor said she hoped both sides would compromise soon.',
    );
  });

  it('reads class and id words at dashes, underscores and camelCase, whole words only', () => {
    const element = (cls: string, id = '') => ({ getAttribute: (name: string) => (name === 'class' ? cls : name === 'id' ? id : null) }) as unknown as Element;
    expect(markTokens(element('relatedRail story_box', 'share-bar'))).toEqual(['related', 'rail', 'story', 'box', 'share', 'bar']);
    expect(markTokens(element('shareholderStory'))).toEqual(['shareholder', 'story']);
  });
});

describe('furniture by what a block sits in', () => {
  it("drops an embedded post's attribution line, keeps the post's own words and a dash in a quotation", () => {
    const tweet = `<blockquote class="twitter-tweet"><p>A power failure is affecting parts of the airport. The runway is unaffected.</p>&mdash; Example Airport (@ExampleAirport) <a href="https://twitter.com/x/status/1">December 22, 2014</a></blockquote>`;
    const wrapped = `<blockquote class="twitter-tweet"><p>Flights continue to operate but are subject to delay.</p><p>— Jane Roe (@jroe) December 22, 2014</p></blockquote>`;
    const out = paragraphs(tweet + wrapped);
    expect(out).toContain('A power failure is affecting parts of the airport. The runway is unaffected.');
    expect(out).toContain('Flights continue to operate but are subject to delay.');
    expect(out.join('\n')).not.toContain('@ExampleAirport');
    expect(out.join('\n')).not.toContain('@jroe');
    const quote = '<blockquote><p>“We will not go back,” she said.</p><p>— a nurse on the picket line, who asked not to be named</p></blockquote>';
    expect(paragraphs(quote)).toContain('— a nurse on the picket line, who asked not to be named');
  });

  it("drops the head's stamp line the page marks, not one further down, nor a sentence with a marked date", () => {
    const head = `<p><span class="location">JAKARTA</span> <span class="pipe"> </span> <span class="timestamp">Tue Dec 30, 2014 9:21am IST</span></p>`;
    expect(paragraphsOf(head + story)).toEqual(STORY);
    const rail = `<div class="tile"><p><span class="timestamp">Jan. 2 2015 8:53 PM</span></p><p>What the strike means</p></div>`;
    expect(paragraphsOf(story + rail)).toContain('Jan. 2 2015 8:53 PM');
    const dated = `<p>The strike began on <time datetime="2014-12-30">Tuesday, Dec. 30</time>, the union said.</p>`;
    expect(paragraphsOf(dated + story)[0]).toBe('The strike began on Tuesday, Dec. 30, the union said.');
    const standfirst = `<div class="storytext storylocation linkLocation"><p>Nurses walked out at four hospitals over staffing.</p></div>`;
    expect(paragraphsOf(standfirst + story)[0]).toBe('Nurses walked out at four hospitals over staffing.');
  });
});

describe("a writer's sign-off at the end", () => {
  it('drops a dash and a name closing the story, not a dash opening a sentence, a dash inside the story, or the only block', () => {
    expect(trailingSignOffs([...STORY, '-- Jane Roe'])).toBe(1);
    expect(trailingSignOffs([...STORY, '— Jane Roe, staff writer'])).toBe(1);
    expect(trailingSignOffs([...STORY, '— And then the lights went out, she said.'])).toBe(0);
    expect(trailingSignOffs(['-- Jane Roe', ...STORY])).toBe(0);
    expect(trailingSignOffs(['-- Jane Roe'])).toBe(0);
    expect(paragraphsOf(`${story}<p>-- Jane Roe</p>`)).toEqual(STORY);
  });
});

describe('a trailer the page sets off with a rule after the story', () => {
  it.each([
    ['an <hr> and a heading in capitals', '<hr><p><strong>SHARE YOUR STORY</strong></p><p>Do you have an issue with a company? Fill out the form below.</p>'],
    ['a line of dashes and a heading', '<p>----------</p><h4>About the author</h4><p>Jane Roe writes about health care.</p>'],
    ['a rule and a label with a colon', '<hr><p><strong>More information:</strong></p><p>Roe et al., Journal of Nursing (2019). DOI: 10.1000/xyz</p>'],
  ])('leaves out the box after %s', (_, trailer) => {
    expect(paragraphsOf(`${story}${trailer}`)).toEqual(STORY);
  });

  it.each([
    // A section break: the story's next section opens with a sentence.
    ['a section break before a sentence', `${story}<p>* * *</p><p>${STORY[0]}</p>`],
    // A closing section with its own subhead that is a large share of the story.
    ['a long closing section', `${story}<hr><h3>What comes next</h3>${story}`],
    // A heading at the end with no rule before it.
    ['a heading with no rule', `${story}<h4>What comes next</h4><p>${STORY[1]}</p>`],
  ])('keeps the story after %s', (_, html) => {
    const text = paragraphsOf(html).join(' ');
    expect(text).toContain(STORY[0]);
    expect(paragraphsOf(html).length).toBe(html.match(/<p>|<h[34]>/g)!.length - (html.includes('* * *') ? 1 : 0));
  });

  it('reads only the last rule, never the first block', () => {
    expect(trailerAfterRule(['', 'About the author', 'Jane Roe writes about health.'])).toBe(0);
    expect(trailerAfterRule([...STORY, '', 'About the author', 'Jane Roe writes about health.'])).toBe(3);
    expect(trailerAfterRule([...STORY, '', 'Credits', '', STORY[0]!])).toBe(0);
  });
});

describe('credits, links and stamps told by where their text sits', () => {
  it("drops a caption's trailing <cite> credit, not a <cite> inside the caption's words nor one in the story", () => {
    const figure = '<figure><figcaption><p>Nurses outside the main hospital on Tuesday. <cite>AP Photo/Jane Roe, File</cite></p></figcaption></figure>';
    expect(paragraphs(figure)).toContain('Nurses outside the main hospital on Tuesday.');
    expect(paragraphs(figure).join('\n')).not.toContain('Jane Roe');
    const book = '<figure><figcaption><p>A nurse reads <cite>The Plague</cite> on the picket line.</p></figcaption></figure>';
    expect(paragraphs(book)).toContain('A nurse reads The Plague on the picket line.');
    const inStory = '<p>The union quoted <cite>Hospital Weekly</cite></p>';
    expect(paragraphs(inStory)).toContain('The union quoted Hospital Weekly');
  });

  it("drops an embedded post's bare links, keeps its words, and a link with words anywhere", () => {
    const tweet = `<blockquote class="twitter-tweet"><p>Buses to the hospital board at the main square. <a href="https://t.co/x">pic.twitter.com/7IJYBkhgep</a></p><div><p>Follow the council's advice <a href="https://t.co/y">https://t.co/alqD5TQFRD</a></p></div></blockquote>`;
    const out = paragraphs(tweet);
    expect(out).toContain('Buses to the hospital board at the main square.');
    expect(out).toContain("Follow the council's advice");
    expect(out.join('\n')).not.toMatch(/pic\.twitter|t\.co/);
    const linked = `<blockquote class="twitter-tweet"><p>Nurses will read out <a href="https://example.org/r">the union's statement</a> at the rally on Monday.</p></blockquote>`;
    expect(paragraphs(linked)).toContain("Nurses will read out the union's statement at the rally on Monday.");
    const story = '<p>The union posted its statement at <a href="https://example.org/s">https://example.org/s</a> on Monday.</p>';
    expect(paragraphs(story)).toContain('The union posted its statement at https://example.org/s on Monday.');
  });

  it("drops a live page's update stamp with its writer's name, not a stamp alone nor an update that opens with a time", () => {
    const stamp = '<p><time class="live-time">21:00</time><mark>Jane Roe-Fry</mark></p>';
    expect(paragraphs(stamp)).toEqual([...STORY, STORY[0]]);
    const bare = '<p><time>Jan. 2 2015 8:53 PM</time></p>';
    expect(paragraphs(bare)).toContain('Jan. 2 2015 8:53 PM');
    const update = '<p><time>21:00</time> Police closed the road outside the hospital.</p>';
    expect(paragraphs(update)).toContain('21:00 Police closed the road outside the hospital.');
    const named = '<p>At <time>21:00</time> Jane Roe</p>';
    expect(paragraphs(named)).toContain('At 21:00 Jane Roe');
  });

  it("drops a player's title and length marked in their own class, not a title outside a player", () => {
    const player =
      '<div class="l-article__part"><p><time class="c-video__duration">2:34</time> <span class="c-video__title">Nurses strike over staffing</span></p></div>';
    expect(paragraphs(player)).toEqual([...STORY, STORY[0]]);
    const title = '<h3 class="entry-title">Nurses strike over staffing</h3>';
    expect(paragraphs(title)).toContain('Nurses strike over staffing');
  });

  it('drops a heading that repeats the headline a "Read more" link promotes, not a heading of its own', () => {
    const promo =
      '<h3>Nurses at four hospitals vote to strike again</h3><p>The vote was held on Monday.</p><p>Read more: <a href="/n">Nurses at four hospitals vote to strike again</a></p>';
    const out = paragraphs(promo);
    expect(out).toContain('The vote was held on Monday.');
    expect(out.join('\n')).not.toContain('vote to strike again');
    const own = '<h3>Nurses at four hospitals vote to strike again</h3><p>The vote was held on Monday.</p>';
    expect(paragraphs(own)).toContain('Nurses at four hospitals vote to strike again');
  });
});

describe('what the page sets after its own <article>', () => {
  it('leaves out what follows the <article> that holds the story: an appeal, a comment prompt, cards of other articles', () => {
    const after =
      '<div><h2>Support The Paper</h2><p>We ask you to support us by making a contribution.</p></div><div><p>Be the first to comment on this article</p></div>' +
      '<div><h3>More in News</h3><article><h2>Nurses vote to strike</h2><p>In News - 02 Feb 2025, 20:02</p></article></div>';
    expect(paragraphsOf(`<div><article>${story}</article>${after}</div>`)).toEqual(STORY);
  });

  it('keeps what follows an <article> that holds too little to be the story (a live page of updates, a header)', () => {
    const updates = `<article><p>${STORY[0]}</p></article><article><p>${STORY[1]}</p></article><article><p>${STORY[2]}</p></article>`;
    expect(paragraphsOf(updates)).toEqual(STORY.slice(0, 3));
    const header = `<div><article><h1>Nurses strike</h1></article>${story}</div>`;
    expect(paragraphsOf(header)).toEqual(['Nurses strike', ...STORY]);
    // What stands before the story's <article> is not read by this rule.
    expect(paragraphsOf(`<div><p>By Jane Roe</p><article>${story}</article></div>`)).toEqual(['By Jane Roe', ...STORY]);
  });
});

describe('the anchor where reader comments begin (branch chrome10)', () => {
  it("leaves out what follows an empty anchor named for the comments, once the story's text is read", () => {
    const comments = '<hr><p><a name="commentSection"></a><b>Comments are now closed for this story</b></p><p><b>Stephen B</b><br>Stop spending my money!</p>';
    expect(paragraphsOf(`<div>${story}${comments}</div>`)).toEqual(STORY);
  });

  it('reads on past an anchor before the story, a link to the comments and an anchor named otherwise', () => {
    expect(paragraphsOf(`<div><a name="comments"></a>${story}</div>`)).toEqual(STORY);
    expect(paragraphsOf(`<div>${story}<p><a href="#comments">Comments</a> on the strike were many, the union said.</p></div>`)).toContain(
      'Comments on the strike were many, the union said.',
    );
    expect(paragraphsOf(`<div>${story}<p><a name="section2"></a>The talks resumed on Friday.</p></div>`)).toContain('The talks resumed on Friday.');
  });
});

describe('a box printed again beside the one the marks left out', () => {
  it('drops the copy for another screen, not a teaser elsewhere that copies a sentence of the story', () => {
    const logo =
      '<div class="uncommon"><div class="logo-text"><h2>Uncommon Knowledge</h2><p class="subtitle-desktop">The Paper is committed to finding common ground in the news.</p></div><p class="subtitle-mobile">The Paper is committed to finding common ground in the news.</p></div>';
    expect(paragraphs(logo)).toEqual([...STORY, STORY[0]]);
    // A podcast promo copies the story's first sentence; the story's own paragraph after the promo's box stays.
    const teaser = `<div class="enhancement"><div class="promo-audio"><p>${STORY[0]}</p></div></div><p>${STORY[0]}</p><p>${STORY[1]}</p>`;
    expect(paragraphs(teaser)).toEqual([...STORY, STORY[0], STORY[1], STORY[0]]);
  });
});

describe("a clip's caption and title beside its player", () => {
  it("drops the caption beside a player the marks left out, and a clip's title after a player with no text", () => {
    const card =
      '<p><span class="mediaEmbed"><div class="player-placeholder-ui-container" role="button"><h3>Nurses react</h3></div><span class="media-caption">Nurses on the picket line say the offer falls short. Two experts weigh in.</span></span></p>';
    expect(paragraphs(card)).toEqual([...STORY, STORY[0]]);
    const titled =
      '<div class="enhancement"><p class="VideoEnhancement-player"><iframe src="https://example.org/embed/1"></iframe></p><p>Video: Nurses Strike Over Staffing At Four Hospitals</p></div>';
    expect(paragraphs(titled)).toEqual([...STORY, STORY[0]]);
  });

  it("keeps a picture's caption, a heading and a sentence after a player", () => {
    const figure = '<figure><img src="a.jpg"><figcaption class="image-caption">Nurses on the picket line on Tuesday.</figcaption></figure>';
    expect(paragraphs(figure)).toContain('Nurses on the picket line on Tuesday.');
    const heading = '<div><p class="video-player"><iframe src="https://example.org/embed/1"></iframe></p><h2>What the nurses want</h2></div>';
    expect(paragraphs(heading)).toContain('What the nurses want');
    const sentence =
      '<div><p class="video-player"><iframe src="https://example.org/embed/1"></iframe></p><p>The video shows the picket line at dawn.</p></div>';
    expect(paragraphs(sentence)).toContain('The video shows the picket line at dawn.');
  });
});

describe("the article's metadata line told by its link to the comments", () => {
  it('drops a short line that links to the comments, not a sentence of the story that does', () => {
    const meta =
      '<p class="text-sm">By TPN, in <a href="/news">News</a>, <a href="/health">Health</a> · <span>31 Jan 2025, 20:02</span> · <a href="#comments">0 Comments</a></p>';
    expect(paragraphs(meta)).toEqual([...STORY, STORY[0]]);
    const sentence = '<p>Readers have posted more than 400 <a href="#comments">comments</a> on the strike since Tuesday.</p>';
    expect(paragraphs(sentence)).toContain('Readers have posted more than 400 comments on the strike since Tuesday.');
    const elsewhere = '<p>By Jane Roe · <a href="/health">Health</a></p>';
    expect(paragraphs(elsewhere)).toContain('By Jane Roe · Health');
  });
});

describe("a credit on a caption's first line", () => {
  it("drops a name set apart by a line break before the caption's sentence, not a first line that is a sentence", () => {
    const credit =
      '<figure><img src="a.jpg"><figcaption><span>The Daily Record</span><br>Nurses outside the main hospital on Tuesday, where the strike began.</figcaption></figure>';
    const out = paragraphs(credit);
    expect(out).toContain('Nurses outside the main hospital on Tuesday, where the strike began.');
    expect(out.join('\n')).not.toContain('Daily Record');
    const sentence = '<figure><figcaption><span>Nurses march.</span><br>They walked to city hall on Tuesday afternoon.</figcaption></figure>';
    expect(paragraphs(sentence)).toContain('Nurses march.');
    const alone = '<figure><figcaption><span>The Daily Record</span><br>Nurses, Tuesday</figcaption></figure>';
    expect(paragraphs(alone)).toContain('The Daily Record');
  });
});

describe('list-label: the label of a list whose links the ingest leaves out (branch chrome11)', () => {
  const links = (n: number) => Array.from({ length: n }, (_, i) => `<p><a href="/archive/${i}.html">January 200${i}</a></p>`).join('');
  it.each([
    ['a label ending in a colon', `<div>${story}<p>Past sports :</p>${links(3)}</div>`],
    ['a heading', `<div>${story}<h3>Services</h3><ul><li><a href="/a">Books</a></li><li><a href="/b">Business City Guides</a></li></ul></div>`],
  ])('drops %s over two links or more', (_, html) => {
    expect(paragraphsOf(html)).toEqual(STORY);
  });

  it.each([
    ['a subhead followed by the story', `<div><h3>The talks</h3>${story}</div>`, 'The talks'],
    ['a label over one link', `<div>${story}<p>Read the report:</p>${links(1)}</div>`, 'Read the report:'],
    [
      'a sentence that introduces links',
      `<div>${story}<p>The union has put the offer and its reply online:</p>${links(2)}</div>`,
      'The union has put the offer and its reply online:',
    ],
    ['a label with text between it and the links', `<div>${story}<h3>Services</h3><p>${STORY[0]}</p>${links(2)}</div>`, 'Services'],
  ])('keeps %s', (_, html, kept) => {
    expect(paragraphsOf(html)).toContain(kept);
  });
});
