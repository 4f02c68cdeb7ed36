import { EMAIL, REPORTED, type ChromeRule } from './ruleTypes.js';
import { DESK_SIGNATURES, SPORT_SECTIONS } from './siteWords.js';

/**
 * Chrome of the site around the story, found on a random sample of 2008 news pages (the L3S-GN1 collection; branch
 * chrome10): a day printed alone or with a clock time, a line of the site's navigation words, a "Continued..." marker,
 * a byline labelled or signed by a desk, the reporter's contact in the wire's form, the site's legal notices. Each rule
 * is a general form of page furniture; the words each reads are the constants below, and
 * tests/passages/chromeRules.test.ts holds each rule's table with the sentences that look like it and must stay.
 */

/** A weekday, short or long. */
const WEEKDAY = '(?:mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\\.?';
/** A month, short or long ("Jan", "Jan.", "January", "Sept."). */
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A time zone or a clock's half of the day. */
const ZONE = '(?:[ap]\\.?m\\.?|gmt|utc|bst|cet|cest|ist|jst|aest|aedt|[ecmpa][sd]?t|[ecmp]t|hst|akst)';
/** One piece of a written day and time: a weekday, a month, a number (a day with its ordinal, a year), a clock time, a zone. */
const STAMP_PIECE = new RegExp(
  `^(?:${WEEKDAY}|${MONTH}|\\d{1,4}(?:st|nd|rd|th)?|\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?(?:[ap]\\.?m\\.?)?|${ZONE}|on|at|of|the)$`,
  'i',
);
/** The label words a stamp may carry ("Posted:", "Last updated", "Date"). */
const STAMP_LABEL = /^(?:posted|updated?|published|last|modified|first|created|date|time|filed|issued|edition)$/i;
/** What makes the pieces a day: a month with a number, a numeric day (1/7/2008, 1/16), or an ISO day (2008-01-14). */
const HAS_DAY = new RegExp(
  `(?:${MONTH}\\s\\d{1,2}\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}|\\b\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b)`,
  'i',
);
/** The marks that set a stamp's parts apart ("Globe Staff / December 31, 2007", "2008-01-14 03:50:02 -"). */
const STAMP_SEPARATOR = /\s*[,;/|•·–—-]\s*|\s+/;

/**
 * A line that is only a day with its year or a clock time, and a weekday, a zone or a stamp's label ("Tuesday 8th January 2008",
 * "1/7/2008, 6:30 p.m. EST", "10:02 AM CST on Friday, December 28, 2007", "2008-01-14 03:50:02 -"), or such a day
 * after the desk or paper that stamps it, set apart by a slash or a bar ("Globe Staff / December 31, 2007").
 */
