/**
 * Short fragments of real saved news pages (the L3S-GN1 collection, early 2008; none of them an evaluation page),
 * each the markup around the page's own stamp, its masthead or its comments, cut to a few lines. The text belongs
 * to its publisher. `page()` wraps a fragment as a page with the title the real page had.
 */
export function page(title: string, body: string): string {
  return `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`;
}

/** Lines of menu links, as a 2008 page sets between its masthead and its story. */
export const MENUS = Array.from({ length: 12 }, (_, i) => `<a href="/section${i}/">Section ${i}</a>`).join(' | ');

/** Paragraphs of a story, enough to put a later line out of the stamp's reach. */
export const STORY = Array.from({ length: 14 }, (_, i) => `<p>Paragraph ${i + 1} of the story, a sentence of reporting with no date in it at all.</p>`).join(
  '\n',
);

// telegraph.co.uk: "Last Updated: 12:01am GMT 06/01/2008" under the byline; "Tuesday 15 January 2008" in the status bar.
export const TELEGRAPH_MASTHEAD = `<div id="statusbar"><a href="/portal/main.jhtml?view=MAKEHOME">Make us your homepage</a></div> <div id="date">Tuesday 15 January 2008</div>`;
export const TELEGRAPH_STAMP = `<p class="story2"><h1>Empires are built on Harry Flashmans</h1><br><span class="storyby">By William Langley</span><br><div style="float:left"><span class="filed">Last Updated: <span style="color:#000">12:01am&nbsp;GMT</span>&nbsp;06/01/2008</span></div>`;

// newsobserver.com: a publication and a modification stamp above the headline (an h2; the page's h1 is the site's name).
export const NEWSOBSERVER_STAMPS = `<h1>News &amp; Observer | newsobserver.com</h1><div id="story-top"><div class="pub-date"> <div class="published"> Published: Jan 08, 2008 03:58 PM </div> <div class="modified"> Modified: Jan 08, 2008 04:04 PM </div> </div> <div id="headline"> <h2>Players to be evaluated at MLS Combine this weekend</h2> </div> </div>`;

// star-telegram.com: "Posted on" in an h5 above the headline.
export const STAR_TELEGRAM_STAMP = `<div id="storyCol"> <div id="storyDate-Links"> <h5>Posted on Wed, Jan. 02, 2008</h5> <div class="storyTools"> <a id="printStoryLink" href="/536/v-print/story/385235.html">print</a> </div></div> <h1>Moya, Malisse land in Chennai quarters</h1>`;

// halifaxcourier.co.uk: the label in its own element ("Published Date:"), and a later "Last Updated" line.
export const HALIFAX_STAMP = `<h1>Gill: Glazers have been vindicated</h1><div class="metadata"> <ul> <li> <strong>Published Date: </strong> 11 January 2008 </li> <li> <span id="spanPub"> <strong>Source: </strong> Press Association </span> </li> </ul></div>`;
export const HALIFAX_UPDATED = `<p>Last Updated: 11 January 2008 12:53 PM</p>`;

// radionz.co.nz: "Time: 16 January, 2008" in the masthead; the story's "Posted at 6:47am on 14 Jan 2008" under its h2.
export const RADIONZ_MASTHEAD = `<h1><a title="Home" href="/">Radio New Zealand - Te Reo Irirangi o Aotearoa</a></h1> <p id="time">&nbsp;<span class="hide">Time:</span>16 January, 2008 </p>`;
export const RADIONZ_STAMP = `<div class="newsstory"> <h2>Summer Report: local papers</h2> <p class="posted">Posted at 6:47am on 14 Jan 2008</p> <div class="body"> <p><strong> All the papers have two stories in common on Monday morning: the planning of the state funeral for Sir Edmund Hilary and the arrival of two Australian kayakers who crossed the Tasman Sea to New Zealand.</strong></p></div></div>`;

