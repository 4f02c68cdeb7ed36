import { datelineLength } from './dateline.js';
import { EMAIL, REPORTED, type ChromeRule } from './ruleTypes.js';
import { BOOKMARK_SITES, FORUM_CALLS, FORUM_WORDS } from './siteWords.js';

/**
 * Chrome that speaks to the reader or stamps a live page, written on the released fifth batch's classes (branch
 * chrome7): a notice about the reader's ad blocker, a call for readers' stories or questions, the newsroom's
 * address, a line sending the reader on, a pitch for the site, a paper's citation with its DOI, a wire's dateline
 * alone, a site path, a live page's stamp glued to its writer, a day and a time alone. The words each rule reads
 * are the constants below; tests/passages/chromeRules.test.ts holds each rule's table with the sentences that
 * look like it and must stay.
 */

/** An ad blocker named, and the reader's browser or the site's features spoken of: a notice to the reader, not news of the ad trade. */
const AD_BLOCKER = /\bad[- ]?block(?:er|ers|ing)?\b|\bad block users\b/i;
const READER_BROWSER = /\b(?:disable|turn off|pause|whitelist|allowlist|switch off)\b|\b(?:is|are) (?:enabled|on)\b|\bmay not work\b|\bsite features\b/i;
/** What a newsroom's call for readers' stories or questions says ("we want to hear from you", "in the form below"). */
const READER_CALLOUT =
  /\bhave something to add to this (?:story|article|post)\b|\bshare (?:it|them|your (?:thoughts|views|story|stories)) in the comments\b|\bwe(?:['’]d| would)? (?:want|like|love) to hear from you\b|\b(?:ask|submit|send) (?:us )?your questions?\b.{0,40}\b(?:form|below|here)\b|\b(?:in|using|fill out|fill in) the form (?:below|above|on this page)\b|\bcan['’]t see the form\b/i;
/**
 * A site's call for readers' news, opening its standing line (branch chrome12): "When news happens:", "When you see news
 * happening:", "Got a news tip?", "Send us your photos …"; the line also gives a number, an SMS or an address.
 */
const NEWS_TIP_LINE =
  /^(?:when (?:you see )?news happen(?:s|ing)\b|(?:got|have you got|do you have) a (?:news )?(?:tip|story)\b[^.!?]{0,40}\?|(?:send|text|e-?mail) us (?:your )?(?:news|photos|pictures|videos|tips|tip-offs|news tips)\b)/i;
/** A call to the site's boards ("Have your say on the latest news and sport in our Forums"): the site asking for readers' words (branch chrome11). */
const FORUM_CALLOUT = new RegExp(`^${FORUM_CALLS}\\b[^.!?]{0,80}\\b(?:in|on|at) our (?:online |new )?${FORUM_WORDS}\\b[^.!?]{0,40}[.!]?$`, 'i');
/** A promotional code in capitals, offered to the reader ("with the code SAVE10", "use promo code WELCOME"). */
const PROMO_CODE = /\b(?:with|use|using|enter) (?:the |our )?(?:promo(?:tional)? |discount |referral |coupon |voucher )?code \p{Lu}[\p{Lu}\d]{3,}\b/u;
/** A place in capitals, a day and an agency: the opening of a wire dateline ("MOSCOW, April 10 (RIA Novosti)"). */
const DATED_PLACE = /^\p{Lu}[\p{Lu}\p{M}'’. -]*\p{Lu}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?(?: \([^()]{2,40}\))?$/u;
/** A time of day, glued or spaced, then a writer's name of one to four capitalised words and nothing else. */
const LIVE_UPDATE_BYLINE = new RegExp(
  `^\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?)?(?:\\s?(?:GMT|UTC|BST|CET|[ECMP][SD]?T))?\\s?(?:by )?\\p{Lu}[\\p{Ll}'’-]+(?: (?:\\p{Lu}[\\p{L}'’-]+|\\p{Lu}\\.)){1,3}$`,
  'u',
);
/** A day (with its weekday or not) and a clock time, with a time zone, and nothing else. */
const DAY_TIME_STAMP =
  /^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,? )?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{4}),? (?:at )?\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?: [A-Z]{2,4})?$/i;

/** A picture or a recording named in a note on its source. */
const MEDIA_NOUN = '(?:photos?|pictures?|images?|videos?|footage|clips?|recordings?)';
/** How it reached the newsroom: sent, provided, supplied, shared, filmed. */
const SOURCE_VERB = '(?:sent|provided|supplied|shared|submitted|filmed|taken|shot|posted)';
/**
 * A note in brackets on where a picture or clip came from ("(One of the protesters sent our team this photo.)",
 * "(Video sent to our team by one of the protesters)", "(Photo provided by the family)"): the whole line is the note.
 */