function isDayStampLine(line: string): boolean {
  if (line.length > 90 || /[.!?]["”]?$/.test(line.replace(/\b[ap]\.m\.$/i, 'pm')) || !HAS_DAY.test(line)) return false;
  const [head, ...rest] = line.split(/\s+[/|]\s+/);
  const stamp = rest.length === 1 && /^(?:\p{Lu}[\p{L}.'’&-]*\s?){1,4}$/u.test(head!) ? rest[0]! : line;
  // A year or a clock time makes the day a stamp; a day alone ("January 30") heads a day of a chronicle, whose dates are the story's.
  if (!HAS_DAY.test(stamp) || !/\b\d{4}\b|\d[:.]\d{2}/.test(stamp)) return false;
  const pieces = stamp.split(STAMP_SEPARATOR).filter(Boolean);
  const labels = pieces.filter((p) => STAMP_LABEL.test(p.replace(/:$/, '')));
  return labels.length <= 2 && pieces.every((p) => STAMP_PIECE.test(p) || STAMP_LABEL.test(p.replace(/:$/, '')));
}

/**
 * The words of a site's navigation, section and tool labels ("Most Read Stories", "In This Section", "Site Tools",
 * "News by Category", "Have your Say", "Page 1"). A line made of these and nothing else, with one of NAV_NOUNS, is a
 * label of the page around the story.
 */
const NAV_WORDS = new Set([
  ...SPORT_SECTIONS,
  ..."latest current top most read popular viewed emailed e-mailed commented recent breaking more other related local national world international business sport sports entertainment politics health science technology tech weather travel lifestyle opinion home front full on this in by from of the our your all and today today's have speak up news stories story headlines articles article section sections category categories calendar events event tools tool site page pages links link deals offers subscription subscriptions advertisement advertisements sponsored say archive archives index rate rating".split(
    ' ',
  ),
]);
/** Each navigation label names a part of the site: news, stories, a section, tools, a page, a call for readers' say. */
const NAV_NOUNS =
  /\b(?:news|stories|story|headlines|articles|article|sections?|categor(?:y|ies)|calendar|tools?|page|pages|links?|deals|offers|say|speak up|archives?|index|rate|rating)\b/i;

/** A sponsor's label whose sponsor is a picture the page dropped ("Brought to you by", "Sponsored by:"). */
const SPONSOR_LABEL = /^(?:brought to you by|sponsored by|presented by|powered by|in association with)\s*:?$/i;

/** "Continued...", "Continued on page 2", "Story continues below": the page's marker of more text elsewhere. */
const CONTINUED =
  /^(?:\(?continued(?: on (?:page \d+|(?:the )?next page|page [a-z]\d*))?\)?|(?:story|article) continues (?:below|on (?:the )?next page|after (?:the |this )?(?:ad|advertisement)))\s*(?:\.{2,3}|…|»|>+)?$/i;

/** A person's name of two to four capitalised words. */
const PERSON = "\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}";
/** The labels a site puts before its writer's name ("Author:", "Written by", "Posted by", "Reporter:"). */
const LABELLED_BYLINE = new RegExp(
  `^(?:(?:[Aa]uthors?|AUTHORS?|[Rr]eporter|REPORTER)\\s?:|(?:[Ww]ritten|[Pp]osted|[Rr]eported|WRITTEN|POSTED) (?:by|BY):?|[Bb]y:)\\s?${PERSON}(?:(?:,| and) ${PERSON})*$`,
  'u',
);
/** The desk or service that signs a story: "CTV.ca News Staff", "Globe Staff", "CanWest News Service", "| Journal Denver Bureau". */
const DESK_STAFF = /^(?:\|\s)?(?:\p{Lu}[\p{L}.'’&-]*\s){1,4}(?:(?:News )?Staff(?: Reports?)?|News Service|Bureau)$/u;
/** A desk signing alone ("Staff and agencies", "From our correspondent"), read whole and in any case (siteWords.ts). */
const DESK_SIGNATURE = new Set<string>(DESK_SIGNATURES);

/** A writer, a comma and the paper as a title ("Jason Botchford, The Province", "Jane Roe, The Hollywood Reporter"). */
const PAPER_BYLINE = new RegExp(`^${PERSON}, The(?: \\p{Lu}[\\p{L}.'’&-]*){1,3}$`, 'u');

/** The wire's line of how to reach its writer or editor ("To contact the reporter on this story: Jane Roe in Paris at jroe@example.net"). */
const WIRE_CONTACT = /^to contact the (?:reporters?|writers?|editors?)\b[^:]{0,60}:/i;

/** What a site says of what it is not answerable for: the third party's feeds, the sites it links to. */
const NOT_ANSWERABLE =
  /\b(?:is|are) not (?:responsible|liable)(?: or liable| or responsible)?(?: to you)? for (?:the (?:same|content|contents|accuracy)\b|any (?:content|errors?|loss)\b)/i;
const SITE_THINGS = /\b(?:external|third[- ]party|feeds?|internet sites|web ?sites?|sites?|links?|the same)\b/i;
/** A trade mark named with its sign, or the house's line on other marks: the legal notice under a site or a press release. */
const TRADE_MARK =
  /(?:[™®]|\(R\)|\(TM\))\s?(?:is|are) (?:a )?(?:registered )?trade ?marks? of\b|\b(?:all )?other (?:trade ?marks|marks|names)\b.{0,60}\b(?:property of their respective owners|respective owners)\b|\bare registered in the United States and(?:\/or)? other countries\b/i;
/** The site's terms addressed to the user ("Please read our Terms and Conditions …", "By using this site, you agree …"). */
const SITE_TERMS = /^(?:please read our (?:terms|privacy|conditions|policies)\b|by using this (?:site|website|service),? you (?:agree|accept)\b)/i;
/** A copyright notice closing a line after a contact or a note: "… jroe@example.com Copyright Business Wire 2008", "ÃÂ© The Vancouver Province 2008". */
const COPYRIGHT_TAIL = /(?:^|\s)(?:[Cc]opyright|COPYRIGHT|©|\([Cc]\))\s?(?:\d{4},?\s)?(?:\p{Lu}[\p{L}.&'’-]*\s){1,5}\d{4}\.?$/u;
/** A picture's credit with the copyright sign between the name and the agency: "Kenneth Roe © Reuters", "© AP". */
const COPYRIGHT_CREDIT = /^(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}\s)?©\s?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,2}$/u;
/** The characters a page's wrong encoding prints (UTF-8 read as Latin-1: "Ã", "Â", "â€"). */
const MOJIBAKE = /[ÃÂ]|â€/;

/** "The full article contains 335 words and appears in Press Association newspaper.": a teaser's note that the story runs elsewhere. */
const FULL_ARTICLE_NOTE = /^the full (?:article|story|report|text) (?:contains|has|runs to|is) [\d,]+ words\b[^!?]{0,100}$/i;

/**
 * "With files from the Canadian Press", "CanWest News Service; with files from Reuters", "Ottawa Citizen with files from Jane
 * Roe": the desk or the wires a story was put together from, alone on its line (branch chrome12).
 */
const FILES_CREDIT = /^(?:(?:\p{Lu}[\p{L}.&'’-]*\s?){1,5}[;,]?\s)?[Ww]ith files from (?:the )?\p{Lu}[^.!?]{1,60}\.?$/u;

/** Names as a wire's credit lists them: "Jane Roe", "Jane Roe and Tom Fry", "Jane Roe in Paris", "John O'Fry". */
const CREDIT_NAMES = "\\p{Lu}[\\p{L}'’.-]*(?:(?:,| and| in)?\\s\\p{Lu}[\\p{L}'’.-]*)*";
/** What a wire's credit says each did: reporting, writing, editing. */
const CREDIT_TASK = '(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch)';
/** "(Reporting by Jane Roe; Editing by Tom Fry)": the wire's credit in brackets, tasks and names only. */
export const WIRE_CREDIT_LINE = new RegExp(`^\\(${CREDIT_TASK} by ${CREDIT_NAMES}(?:[;,] (?:and )?${CREDIT_TASK} by ${CREDIT_NAMES})*\\)$`, 'u');

export const SITE_RULES: readonly ChromeRule[] = [
  {
    name: 'full-article-note',
    kind: 'syndication',
    reason:
      'a note that the whole story runs elsewhere ("The full article contains 335 words and appears in Press Association newspaper.") is about the page, it reports nothing',
    matches: (line) => line.length <= 200 && !REPORTED.test(line) && FULL_ARTICLE_NOTE.test(line),
  },
  {
    name: 'day-stamp-line',
    kind: 'stamp',
    reason:
      'a day printed alone or with a clock time and a zone ("Tuesday 8th January 2008", "1/7/2008, 6:30 p.m. EST", "10:02 AM CST on Friday, December 28, 2007", "Globe Staff / December 31, 2007") stamps the page; a happening is told in a sentence',
    matches: (line) => isDayStampLine(line),
  },
  {
    name: 'nav-label',
    kind: 'widget',
    reason:
      'a short line made only of the words of a site\'s navigation, with a part of the site named ("Most Read Stories", "In This Section", "Site Tools", "News by Category", "Have your Say", "World News", "Page 1", "Full Story"), or a sponsor\'s label ("Brought to you by"), labels the page around the story; it is no sentence',
    matches: (line) => {
      if (SPONSOR_LABEL.test(line)) return true;
      const bare = line.replace(/[.:!»›|]+$/, '').trim();
      const words = bare.toLowerCase().split(/\s+/);
      return (
        words.length >= 2 &&
        words.length <= 6 &&
        NAV_NOUNS.test(bare) &&
        words.every((w, i) => NAV_WORDS.has(w) || (i > 0 && /^\d{1,3}$/.test(w))) &&
        !/[.?]$/.test(line.trim())
      );
    },
  },
  {
    name: 'continued-marker',
    kind: 'widget',
    reason:
      'a marker that the text goes on elsewhere ("Continued...", "(continued on page 4)", "Story continues below") is the page\'s pagination, it reports nothing',
    matches: (line) => CONTINUED.test(line),
  },
  {
    name: 'labelled-byline',
    kind: 'author',
    reason:
      'a writer named after a label or signed by a desk ("Author : Jane Roe", "Posted by: Jane Roe", "CTV.ca News Staff", "Globe Staff", "Jane Roe, The Province") says who wrote, it reports nothing',
    matches: (line) =>
      line.length <= 100 &&
      !REPORTED.test(line) &&
      (LABELLED_BYLINE.test(line) || DESK_STAFF.test(line) || PAPER_BYLINE.test(line) || DESK_SIGNATURE.has(line.replace(/[.:]$/, '').trim().toLowerCase())),
  },
  {
    name: 'files-credit',
    kind: 'author',
    reason:
      'a line naming the desk and the wires a story was put together from ("With files from the Canadian Press", "CanWest News Service; with files from Reuters") says who wrote, it reports nothing',
    matches: (line) => line.length <= 120 && !REPORTED.test(line) && FILES_CREDIT.test(line),
  },
  {
    name: 'wire-contact',
    kind: 'author',
    reason:
      'the wire\'s line of how to reach its writer or editor ("To contact the reporter on this story: Jane Roe in Paris at jroe@example.net") addresses the reader, it reports nothing',
    matches: (line) => line.length <= 300 && WIRE_CONTACT.test(line) && EMAIL.test(line),
  },
  {
    name: 'site-legal-notice',
    kind: 'syndication',
    reason:
      'the site\'s legal notices ("These news feeds are provided by an independent third party and X is not responsible …", "X™ is a trade mark of Y Limited.", "Please read our Terms and Conditions …", a contact closed by "Copyright Business Wire 2008") are about the site and its licences, not the news',
    matches: (line) =>
      line.length <= 400 &&
      !REPORTED.test(line) &&
      ((NOT_ANSWERABLE.test(line) && SITE_THINGS.test(line)) ||
        TRADE_MARK.test(line) ||
        SITE_TERMS.test(line) ||
        // A closing copyright after words that make no sentence (a contact, a house name): the notice and what it closes.
        (COPYRIGHT_TAIL.test(line) && !/[.!?]["”]?(?:\s|$)/.test(line.replace(COPYRIGHT_TAIL, ''))) ||
        (MOJIBAKE.test(line) && /^(?:[ÃÂ]|â€)\S*\s?©/.test(line))),
  },
  {
    name: 'copyright-credit',
    kind: 'credit',
    reason:
      'a name and an agency with the copyright sign between them ("Kenneth Roe © Reuters", left where a picture was) credit the picture, they report nothing',
    matches: (line) => line.length <= 80 && COPYRIGHT_CREDIT.test(line),
  },
];
