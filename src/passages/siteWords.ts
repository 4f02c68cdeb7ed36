/**
 * The words the chrome rules of branch chrome11 read, as data in one place: what a 2008 news page prints around its
 * story (its sport sections' names, the social bookmarking sites of its share bar, the desks that sign an unsigned
 * story, the forums and services it sends readers to). The rules that read them are in siteRules.ts, readerRules.ts
 * and boilerplate.ts, each with its table of lines it drops and sentences it keeps in tests/passages/chromeRules.test.ts.
 */

/** A sport as a site's section names it ("Latest Football Stories", "Cricket News"): words of a section label, not of a sentence. */
export const SPORT_SECTIONS = [
  'football',
  'soccer',
  'cricket',
  'rugby',
  'tennis',
  'golf',
  'racing',
  'motorsport',
  'boxing',
  'basketball',
  'baseball',
  'hockey',
  'athletics',
  'cycling',
] as const;

/** The social bookmarking and sharing sites of a page's tool bar ("Post to del.icio.us", "Digg This!", "Post to Facebook"). */
export const BOOKMARK_SITES = [
  'digg',
  'del.icio.us',
  'delicious',
  'facebook',
  'newsvine',
  'reddit',
  'stumbleupon',
  'furl',
  'technorati',
  'yahoo',
  'myspace',
] as const;

/**
 * A desk that signs a story no one signed, alone on its line ("Staff and agencies", "Agencies", "Staff reporter", "From
 * our correspondent", "By Staff reports"): who wrote, not what happened.
 */
export const DESK_SIGNATURES = [
  'staff and agencies',
  'agencies',
  'staff reporter',
  'staff reporters',
  'staff writer',
  'staff writers',
  'from our correspondent',
  'our correspondent',
  'by staff reports',
  'staff reports',
  'wire reports',
  'news wires',
] as const;

/** The words a site uses for its readers' boards when it sends readers there ("in our Forums", "on our message boards"). */
export const FORUM_WORDS = '(?:forums?|message ?boards?|discussion boards?|blogs?)';

/** What a reader is invited to do on the site's boards ("Have your say", "Discuss the news", "Talk about"). */
export const FORUM_CALLS = '(?:have your say|discuss|talk about|join the (?:debate|discussion|conversation)|share your (?:views|thoughts|opinion))';

/**
 * The lines that head a page's reader comments (branch chrome12), lower case, read whole or before a dash ("Comments",
 * "Readers' comments (12)", "Thanks for your comments - this feedback is now closed"): `comment-signatures` in
 * src/ingest/commentSignatures.ts cuts the page there when a reader's signature follows.
 */
export const COMMENT_HEADERS = [
  'comments',
  'comment',
  'reader comments',
  "readers' comments",
  'readers comments',
  'your comments',
  'user comments',
  'have your say',
  'your say',
  'your views',
  'what you said',
  'what you think',
  'post a comment',
  'add your comment',
  'comments are closed',
  'comments are now closed',
  'thanks for your comments',
  'this feedback is now closed',
  'join the discussion',
] as const;