const MEDIA_SOURCE_NOTE = new RegExp(
  `^\\((?:[^()]{0,80}\\b${SOURCE_VERB}\\b[^()]{0,40}\\b(?:this|these|the) ${MEDIA_NOUN}|${MEDIA_NOUN} (?:was |were )?${SOURCE_VERB} (?:to|by|for)\\b[^()]{0,80})\\.?\\)\\.?$`,
  'iu',
);

/**
 * What a site's rules for reader comments say ("Comments are limited to 200 words.", "Do not post:", "We encourage a
 * collegial, non-insulting tone.", "If you believe that a commenter has not followed these guidelines …"): the
 * comment box's terms, addressed to commenters, never the reporting. Each reading names comments or commenters
 * and what they may or must do.
 */
const COMMENT_TERMS = [
  /^(?:note:\s*)?(?:all )?comments? (?:entries |posts? )?(?:are|is|will be|must be) (?:limited to|subject to|moderated|reviewed|generally|closed after|active for)\b/i,
  /^(?:note:\s*)?comments? (?:will|may) (?:generally )?(?:stay|remain) (?:active|open)\b/i,
  /^do not post:?$/i,
  /^we (?:encourage|ask for|expect) a [\w ,-]{2,40} tone\.?$/i,
  /^if you believe (?:that )?a (?:commenter|comment|poster|reader) (?:has not|hasn['’]t|did not|violated)\b/i,
  /^comment (?:posters|writers|authors) are responsible for\b/i,
  /^keep your comments? (?:directed to|on|focused on|relevant to) (?:the )?(?:topic|subject|story|article)\.?$/i,
  /^personal attacks (?:will|may) not be (?:approved|posted|published|tolerated)\.?$/i,
  /^thank you for your comments?[.!]?$/i,
  /^the following are comments from (?:the |our )?readers\b/i,
  /^comment blog\b.{0,60}\bsubject to approval$/i,
];

/**
 * The words of a page's tool links ("Printer friendly page", "E-Mail This Article", "Send this article to Friends by
 * E-Mail", "Print Version", "Post a Comment", "Click photo to enlarge"): a line made of these words and nothing else
 * is a button's label. A line needs one tool verb or noun of its own (print, e-mail, send, comment, enlarge …).
 */
const TOOL_WORDS = new Set([
  ...BOOKMARK_SITES,
  ...'print printer printable friendly version format page e-mail email mail send this the a an article story to friend friends colleague by post comment comments your click photo image picture enlarge view larger full size share bookmark save digg del.icio.us reprint reprints rss feed text smaller larger font'.split(
    ' ',
  ),
]);
const TOOL_ACTIONS = /\b(?:print|printer|printable|e-?mail|send|comments?|enlarge|bookmark|reprints?|rss)\b/i;
/** A social bookmarking site named in the line ("Post to del.icio.us", "Digg This!"): a share button's label (branch chrome11). */
const BOOKMARK_ACTION = new RegExp(`(?:^|\\s)(?:${BOOKMARK_SITES.map((w) => w.replace(/\./g, '\\.')).join('|')})(?=[\\s!.,:]|$)`, 'i');

/** A vendor's paper offered for download, named at the end of its blurb ("Learn how in this white paper.", "Find out in this case study."). */
const PAPER_OFFER =
  /(?:^|[.?!]\s+)(?:learn|find out|discover|see|read|download)\b[^.!?]{0,80}\b(?:in|from) (?:this|our|the) (?:free )?(?:white ?papers?|case study|webcast|webinar|e-?book|buyer['’]s guide)[.!]?$/i;

/** A month's name, short or long ("Jan", "Jan.", "January"). */
const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
/**
 * A byline, then the stamp the page prints with it, then at most a few capitalised words (a time zone, a blog's name):
 * "By Jane Roe, For The Associated Press 2 hours, 23 minutes ago", "By Jane Roe | January 14, 2008; 4:38 PM ET Post Polls",
 * "By Jane Roe January 18, 2008 | 12:11:21 PM" (a blog's stamp, its time to the second after a bar), "by Jane Roe - January 16 2008"
 * (a day alone, set apart from the byline by a dash or a bar).
 */
const STAMPED_BYLINE = new RegExp(
  `^by \\p{Lu}[^.!?]{1,80}?(?:\\b\\d{1,2} (?:hours?|minutes?|days?)(?:,? \\d{1,2} minutes?)? ago|\\b${MONTH} \\d{1,2},? \\d{4}(?:[;,]? | \\| )(?:at )?\\d{1,2}:\\d{2}(?::\\d{2})?\\s?(?:[ap]\\.?m\\.?)?)(?:\\s+\\p{Lu}[\\p{L}]*){0,3}$|^by \\p{Lu}[^.!?]{1,60}? (?:[-–—|]|\\/) ${MONTH} \\d{1,2},? \\d{4}$`,
  'iu',
);
/** "Tags: Politics, top news, World,", "Filed under: Elections, Kenya": the labels a page files the story under. */
const TAG_LIST = /^(?:tags|tagged(?: with| as)?|topics|keywords|filed under)\s?:\s?(.{1,200})$/i;

export const READER_RULES: readonly ChromeRule[] = [
  {
    name: 'stamped-byline',
    kind: 'stamp',
    reason:
      'a byline with the page\'s stamp after it ("By Jane Roe, For The Associated Press 2 hours, 23 minutes ago", "By Jane Roe | January 14, 2008; 4:38 PM ET") says who posted the page and when, it reports nothing',
    matches: (line) => line.length <= 160 && !REPORTED.test(line) && STAMPED_BYLINE.test(line),
  },
  {
    name: 'tag-list',
    kind: 'widget',
    reason:
      'a labelled list of the site\'s tags ("Tags: Politics, top news, World,", "Filed under: Elections, Kenya") files the page under its sections, it reports nothing',
    matches: (line) => {
      const items = TAG_LIST.exec(line)?.[1]
        ?.split(/[,;|]/)
        .map((t) => t.trim())
        .filter(Boolean);
      return !!items && items.length > 0 && !REPORTED.test(line) && items.every((t) => t.split(/\s+/).length <= 4 && !/[.!?]$/.test(t));
    },
  },
  {
    name: 'paper-offer',
    kind: 'pitch',
    reason:
      'a blurb that ends by offering a vendor\'s paper ("… Learn if you\'re safe in this white paper.", "Find out in this case study.") is an advertiser\'s download pitch in the page\'s margin, it reports nothing',
    matches: (line) => line.length <= 500 && !REPORTED.test(line) && PAPER_OFFER.test(line),
  },
  {
    name: 'comment-terms',
    kind: 'comments',
    reason:
      'a site\'s rules for reader comments ("Comments are limited to 200 words.", "Do not post:", "We encourage a collegial, non-insulting tone.") are the comment box\'s terms addressed to commenters, they report nothing',
    matches: (line) => line.length <= 200 && !REPORTED.test(line) && COMMENT_TERMS.some((re) => re.test(line)),
  },
  {
    name: 'page-tool-label',
    kind: 'widget',
    reason:
      'a short line made only of the words of a page\'s tools ("Printer friendly page", "E-Mail This Article", "Send this article to Friends by E-Mail", "Click photo to enlarge") is a button\'s label, it reports nothing',
    matches: (line) => {
      const words = line
        .replace(/[.:!»›|]+$/, '')
        .trim()
        .toLowerCase()
        .split(/\s+/);
      return words.length >= 2 && words.length <= 8 && (TOOL_ACTIONS.test(line) || BOOKMARK_ACTION.test(line)) && words.every((w) => TOOL_WORDS.has(w));
    },
  },
  {
    name: 'ad-blocker-notice',
    kind: 'widget',
    reason:
      'a notice to readers who block advertisements ("Ad block users: Some site features may not work …", "please disable your ad blocker") is about the reader\'s browser, it reports nothing',
    matches: (line) => line.length <= 400 && !REPORTED.test(line) && AD_BLOCKER.test(line) && READER_BROWSER.test(line),
  },
  {
    name: 'reader-callout',
    kind: 'pitch',
    reason:
      'a box asking readers for their stories or questions ("… we want to hear from you", "Ask your question in the form below") is the newsroom calling for input, not reporting',
    matches: (line) => line.length <= 700 && !REPORTED.test(line) && (READER_CALLOUT.test(line) || FORUM_CALLOUT.test(line)),
  },
  {
    name: 'news-tip-line',
    kind: 'pitch',
    reason:
      'a site\'s standing line asking readers to send in news by text or phone ("When news happens: send photos, videos & tip-offs to 0424 SMS SMH …, or us.", "Do you have a story for Inside the System? Send it to …@…") calls for input, it reports nothing',
    matches: (line) => line.length <= 240 && !REPORTED.test(line) && NEWS_TIP_LINE.test(line) && /\d{3}|\bsms\b|\bmms\b|\bor us\b|@/i.test(line),
  },
  {
    name: 'newsroom-contact',
    kind: 'pitch',
    reason:
      'a line giving the newsroom\'s address to the reader ("Get in touch with our news team by emailing us at …", "Are protests breaking out in your area? Get in touch at …") asks for tips, it reports nothing',
    matches: (line) =>
      line.length <= 240 &&
      !REPORTED.test(line) &&
      EMAIL.test(line) &&
      /(?:^|[.?!]\s+)(?:get in touch|contact us|e-?mail us|write to us|tell us|send us|let us know|drop us)\b/i.test(line),
  },
  {
    name: 'read-on-pitch',
    kind: 'pitch',
    reason:
      'a line sending the reader to more of the site or further down the page ("For more stories like this, check our news page.", "Follow along with the latest updates below.") is navigation in words',
    matches: (line) =>
      line.length <= 160 &&
      !REPORTED.test(line) &&
      (/^for more (?:stories|news|articles|content|coverage|updates|videos) (?:like this|on this|about this)(?: one)?,? (?:check|visit|see|head to|go to|follow|read|sign up|subscribe)\b/i.test(
        line,
      ) ||
        /^for more (?:on )?(?:news|stories|articles|content|coverage|updates|videos)\b[^.!?]{0,80}\b(?:visit|check out|head to|go to)\b[^.!?]{0,60}[.!]?$/i.test(
          line,
        ) ||
        /^(?:follow|keep up|stay up to date) (?:along )?with (?:the|our|all the) (?:latest|live)\b[^.!?]{0,60}\b(?:below|here|live)[.!]?$/i.test(line) ||
        /^follow along (?:below|here|live)\b/i.test(line) ||
        // "This section is no longer in use, please click on the links below to view news and sport from:" (branch chrome10).
        /\bclick (?:on )?(?:the )?links? (?:below|above)\b/i.test(line)),
  },
  {
    name: 'subscription-pitch',
    kind: 'pitch',
    reason:
      'a pitch for the site itself ("Stay informed with X – your source for credible journalism.", "… Invest in journalism – Subscribe Now!") sells the publisher, it reports nothing',
    matches: (line) =>
      line.length <= 300 &&
      !REPORTED.test(line) &&
      (/^stay (?:informed|updated|connected|in the know) with\b.{0,60}\byour (?:source|home|destination|guide)\b/i.test(line) ||
        /\bsubscribe (?:now|today|here)\s*[!.]?$/i.test(line) ||
        // "Subscribe via iTunes, Google Play or your favorite podcatcher.", "You can hear this story … by subscribing to X's podcast."
        /^subscribe (?:now |today )?(?:via|on|at|in)\b[^.!?]{0,100}[.!]?$/i.test(line) ||
        /^you can (?:hear|listen to|watch|read|get|follow)\b[^.!?]{0,120}\bby subscribing\b/i.test(line) ||
        /\binvest in (?:journalism|(?:independent|quality|local) journalism)\b/i.test(line) ||
        // A sign-up offer with a code in capitals ("Deposit RM100 and get a RM10 bonus with the code SAVE10"): an advertiser's pitch.
        PROMO_CODE.test(line)),
  },
  {
    name: 'journal-reference',
    kind: 'credit',
    reason:
      'a citation of a paper with its DOI ("More information: Jane Roe et al. A title, Journal (2019). DOI: 10.1073/…") names the source of a science story, it reports nothing',
    matches: (line) =>
      line.length <= 600 && !REPORTED.test(line) && /\bDOI:?\s?10\.\d{4,9}\/\S+/i.test(line) && /(?:\bet al\b|\(\d{4}\)|^more information\s?:)/i.test(line),
  },
  {
    name: 'dateline-alone',
    kind: 'stamp',
    reason:
      'a wire dateline on a line of its own ("MOSCOW, April 10 (RIA Novosti)"): the passages read past a dateline before a report\'s first words, and alone it is nothing else',
    matches: (line) => line.length <= 80 && DATED_PLACE.test(line) && datelineLength(`${line} — X`) >= line.length,
  },
  {
    name: 'site-path',
    kind: 'widget',
    reason: 'a path of the site alone on a line ("/world/20110410/163458489-comment.json") is a widget\'s address printed as text',
    matches: (line) => /^\/[\w.-]+(?:\/[\w.-]+)+\/?$/.test(line),
  },
  {
    name: 'live-update-byline',
    kind: 'stamp',
    reason:
      'a live page\'s update stamp glued to its writer ("21:00Antony Clements-Thrower", "3.05pm Jane Roe"), a line of its own, says when and by whom the update was posted, not what happened',
    matches: (line) => LIVE_UPDATE_BYLINE.test(line),
  },
  {
    name: 'media-source-note',
    kind: 'credit',
    reason:
      'a note in brackets on who sent or supplied a picture or a clip ("(One of the protesters sent our team this photo.)", "(Photo provided by the family)") credits the picture, as a photographer\'s name does; it reports nothing',
    matches: (line) => line.length <= 160 && MEDIA_SOURCE_NOTE.test(line),
  },
  {
    name: 'day-time-stamp',
    kind: 'stamp',
    reason:
      'a day and a clock time alone on a line ("Friday, 22 Nov 2024 4:55 PM MYT", "Jan. 2 2015 8:53 PM") stamps the page; a happening is told in a sentence',
    matches: (line) => DAY_TIME_STAMP.test(line),
  },
];