// timesonline.co.uk: the day above the headline ("From The Times / December 31, 2007").
export const TIMES_KICKER = `<div class="float-left position-relative margin-top-minus-22"><span class="small"> From </span><span class="byline">The Times</span></div><div class="small color-666"> December 31, 2007</br></div><div class="clear-simple"></div><h1 class="heading">Camilla&rsquo;s &lsquo;cursed&rsquo; cruise ship is struck by winter sickness bug</h1>`;

// associatedcontent.com: the label inside the byline ("By Abesi!, published Jan 18, 2008"); readers' "Posted on" stamps below.
export const ASSOCIATED_CONTENT_BYLINE = `<h1>Client Star Brad Renfro Dies</h1><div id="byline"> <div id="byline_text"> By <a href="/user/79411/abesi.html" class="link_orange"> Abesi!</a>, published Jan 18, 2008<div class="small_grey_back"> <span>Published Content: 13</span>&nbsp;&nbsp;<span>Total Views: 12,256</span></div></div></div>`;

// examiner.com: readers' comments, each stamped, in a comments block.
export const EXAMINER_COMMENT = `<div id="commentsDiv"><p> <font face="Arial" size="3"><strong>Comments from Examiner Readers</strong></font><p> <font face="Arial" size="1">11:10 PM MST on Tue., Jan. 8, 2008 re: <a href="http://www.examiner.com/a-1146480.html">"St. Ignatius hangs on to win"</a><br><br></font> <strong>Examiner Reader</strong> said:<br> <font face="Arial" size="2">just to let you know, in the picture with vince legarza, the SHC player is EITHER kevin greene or jerry brown.</font></div>`;

// icwales.icnetwork.co.uk: a sidebar's stamp of another article, under that article's linked title.
export const ICWALES_SIDEBAR = `<div class="puffs"><h2><a href="http://icwales.icnetwork.co.uk/videos-and-pics/2008/01/10/james-hook-continues-his-rugby-video-masterclass-91466-20337395/">James Hook continues his rugby video masterclass</a></h2> <p class="article-date">Jan 10 2008 </p></div>`;
// icwales: the clock in the top links.
export const ICWALES_CLOCK = `<div id="header-wrap"><div id="toplinks"><p id="nav-top-links"><span id="clock">15 January 2008: 8:43am</span> | <a href="/">Home</a></p></div></div>`;

// ny1.com: a listing of other stories, each with its day beside its link.
export const NY1_LISTING = `<font size="-1" color="#000000"> January 15, 2008</font> <b><a href="/ny1/content/index.jsp?stid=1&aid=77515">Police Make Arrest In Seven-Month-Old Missing Woman Case</a></b><br>`;

// A copyright line (many pages).
export const COPYRIGHT = `<p>© 2008 owned by or licensed to Trinity Mirror Southern Ltd.</p>`;

// gizmodo.com: the title puts a kicker before the headline ("Clips: …"); the h2 holds the headline in a link; the post's
// stamp stands under the story, in its tools (`contained-headline`).
export const GIZMODO_POST = `<div class="post post-permalink"><a class="topTag" href="http://gizmodo.com/tag/clips/">Clips</a> <h2><a href="http://gizmodo.com/342425/belt-buckle-senses-your-air-rocking-via-magic-pick">Belt Buckle Senses Your Air Rocking (Via Magic Pick)</a></h2> <div class="post-full"><p>It looks like Activision is cashing in even more on their lucrative Guitar Hero license.</p><p>A belt buckle senses your air rocking (via magic pick) and sends the signal to an accompanying belt pack.</p></div><div class="post-tools"><p>12:48 PM</p><p>ON WED JAN 9 2008</p><p>BY MARK WILSON</p></div></div>`;

// digitalmedianet.com: the day with a two-figure year just above the headline ("News: Page (1) of 1 - 01/14/08").
export const DMN_KICKER = `<div id="arttopbox"><div class="artextras"><span class="artmetatype">News:</span> Page (1) of 1 - 01/14/08</div><div class="artextras"><a href="#">email article</a></div></div><h1>FCC Opens Net Neutrality Probe of Comcast</h1>`;

