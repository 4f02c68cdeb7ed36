/**
 * The words a page prints beside its own stamp, as data in one place. A label says what the date beside it is:
 * the day the article went up, or a later change to it. Matched case-insensitively as whole words at the start
 * of the stamp's text or just before its date ("Published: Jan 08, 2008", "POSTED: 11:54 pm EST January 9, 2008",
 * "Posted at 6:47am on 14 Jan 2008", "Published Date: 11 January 2008").
 */
export const PUBLICATION_LABELS: readonly string[] = [
  'published',
  'published date',
  'publication date',
  'first published',
  'date published',
  'posted',
  'date posted',
  'created',
  'filed',
  // `launch-labels`: 2008 newspaper sites' own words for the moment a story went up ("Article Launched: 01/09/2008 09:37:25
  // PM PST", MediaNews papers; "Transmitted Friday, January 18, 2008", an agency's story). Not "release": a film's
  // "UK cinema release date: 11 January 2008" is no day of the page.
  'launched',
  'article launched',
  'transmitted',
];

/**
 * `date-label`: labels that name the publication only when they begin the stamp's line, with a colon, and nothing but
 * a weekday stands between them and the date ("Date: Sunday January 6 2008", a club's news page). Elsewhere the word is
 * any date's ("Release date: 11 January 2008", "date of birth").
 */
export const LINE_START_PUBLICATION_LABELS: readonly string[] = ['date'];

/** A later change: the newest of a page's stamps, never its publication when a publication stamp is also printed. */
export const UPDATE_LABELS: readonly string[] = ['updated', 'last updated', 'modified', 'last modified', 'last edited', 'edited', 'revised'];

/**
 * Where a stamp belongs to something other than the article: a reader's comment ("Posted by Paul on January 6,
 * 2008" under a comment), matched in an ancestor's class or id.
 */
export const COMMENT_AREA = /comment|reply|respon[cs]e|discussion|talkback/i;

/**
 * The site's masthead and menus, matched in an ancestor's class or id (one that does not hold the headline): a date there is the day the page was served
 * ("Tuesday, January 15, 2008" in the top bar), not the article's.
 */
export const MASTHEAD_AREA = /masthead|header|top-?bar|top-?links|nav|menu|banner|todays?-?date|current-?date|clock/i;

/**
 * `timestamp-element`: an element that names itself the story's time stamp (CNN's `<div id="cnnTimeStamp">` inside its
 * "cnnSnapShotHeader" beside the headline) holds the article's own stamp, even inside a block named a header; matched in
 * the class or id of the element or an ancestor nearer than the header. A "todays-date" or "current-date" box is the
 * masthead's.
 */
export const TIMESTAMP_AREA = /time-?stamp/i;

/**
 * `date-header`: a blog platform's heading that carries a post's day above its title (Blogger's and TypePad's
 * `<h2 class="date-header">Wednesday, October 10, 2012</h2>`; WordPress themes' "entry-date-header", "post-date-header") is
 * the post's own stamp, not the site's masthead, though its name holds "header". Matched in the class or id of the
 * element or an ancestor nearer than a masthead's; a box of the day the page was served ("todays-date", "current-date")
 * does not name itself so.
 */
export const DATE_HEADER_AREA = /(?:^|[\s_-])date-?header\b/i;

/**
 * `article-header`: a block that names itself the head of the article ("article_header" holding SuperSoccer's byline and
 * stamp, Setanta's "…ArticleBody_hHeader" headline, a blog theme's "entry-header" or "post-header") is the story's own
 * head, not the site's masthead, though its name holds "header"; matched in the class or id of the element or an
 * ancestor nearer than a masthead's.
 */
export const ARTICLE_HEADER_AREA = /(?:article|story|post|entry)[\w-]*header|header[\w-]*(?:article|story|post|entry)/i;