// sbsun.com (MediaNews): a styled cell for the headline, the site's h1 above it, and "Article Launched:" under the byline.
export const SBSUN_STAMP = `<h1><a href="/">San Bernardino County Sun</a></h1><div class="articleTitle">USC has imposing challenge</div><div class="articleByline">By Phil Collin, Staff Writer </div><div class="articleDate">Article Launched:&nbsp;01/09/2008 09:37:25 PM PST</div>`;

// sportinglife.com: the masthead's clock with a two-figure year, far above the headline.
export const SPORTING_LIFE_CLOCK = `<div id="header"><span class="time">15/01/08 15:46</span></div>`;

// A section's heading that the title also holds ("… - Latest News"), with the masthead's day under it.
export const SECTION_HEADING = `<h2>Latest News</h2><p>Tuesday 15 January 2008</p>`;

// news.bbc.co.uk: the page's only stamp, an update's, its label in a span of its own and its date led by the weekday;
// the headline in a styled div, not a heading (`update-stamp`).
export const BBC_UPDATED = `<a name="startcontent"></a><span class="ds"><span class="lu">Last Updated: </span>Tuesday, 4 December 2007, 23:57 GMT</span><div class="mxb"><div class="sh">Kidnapped Britons tape condemned</div></div>`;

// A listing's update stamp of another story, inside its link.
export const LINKED_UPDATE = `<ul class="related"><li><a href="/news/other-story.html">Other story headline here <span>Last updated: Monday, 3 December 2007</span></a></li></ul>`;

// story-stamp fixtures (L3S-GN1 and Socialist Worker pages of the development pools; none an evaluation page).

/** Tools, a search box and bookmarks between a headline and its stamp: twenty lines, beyond the headline rules' reach. */
export const TOOLS =
  Array.from({ length: 10 }, (_, i) => `<li><a href="/tool${i}">Tool ${i}</a></li>`).join('') + '<p>Search</p><p>Go</p><h2>Bookmark &amp; Share</h2>';

/** independent.ie: a picture, its caption, the tools and bookmarks, then "Friday December 28 2007" just above the story. */
export const INDEPENDENT_STORY_STAMP = `<h1>LA woman: actress Mischa Barton arrested on suspicion of drink driving</h1><div class="photoCaption"><p class="caption">Hollywood actress Mischa Barton is used to being photographed on the red carpet at film premieres</p></div><ul>${TOOLS}</ul><p class="info"><em>Friday December 28 2007</em></p>`;
export const INDEPENDENT_STORY = [
  'ACTRESS Mischa Barton is now following down the well-worn jail path of Hollywood friends Paris Hilton, Nicole Richie and Lindsay Lohan after being arrested.',
  'The 21-year-old star of The OC was pulled over by police in West Hollywood early yesterday morning and taken into custody on suspicion of driving under the influence.',
];

/** socialistworker.org (web/2003-1/456): the headline in bold type worded otherwise than the title, the issue's day under it. */
export const SW_ISSUE_STAMP = `<P><font size="5"><b>Solidarity with Cuba's revolution</b></font></P><P><font size="2"> June 6, 2003 | Page 4</font></P>`;
export const SW_STORY = [
  'The U.S. government has stepped up its campaign against Cuba, and some on the left have joined the chorus of criticism of the Castro government.',
  'We think that socialists should defend Cuba against the U.S. government without giving political support to its regime.',
];

/** thisisbradford.co.uk (Newsquest): the story's stamp under its last paragraph, then readers' comments' stamps. */
export const NEWSQUEST_STORY = [
  'Bradford could lose out on up to £15 million of lottery funding because of the cost of the London 2012 Olympics, council leaders have warned.',
  'Local authority leaders reacted with fury after an extra £675m was diverted from the National Lottery to the Games.',
];
export const NEWSQUEST_AFTER = `<p class="time">10:36pm Wednesday 16th January 2008</p><h3>Comments</h3><div class="comment"><p>1:19pm Thu 17 Jan 08</p><p>A reader's view of the Games.</p></div>`;
