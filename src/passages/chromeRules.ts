/**
 * Chrome that news pages put between paragraphs of reporting, as small named rules: photo credits,
 * reprint and print-edition bars, newsletter and app pitches, author boxes, syndication notes, social
 * handles, media-player widgets, page stamps and reader comments. Each rule is a general pattern of page
 * furniture, never a phrase of one story; tests/passages/chromeRules.test.ts holds a table per rule with
 * the real sentences that look like it and must survive.
 */
import { READER_RULES } from './readerRules.js';
import { SITE_RULES, WIRE_CREDIT_LINE } from './siteRules.js';
import { EMAIL, REPORTED, type ChromeRule } from './ruleTypes.js';

export { REPORTED, type ChromeRule, type ChromeRuleKind } from './ruleTypes.js';

/** Picture and news agencies, and the endings of their names ("Getty Images", "NurPhoto", "Sipa Press"). */
const AGENCY =
  "(?:AP|AFP|Reuters|EPA(?:-EFE)?|UPI|PA|ANP|Xinhua|Anadolu|Bloomberg|Shutterstock|Alamy|Corbis|Sipa|Zuma|NurPhoto|Associated Press|Agence France-Presse|Getty|Getty Images|The New York Times|The Washington Post|[\\p{Lu}][\\p{L}.'’&-]*(?: [\\p{Lu}][\\p{L}.'’&-]*)* (?:Images|Photos?|Press|Pictures|Wire|Agency))";
/** A name as credits write it: capitalised words and initials, or all capitals ("JIM WATSON"), possibly hyphenated. */
const CREDIT_NAME = "\\p{Lu}[\\p{L}.'’-]*(?: (?:\\p{Lu}[\\p{L}.'’-]*|de|da|van|von|der|del|la|le|al-[\\p{L}]+)){0,4}";
/**
 * "Ana Lima/Reuters", "JIM WATSON/AFP/Getty Images", "Anthony Wallace / AFP - Getty Images", "Nintendo/Apple", and the
 * wire's own marks after the photographer ("AP Photo/Susan Walsh, File": a picture from the archive or a pool).
 */
const SLASH_CREDIT = `${CREDIT_NAME}(?:\\s?/\\s?${CREDIT_NAME}){1,3}(?:, (?:File|Pool))?(?: for ${CREDIT_NAME})?(?:\\s?[-–—]\\s?${AGENCY})?(?:,?(?: (?:photo|image|picture|handout|pool photo))? via ${CREDIT_NAME})?`;
/** "Ana Lima for The New York Times". */
const FOR_CREDIT = `${CREDIT_NAME} for ${CREDIT_NAME}`;

const SLASH_CREDIT_LINE = new RegExp(`^(?:${SLASH_CREDIT})$`, 'u');
/** "Credit Harry Campbell", "Credit...Mel Evans/Associated Press", "CreditCreditChang W. Lee/The New York Times". */
// A stray mark may close the credit ("Credits: Supplied Image;"): the caption's field separator, left when the caption is empty.
const CREDIT_WORD_LINE = new RegExp(`^(?:Credits?){1,2}(?:\\.{3}|…|:)?\\s?(?:${SLASH_CREDIT}|${FOR_CREDIT}|${CREDIT_NAME})[;,.]?$`, 'u');
/** "(Reuters)", "(AP)", "(Thomas Coex/AFP/Getty Images)", "(John Minchillo / AP)", "(Artist: Name)", "(All photos: Atlas staff)". */
const PAREN_CREDIT = `\\((?:${AGENCY}|${SLASH_CREDIT}|(?:(?:all )?(?:photos?|images?|pictures?|artist|illustration|credit|source)s?:\\s?[^()]{2,60}))\\s?\\)`;
const PAREN_CREDIT_LINE = new RegExp(`^${PAREN_CREDIT}$`, 'iu');
/**
 * A photographer's or a picture library's name alone in brackets, one to three capitalised words ("(Ben Olender)",
 * "(Unsplash)"): the credit a caption prints on its own line or after its last sentence. Case-sensitive, so a
 * bracketed note in lower case ("(file photo)", "(continued)") is not one, and one all-capital word is a
 * transcript's cue, not a credit.
 */
const PAREN_NAME = "\\((?=[^)]*\\p{Ll})\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2}\\)";
const PAREN_NAME_LINE = new RegExp(`^${PAREN_NAME}$`, 'u');
/** The wire's own credit with the agency first ("AP Photo/Jacquelyn Martin", "AP Photo/Eric Gay, File"), glued to a caption's end. */
const AGENCY_PHOTO_CREDIT = `(?:AP|AFP|EPA|UPI|PA|Reuters|Xinhua) (?:Photo|Images?|Pictures?)\\s?/\\s?${CREDIT_NAME}(?:, (?:File|Pool))?`;
/**
 * "[File: Reuters]", "[Jane Roe/AP Photo]", "[Photo: Jane Roe]": a credit in square brackets, as some sites print it after a
 * caption; a name before a slash only with an agency after it ("[MPH / MPH SP]" tags a game, it credits no one).
 */
/** Agencies as some captions print them, in capitals ("[GETTY]", "[AFP/GETTY]", "[PA WIRE]"). */
const AGENCY_CAPS =
  '(?:AP|AFP|REUTERS|GETTY(?: IMAGES)?|EPA(?:-EFE)?|UPI|PA(?: WIRE)?|XINHUA|ANADOLU|BLOOMBERG|SHUTTERSTOCK|ALAMY|REX(?: FEATURES)?|SIPA|ZUMA)';
const BRACKET_CREDIT = `\\[(?:(?:[Ff]ile(?: [Pp]hoto)?|[Pp]hoto|[Ii]mage|[Pp]icture|[Cc]redit)s?:\\s?[^\\[\\]]{2,60}|(?:${CREDIT_NAME}\\s?/\\s?)?${AGENCY}|${AGENCY_CAPS}(?:\\s?/\\s?${AGENCY_CAPS}){0,2})\\]`;
const BRACKET_CREDIT_LINE = new RegExp(`^${BRACKET_CREDIT}$`, 'u');
/** An agency's name alone on a line ("Reuters", "Getty Images"): the credit of the picture or graphic above it. */
const AGENCY_LINE = new RegExp(`^${AGENCY}$`, 'u');
/** "Image copyright Reuters", "Image source, Getty Images": the label a site prints before a picture's credit. */
const COPYRIGHT_LABEL_LINE = /^(?:image|photo|picture|media|video) (?:copyright|(?:source|credit)[,:])\s\S[^.!?]{0,60}$/i;
/** "Photos by a, b (Shutterstock), c ..." and "Top photo by Name": a list of photographers. */
const PHOTOS_BY_LINE = /^(?:top |lead |main |header )?(?:photos?|images?|pictures?|illustrations?)(?: and [a-z]+)? (?:by|courtesy of)\s.{2,300}$/i;

/** A credit that ends a caption, glued or spaced: "…on Monday.CreditCredit…Name/Agency", "…on Monday. (Reuters)", "…in Paris Name Name/Reuters". */
export const CREDIT_TAIL = new RegExp(
  [
    `(?:Credits?){1,2}(?:\\.{3}|…|:)?\\s?(?:${SLASH_CREDIT}|${FOR_CREDIT})`,
    PAREN_CREDIT,
    BRACKET_CREDIT,
    // After a caption's last sentence only, so a bracketed name inside a sentence ("… said Jane Roe (Labour)") stays.
    `(?<=[.!?]["”’]?\\s)${PAREN_NAME}`,
    `(?<=[\\s.])${AGENCY_PHOTO_CREDIT}`,
    // Two words or more before the slash and an agency after it: a place name with a slash ("Tel Aviv/Jaffa") has no agency.
    // Exactly two words before the slash, so a place before the photographer ("in Paris Ana Lima/Reuters") stays in the caption.
    `(?<=[\\s.])${CREDIT_NAME.replace('{0,4}', '{1}')}\\s?/\\s?${AGENCY}(?:\\s?[-–—]\\s?${AGENCY})?`,
  ]
    .map((p) => `(?:${p})`)
    .join('|')
    .replace(/^/, '\\s*(?:')
    .concat(')\\s*$'),
  'u',
);

export const ENDS_SENTENCE = /[.!?]["”]?$/;

/** A line that opens with a day: "Nov. 20, 2019", "20 November 2019", "11/20/2019". */
const DAY_FIRST =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,2}\/\d{1,2}\/\d{2,4})/i;

/** "November 20, 2019 / 1:07 AM / CBS News": a day, a time and the publisher as a bar between slashes or bullets. */
const SLASHED_STAMP =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})\s*[/•·]\s*\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?(?:\s?[A-Z]{2,4})?(?:\s*[/•·]\s*[^/•·]{1,40})?$/i;

/** A line of at most `max` characters that ends no sentence: a field, a stamp or a label, not prose. */
const unsentenced = (line: string, max: number) => line.length <= max && !ENDS_SENTENCE.test(line);

/** A person's name of two to four capitalised words, not an article's "The BBC". */
const PERSON = "(?!The )\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){1,3}";
const PEOPLE = `${PERSON}(?:(?:,| and|, and) ${PERSON})*`;
const PLACE = "\\p{Lu}[\\p{L}'’-]*(?: (?:(?:de|da|do|del|la|of) )?\\p{Lu}[\\p{L}'’-]*){0,3}";
/** "Jane Roe reported from Seoul, and John Doe from Hong Kong.": where each reporter was, a credit line. */
const DISPATCH_LINE = new RegExp(`^${PEOPLE} reported (?:from|in) ${PLACE}(?:,? and ${PEOPLE} (?:reported )?(?:from|in) ${PLACE})*\\.$`, 'u');
/** A writer's surname alone, as the wires write it in a dispatch line ("Peoples", "Thomson-DeVeaux"). */
const SURNAME = "(?!The )\\p{Lu}[\\p{L}'’-]+";
/**
 * "Roe reported from New York and Doe from Washington.": the wire's dispatch line names its writers by surname; two
 * writers and two places at least, so that a sentence of the story ("Witnesses reported from Gaza.") is not one.
 */
const SURNAME_DISPATCH_LINE = new RegExp(
  `^${SURNAME} reported (?:from|in) ${PLACE}(?:, ${SURNAME} (?:from|in) ${PLACE})*,? and ${SURNAME} (?:from|in) ${PLACE}\\.$`,
  'u',
);

/** "Jane Roe contributed reporting from Hong Kong.", "Ana Lima and Tom Fry contributed research.": a credit line. */
const CONTRIBUTED_FROM_LINE = new RegExp(
  `^${PEOPLE} contributed (?:additional )?(?:reporting|research)(?: from ${PLACE}(?:,? and ${PEOPLE} from ${PLACE})*)?\\.$`,
  'u',
);

/**
 * "Name contributed to this report.", with names and places that carry abbreviations ("Jay Roe in Birmingham, Ala., and
 * K.B. Fry contributed to this report."): a period only after an initial, or after a capitalised word of at most four
 * letters before a comma or a lowercase word, so the line is one sentence.
 */
const CONTRIBUTED_TO_LINE =
  /^[-–— ]*(?:[^.]|(?<=\b\p{Lu})\.|(?<=\b\p{Lu}\p{Ll}{1,3})\.(?=,|\s\p{Ll})){2,600}\b(?:[Cc]ontributed|[Cc]ontributing)(?: reporting)? (?:to|for) this (?:report|story|article)\.?$/u;

/** "Meg Kinnard and Errin Haines, Associated Press": reporters and the agency or paper they write for, as a byline prints them. */
const NEWSROOM =
  "(?:AP|AFP|Reuters|Bloomberg|UPI|Associated Press|The Associated Press|Agence France-Presse|(?:The )?\\p{Lu}[\\p{L}.'’&-]*(?: \\p{Lu}[\\p{L}.'’&-]*)* (?:News|Times|Post|Press|Staff|Wire|Media|Herald|Journal|Tribune|Service|Bureau))";
const AGENCY_BYLINE_LINE = new RegExp(`^${PEOPLE},? (?:of |for )?${NEWSROOM}$`, 'u');
/** "By Jane Roe, SEIU Local 2028": "By", a writer, a comma and an organisation in capitalised words and numbers, no verb. */
const AFFILIATED_BYLINE_LINE = new RegExp(`^By ${PEOPLE}, (?:\\p{Lu}[\\p{L}.&'’-]*|\\d+)(?: (?:\\p{Lu}[\\p{L}.&'’-]*|\\d+|of|for|and|the|de)){0,6}$`, 'u');

/** A web address inside a line ("www.example.org", "https://example.org/page"). */
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/i;

/** What a page calls itself in an editors' note ("this article", "this story"). */
const PIECE = '(?:article|story|piece|report|column|post|blog(?: post)?|review|obituary|editorial|feature|interview|item)';
/** "This article was amended on …", "An earlier version of this story misstated …": the page speaks of itself. */
const EDITED_PIECE = new RegExp(
  `^(?:this ${PIECE} (?:was|has been|had been) (?:amended|corrected|updated|changed|edited)\\b|(?:an|the) (?:earlier|previous|original|online|print) version of this ${PIECE}\\b)`,
  'i',
);

/** A name and what follows its comma, on a line that ends no sentence: where a byline states the writer's post. */
const CORRESPONDENT_LINE = new RegExp(`^${PERSON}, ([^,.!?]{3,60})$`, 'u');

export const JOURNALIST = '(?:reporter|correspondent|writer|editor|columnist|producer|journalist|contributor|photographer|critic|author|freelancer|blogger)';

/** The desks a paper's writers sign from ("Staff Writer", "Sports Writer", "Associated Press Writer"). */
const WRITER_DESK =
  '(?:Staff|Sports|Business|Political|Politics|Medical|Science|Entertainment|Technology|Travel|Food|Special|Contributing|Senior|Press|Wire|Legal|Religion)';
/**
 * A writer's desk line with the paper or agency before it, all capitalised ("Palm Beach Post Staff Writer", "AP Sports
 * Writer", "By JANE ROE Associated Press Writer"), or the agency a story comes from, labelled ("Article from: Agence
 * France-Presse"): a byline in the old wire's form.
 */
const DESK_BYLINE_LINE = new RegExp(
  `^(?:(?:By ${CREDIT_NAME},? )?(?:\\p{Lu}[\\p{L}.'’&-]*\\s){0,4}${WRITER_DESK} (?:Writer|Correspondent|Reporter)s?|(?:Article|Story|Report) (?:from|by|courtesy of):?\\s?${AGENCY})$`,
  'u',
);

/** A telephone number as a contact line prints it ("206-464-2067", "(617) 555-0134", "+44 20 7946 0958"). */
const PHONE = '(?:\\+?\\d{1,3}[ .-]?)?(?:\\(\\d{2,4}\\)|\\d{2,4})[ .-]\\d{3,4}[ .-]\\d{3,4}';
const EMAIL_ADDRESS = '[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+';
/**
 * The writer's contact closing a story: a name, a colon or "can be reached at", then a telephone number or an e-mail
 * address and nothing else ("Jayda Roe: 206-464-2067 or jroe@example.com"); or the line sending the reader to the
 * writer ("Contact this reporter at jroe@example.com").
 */
/** (branch chrome11) */
const REPORTER_CONTACT_LINE = new RegExp(
  `^(?:${PERSON}(?::| can be reached at| may be reached at| is at)|(?:[Cc]ontact|[Ee]-?mail|[Rr]each) (?:this|the) (?:reporter|writer|author|columnist)(?: at)?:?)\\s*(?:${PHONE}|${EMAIL_ADDRESS})(?:,?\\s(?:or|and)?\\s?(?:${PHONE}|${EMAIL_ADDRESS}))*\\.?$`,
  'u',
);

export const CHROME_RULES: readonly ChromeRule[] = [
  {
    name: 'credit-line',
    kind: 'credit',
    reason: 'a photographer and an agency on a line of their own ("Ana Lima/Reuters", "Credit Harry Campbell", "(AP)") credit a picture, they report nothing',
    matches: (line) =>
      line.length <= 160 &&
      (SLASH_CREDIT_LINE.test(line) ||
        CREDIT_WORD_LINE.test(line) ||
        PAREN_CREDIT_LINE.test(line) ||
        PHOTOS_BY_LINE.test(line) ||
        AGENCY_LINE.test(line) ||
        COPYRIGHT_LABEL_LINE.test(line) ||
        BRACKET_CREDIT_LINE.test(line) ||
        PAREN_NAME_LINE.test(line)),
  },
  {
    name: 'bare-address',
    kind: 'credit',
    reason: 'a web address or an e-mail address alone on a line is a credit or a contact, not a sentence',
    matches: (line) => /^(?:https?:\/\/)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$/i.test(line) || /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(line),
  },
  {
    name: 'print-edition-bar',
    kind: 'syndication',
    reason:
      'a print-edition note or a reprint bar ("A version of this article appears in print on", "Order Reprints | Today’s Paper") says where the text also ran',
    matches: (line) => /^a version of this (?:article|story|review|column) appears? in print\b/i.test(line) || /\border reprints\s*\|/i.test(line),
  },
  {
    name: 'syndication-note',
    kind: 'syndication',
    reason: 'a note that the piece first ran or was reprinted elsewhere ("This article originally appeared on …") is about the page, not the news',
    matches: (line) =>
      line.length <= 200 &&
      /^this (?:article|story|post|piece|report|column|interview) (?:was |has been |is )?(?:originally |first |also )?(?:appeared|appears|published|ran|reprinted|republished) (?:on|in|at|by|with)\b/i.test(
        line,
      ),
  },
  {
    name: 'contributor-line',
    kind: 'author',
    reason:
      'who contributed to or reported and edited the piece ("Name contributed to this report.", "Reporting by …; Editing by …") is a credit, not reporting',
    matches: (line) =>
      line.length <= 700 &&
      ((line.includes('ontribut') && CONTRIBUTED_TO_LINE.test(line)) ||
        /^(?:[-–—]{1,2}\s*)?(?:reporting|writing|editing|additional reporting|compiled|research) by\b[^.]{0,380}$/i.test(line) ||
        // "(Reporting by Jane Roe; Editing by Tom Fry)": the wire's credit in brackets, glued after a story's last sentence (branch chrome10).
        WIRE_CREDIT_LINE.test(line) ||
        // "With reports from Reforma and El Economista", "With files from The Canadian Press": the sources a desk drew on.
        /^[Ww]ith (?:additional )?(?:reports|reporting|files|information|input) (?:from|by) \p{Lu}[^.!?]{0,120}$/u.test(line) ||
        // "From staff reports", "From The Tribune staff reports", "From wire reports": the desk's credit for an unsigned story.
        /^[Ff]rom (?:[Tt]he )?(?:\p{Lu}[\p{L}.'’&-]* ){0,4}(?:staff|wire|news service|agency) reports?\.?$/u.test(line) ||
        // "(By Jane Roe) Enditem/", "(Reporting by Jane Roe)": a byline in brackets closing a wire report, with the wire's end mark.
        new RegExp(`^\\((?:[Bb]y|[Rr]eporting by|[Ss]tory by|[Ww]ritten by) ${PEOPLE}\\)(?:\\s*Enditem\\/?\\S*)?$`, 'u').test(line) ||
        // "Article by Jane Roe (@jroe).": the writer's credit with a handle, closing a page.
        new RegExp(`^(?:[Aa]rticle|[Ss]tory|[Tt]ext|[Ww]ords|[Rr]eport) by ${PEOPLE}(?: \\(@\\w+\\))?\\.?$`, 'u').test(line) ||
        DISPATCH_LINE.test(line) ||
        SURNAME_DISPATCH_LINE.test(line) ||
        CONTRIBUTED_FROM_LINE.test(line)),
  },
  {
    name: 'social-handle',
    kind: 'pitch',
    reason: 'an invitation to follow or like someone on a social network ("Follow him on Twitter @name", "Like us on Facebook") is a pitch',
    matches: (line) =>
      line.length <= 200 &&
      (/^(?:follow|like)\s.{0,50}\b(?:on|:)\s*(?:twitter|facebook|instagram|x|threads|bluesky|linkedin|tiktok|youtube|mastodon)(?![’'\w])/i.test(line) ||
        /^(?:follow|find) (?:him|her|them|me|us) (?:on|at) /i.test(line) ||
        /^(?:find|follow) \S(?:[^.!?]|\.\w){0,40} on (?:twitter|facebook|instagram|x|threads|bluesky|linkedin|tiktok|youtube|mastodon)\.?$/i.test(line) ||
        /^@\w{2,30}$/.test(line)),
  },
  {
    name: 'pipe-bar',
    kind: 'widget',
    reason:
      'a bar of short items between pipes ("Order Reprints | Today’s Paper | Subscribe", "By Name | March 15, 2002 | Page 5", "Gallery | 14 Photos") is navigation or metadata',
    matches: (line) => {
      const parts = line.split(/\s*\|\s*/).filter(Boolean);
      // Two items must both be short ("Gallery: Name | 14 Photos"); a caption with a pipe before its credit has a longer first part.
      const most = parts.length >= 3 ? 8 : 4;
      return parts.length >= 2 && line.length <= 200 && parts.every((p) => p.split(/\s+/).length <= most && !/[.!?]["”]?$/.test(p) && !/[,;]$/.test(p));
    },
  },
  {
    name: 'share-pitch',
    kind: 'pitch',
    reason:
      'an appeal to share, click, read or watch elsewhere ("Like this story? Share it with a friend!", "Click here for …", "Check it out here.") is a pitch',
    matches: (line) =>
      line.length <= 240 &&
      (/^(?:like|liked|enjoy|enjoyed|love|loved) this (?:story|article|post|piece)\?/i.test(line) ||
        /\bshare (?:it|this) with (?:a friend|your friends)\b/i.test(line) ||
        /\b(?:click|tap) here\b/i.test(line) ||
        /\bcheck (?:it|them) out here\b/i.test(line) ||
        /(?:^|[.:]\s)here\.?$/i.test(line) ||
        /\bcheck out the (?:footage|video|clip|gallery|photos|slideshow) below\b/i.test(line) ||
        /^(?:read|see|learn|find out) more (?:about|on)\b.{0,80}\bhere\b/i.test(line) ||
        /^would you like to\b.{0,80}\bjoin\b/i.test(line) ||
        (/^(?:follow|read|see|find|get)\b.{0,40}\bcoverage\b.{0,120}(?:https?:\/\/\S+|www\.\S+|\bhere)\.?$/i.test(line) && !REPORTED.test(line)) ||
        /^powered by\b.{1,40}$/i.test(line)),
  },
  {
    name: 'newsletter-pitch',
    kind: 'pitch',
    reason:
      'a newsletter or app pitch ("Keep up with the Daily newsletter", "Your weekday morning guide to …", "Download our app") sells the site, it reports nothing',
    matches: (line) =>
      line.length <= 240 &&
      (/\b(?:keep up with|get|receive|try)\b.{0,60}\bnewsletter\b/i.test(line) ||
        /^(?:your|the) (?:daily|weekday|weekly|morning|evening|weekend|essential)\b.{0,50}\b(?:guide|briefing|digest|newsletter|roundup|round-up)\b/i.test(
          line,
        ) ||
        /^(?:get|download)\b.{0,40}\b(?:our|the)? ?app\b/i.test(line) ||
        /^get up-to-the-minute\b/i.test(line)),
  },
  {
    name: 'contact-pitch',
    kind: 'pitch',
    reason:
      'an invitation to write or call for more information ("… please email desk@example.org for more information.", "For more information, visit …") addresses the reader, it reports nothing',
    matches: (line) =>
      line.length <= 240 &&
      !REPORTED.test(line) &&
      ((EMAIL.test(line) && /\bfor (?:more|further) (?:information|details)\b/i.test(line)) ||
        /^for (?:more|further) (?:information|details)\b[^.]{0,60}\b(?:visit|see|go to|call|e-?mail|contact|write to)\b/i.test(line) ||
        // "Call 619-239-9130 for more information.": a telephone number and nothing else to the reader.
        /^(?:call|phone|text|ring)\s[+(\d][\d\s().+-]{5,20}\s(?:for (?:more|further) (?:information|details|info))\.?$/i.test(line) ||
        (/^to (?:learn|find out|hear|read|see) more\b[^.]{0,100}\b(?:visit|go to|log on to|see|check out|call|e-?mail|contact|write to)\b/i.test(line) &&
          (EMAIL.test(line) || WEB_ADDRESS.test(line)))),
  },
  {
    name: 'payment-methods',
    kind: 'pitch',
    reason: 'the means of payment a subscription box accepts ("We accept credit card, Apple Pay and Google Pay.") sell the site, they report nothing',
    matches: (line) =>
      line.length <= 160 &&
      !REPORTED.test(line) &&
      /^we (?:accept|take)\b.{0,80}\b(?:credit cards?|debit cards?|paypal|apple pay|google pay|visa|mastercard|american express)\b/i.test(line),
  },
  {
    name: 'media-widget',
    kind: 'widget',
    reason:
      'the words and times of a media player or gallery ("Video", "Play Video", "0:00/0:45", "Loaded: 0%", "View photo", "Slideshow ( 3 images )") are controls',
    matches: (line) =>
      /^(?:video|image|photo|picture|audio|transcript|bars|caption|play|play video|pause|mute|unmute|fullscreen|full screen|view photo|view image|view gallery|view slideshow|enlarge|expand|replay|cc|n\/a|na|loading(?: (?:photo|video|image))? (?:gallery|player|slideshow|video))$/i.test(
        line,
      ) ||
      /^-?\d{1,2}:\d{2}(?:\s?\/\s?-?\d{1,2}:\d{2})?$/.test(line) ||
      /^(?:current time|duration time|duration|remaining time|loaded|progress)\s*:?\s*-?[\d:.%]+$/i.test(line) ||
      /^(?:slideshow|gallery|photos)\s*\(\s*\d+\s*(?:images|photos|pictures)\s*\)$/i.test(line) ||
      /^(?:media|video|audio) playback is (?:unsupported|not supported) (?:on|by) your (?:device|browser)\.?$/i.test(line) ||
      /^(?:your browser does not support|this browser does not support)\b.{0,40}\b(?:video|audio|player|playback)\b.{0,20}$/i.test(line) ||
      /^show all \d+$/i.test(line) ||
      /^(?:[\p{L}'’&-]+ ){0,4}in (?:pictures|photos|images)$/iu.test(line) ||
      /^(?:gallery|slideshow|photos|video|map|graphic|interactive|chart)\s*:\s*\S.{0,120}$/i.test(line),
  },
  {
    name: 'transcript-cue',
    kind: 'widget',
    reason:
      'a broadcast transcript\'s cue, a line in capitals within parentheses ("(LAUGHTER)", "(SOUNDBITE OF ARCHIVED RECORDING)", "(BEGIN VIDEO CLIP)"), says what was heard, not what was said',
    matches: (line) => /^\((?=[^)]*\p{Lu}{4})[\p{Lu}\d\s,.'’"“”&:;/-]{4,120}\)$/u.test(line),
  },
  {
    name: 'price-tag',
    kind: 'widget',
    reason: 'a price alone on a line ("from $610.00", "$7/month") is a shop or subscription widget',
    matches: (line) => /^(?:from |only |just )?[$€£¥]\s?\d[\d,.]*(?:\s?\/\s?(?:month|year|week|person(?:\/year)?|mo|yr))?$/i.test(line),
  },
  {
    name: 'page-stamp',
    kind: 'stamp',
    reason:
      'a page stamp ("Page last updated at 14:32 GMT", "CNNMoney (New York) First published February 1, 2016: 1:28 AM ET", "2/26/2015 7:11 AM PST BY STAFF") dates the page, not a happening',
    // A clock time's "a.m." ends a stamp that opens with its day ("Nov. 20, 2019Updated: … 1:35 a.m."), not a sentence.
    matches: (line) =>
      unsentenced(DAY_FIRST.test(line) && /(?:updated|published|posted)\s?:/i.test(line) ? line.replace(/\b([ap])\.m\.$/i, '$1m') : line, 120) &&
      (/^page last (?:updated|modified)\b/i.test(line) ||
        /^.{0,40}(?:\b|(?<=\d))(?:first published|last updated|last modified|published|updated|posted)\b:?.{0,40}\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?/i.test(
          line,
        ) ||
        SLASHED_STAMP.test(line) ||
        /^\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?(?:\s+by\b.{0,60})?$/i.test(line)),
  },
  {
    name: 'editorial-note',
    kind: 'stamp',
    reason:
      'the editors\' note on the page itself ("This article was amended on 21 July 2010.", "The following correction was printed in the Corrections and clarifications column, Wednesday September 10 2008", "An earlier version of this article misstated …") dates an edit of the page, not a happening; a sentence that reports the correction of a law or of another text names no "this article"',
    matches: (line) =>
      line.length <= 600 &&
      (EDITED_PIECE.test(line) ||
        /^the following (?:correction|clarification|apology)s? (?:was|were|has been|appeared|is) (?:printed|published|made|run)\b/i.test(line) ||
        /^(?:correction|clarification|editor'?s note)s?\s?:\s/i.test(line) ||
        new RegExp(`^this (?:version|${PIECE}) (?:corrects|clarifies|updates|has been corrected to)\\b`, 'i').test(line)),
  },
  {
    name: 'broadcast-schedule',
    kind: 'schedule',
    reason:
      'a listing of fields separated by commas with a clock time among them ("Newsnight, BBC Two, 7.30-9.00 pm", "Sunday 10 March, 9pm, BBC One") says when a programme airs, it reports nothing',
    matches: (line) =>
      unsentenced(line, 120) &&
      line.split(',').length >= 2 &&
      line.split(',').some((field) => /^\s*\d{1,2}(?:[.:]\d{2})?(?:\s?[-–]\s?\d{1,2}(?:[.:]\d{2})?)?\s?(?:[ap]\.?m\.?|GMT|BST|[ECMP][SD]?T)\s*$/i.test(field)),
  },
  {
    name: 'factbox-field',
    kind: 'factbox',
    reason: 'a profile box\'s field ("Born: 12 May 1950", "Died 3 June 2001, Rome", "Age: 54") describes a person, it is no happening of the story',
    matches: (line) =>
      unsentenced(line, 100) &&
      ((/^(?:born|died|age|nationality|occupation|spouse|children|education|alma mater|height|party|term|years active|known for)\s*:\s*\S/i.test(line) &&
        /:\s*[\p{Lu}\d]/u.test(line)) ||
        /^(?:born|died)\s+(?:on\s+)?(?:\d{1,2}\s+\p{L}+|\p{L}+\.?\s+\d{1,2}|\p{L}+\s+\d{4}|\d{4})\b/iu.test(line)),
  },
  {
    name: 'agency-byline',
    kind: 'author',
    reason:
      'reporters\' names followed by the agency or paper they write for ("Meg Kinnard and Errin Haines, Associated Press") are a byline, they report nothing',
    matches: (line) => line.length <= 160 && AGENCY_BYLINE_LINE.test(line),
  },
  {
    name: 'desk-byline',
    kind: 'author',
    reason:
      'a writer\'s desk with the paper or agency before it ("Palm Beach Post Staff Writer", "AP Sports Writer", "By JANE ROE Associated Press Writer") or a labelled source ("Article from: Agence France-Presse") is a byline, it reports nothing',
    matches: (line) => line.length <= 100 && DESK_BYLINE_LINE.test(line),
  },
  {
    name: 'affiliated-byline',
    kind: 'author',
    reason:
      'a byline with the writer\'s organisation after a comma ("By Jane Roe, SEIU Local 2028", "By Jane Roe, Friends of the Earth") names who wrote, it reports nothing',
    matches: (line) => line.length <= 120 && AFFILIATED_BYLINE_LINE.test(line),
  },
  {
    name: 'reporter-contact',
    kind: 'author',
    reason:
      'how to reach the writer ("Jane Roe may be reached at jroe@example.com.", "Reach the reporters on Twitter at …", "Jayda Roe: 206-464-2067 or jroe@example.com", "Contact this reporter at …") addresses the reader, it reports nothing',
    matches: (line) =>
      line.length <= 240 &&
      !REPORTED.test(line) &&
      (new RegExp(`^${PERSON} (?:may|can) be (?:reached|contacted|emailed|e-mailed) (?:at|on|via) \\S+(?: or \\S+)?$`, 'u').test(line) ||
        (/^(?:reach|contact|e-?mail|write to|message) (?:the )?(?:reporters?|writers?|authors?|editors?|him|her|them|me|us)\b/i.test(line) &&
          (EMAIL.test(line) || /https?:\/\/|\B@\w|\b(?:twitter|x\.com|signal|whatsapp)\b/i.test(line))) ||
        REPORTER_CONTACT_LINE.test(line)),
  },
  {
    name: 'graphic-source',
    kind: 'credit',
    reason:
      'a "Source:" line that ends no sentence ("Source: CDC, Chicago Department of Public Health", "SOURCE: News agencies") credits a chart or the wires the page drew on, it reports nothing',
    matches: (line) => unsentenced(line, 120) && /^sources?\s?:\s?\S/i.test(line) && !/["“”]/.test(line),
  },
  {
    name: 'video-caption',
    kind: 'widget',
    reason:
      'the caption a site labels as a media player\'s ("Media caption Who is the new minister?", glued as "Media captionWho …" when the label is hidden) is the title of a clip, whose words are not the story\'s',
    matches: (line) => line.length <= 300 && /^(?:[Mm]edia|[Vv]ideo) [Cc]aption(?!\p{Ll})\s*:?\s*\S/u.test(line),
  },
  {
    name: 'correspondent-byline',
    kind: 'author',
    reason:
      'a name followed by the writer\'s post ("Jane Roe, BBC diplomatic correspondent", "John Doe, Political Editor") heads an analysis box or a column; it is a byline, not a sentence',
    matches: (line) => {
      const m = CORRESPONDENT_LINE.exec(line);
      return m !== null && new RegExp(`^(?:the |our )?(?:[\\p{L}'’&.-]+ ){0,4}${JOURNALIST}s?$`, 'iu').test(m[1]!);
    },
  },
  {
    name: 'summary-box-label',
    kind: 'widget',
    reason: 'the label of a box of points ("Key Highlights", "Story highlights", "Key takeaways") heads a summary of the page, it is no sentence',
    matches: (line) => /^(?:key |story |top )?(?:highlights|takeaways|points)$/i.test(line) || /^key (?:highlights|takeaways|points|facts)$/i.test(line),
  },
  {
    name: 'video-description',
    kind: 'widget',
    reason:
      "a paragraph that ends with a video's credit and speaks of the clip (\"Two editors discuss the speech. (Video by Jane Roe | Example Media)\") is the player's title and description, not the story's text; one that tells news stays, as a caption",
    matches: (line) => line.length <= 900 && /\((?:video|clip) (?:by|courtesy of|from)\s[^()]{2,120}\)$/i.test(line) && speaksOfClip(line),
  },
  {
    name: 'stock-photo-caption',
    kind: 'credit',
    reason:
      'the caption of a stock or archive picture ("File photo of the president. (Reuters)", "Representative image") says only that the picture is not of the news',
    matches: (line) =>
      line.length <= 200 &&
      !REPORTED.test(line) &&
      /^(?:a )?(?:(?:file|stock|archive|representative|representational) (?:photo|picture|image|pic)|(?:image|photo|picture) (?:used )?for representation(?:al purposes?)?)(?:$|[.:,]|\s[-–—]|\s(?:of|shows?|showing)\b)/i.test(
        line,
      ),
  },
  {
    name: 'standards-note',
    kind: 'widget',
    reason:
      'a newsroom\'s note on its own practice ("What we consider before using anonymous sources. …", "How we reported this story") explains the site, it reports nothing',
    matches: (line) =>
      line.length <= 700 &&
      !/["“”]/.test(line) &&
      /^(?:what|how|why) we (?:consider|decide|weigh|report|reported|verify|verified|chose|choose|use|are using|publish|are publishing|name|are naming|do not name|don['’]t name)\b[^.?!]{0,80}\b(?:anonymous sources?|sources?|this (?:story|article|report|piece)|names?)\b/i.test(
        line,
      ),
  },
  {
    name: 'caps-kicker',
    kind: 'widget',
    reason: 'one to three words in capitals alone on a line ("EXCLUSIVE", "MIXED FEELINGS", "DON\'T MISS") are a kicker or a section label, not a sentence',
    matches: (line) => line.length <= 40 && /\p{Lu}{2}/u.test(line) && !/\p{Ll}/u.test(line) && line.split(/\s+/).length <= 3 && !/[.!?]$/.test(line),
  },
  {
    name: 'section-label',
    kind: 'widget',
    reason: 'a few words ending in a dash ("Biz & IT —") label the site section; a sentence never ends with a dash',
    matches: (line) => line.length <= 40 && line.split(/\s+/).length <= 5 && /\s[-–—]{1,2}$/.test(line),
  },
  {
    name: 'standfirst-byline',
    kind: 'author',
    reason: 'a name in capitals that reports or writes from somewhere ("JANE ROE reports from Rome on …") is the byline of a standfirst',
    matches: (line) =>
      line.length <= 240 &&
      /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){1,3} (?:reports|writes|looks|explains|argues|analyzes|analyses|examines)\b/u.test(line),
  },
  {
    name: 'css-class-junk',
    kind: 'widget',
    reason: 'one long run of hyphenated lowercase words with no space ("for-phone-onlyfor-tablet-portrait-up") is page code shown as text',
    matches: (line) => line.length >= 30 && !/\s/.test(line) && /^[a-z0-9-]+$/.test(line) && (line.match(/-/g) ?? []).length >= 4,
  },
  {
    name: 'comment-header',
    kind: 'comments',
    reason:
      'the header of a reader comment ("June 3, 2014 at 9:12 pm |", "At 4:10 pm on 2 May 2013, Name wrote:") opens the comment section, where nothing is the publisher’s reporting',
    matches: (line) =>
      /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4},? at \d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\s*\|?/i.test(line) ||
      /^\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4},? at \d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\s*\|?/i.test(line) ||
      /^at \d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)? on \d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}, [^,]{2,60} wrote:/i.test(line) ||
      /^[^.]{2,60} (?:wrote|says|said) on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4},? at \d{1,2}:\d{2}/i.test(line),
  },
  ...READER_RULES,
  ...SITE_RULES,
];

/** The first chrome rule a paragraph matches, or undefined. */
export function chromeRule(line: string): ChromeRule | undefined {
  return CHROME_RULES.find((r) => r.matches(line));
}

/**
 * A credit glued to the end of its caption, with no space after the caption's last sentence ("…on
 * Thursday.Jane Roe", "…in 2014.Ana Lima/Reuters"): two text nodes of the page run together. The name
 * (and agency) ends the paragraph and ends no sentence; a sentence glued to the one before keeps its period.
 */
const GLUED_CREDIT = new RegExp(
  `([\\p{Ll}\\d)][.!?]["”’]?)(?:${CREDIT_NAME.replace('{0,4}', '{1,3}')})(?:\\s?/\\s?${AGENCY}(?:\\s?[-–—]\\s?${AGENCY})?)?$`,
  'u',
);

/** What every match of CREDIT_TAIL contains: a cheap test before its scan from each offset. */
const CREDIT_TAIL_MARK = /Credit|\/|[)\]]\s*$/;
/** What every match of GLUED_CREDIT contains, a sentence's end with a capital right after it: the same test for it. */
const GLUED_CREDIT_MARK = /[.!?]["”’]?\p{Lu}/u;

/** A caption's trailing credit, as its start offset; null when the paragraph does not end with one. */
export function creditTail(paragraph: string): number | null {
  const glued = GLUED_CREDIT_MARK.test(paragraph) ? GLUED_CREDIT.exec(paragraph) : null;
  if (glued) return glued.index + glued[1]!.length;
  // Each of CREDIT_TAIL's forms holds "Credit", a slash, or ends with a bracket: most paragraphs hold none, and skip its scan.
  const m = CREDIT_TAIL_MARK.test(paragraph) ? CREDIT_TAIL.exec(paragraph) : null;
  // A credit alone is a credit line (see credit-line), not a caption's tail.
  return m && /\p{L}/u.test(paragraph.slice(0, m.index)) ? m.index : null;
}

/** A live page's update stamp opening a paragraph: "12:00 PM PT -- ", "3.05pm BST: ". */
const UPDATE_STAMP = /^\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?\s?(?:[A-Z]{1,4}T|GMT|UTC)?\s?(?:[-–—]{1,2}|:)\s+(?=\p{Lu})/iu;

export function updateStampLength(paragraph: string): number {
  return UPDATE_STAMP.exec(paragraph)?.[0].length ?? 0;
}

/** Words of a clip's description that speak of the clip rather than tell news ("Here’s a look at", "discuss", "in this video"). */
const CLIP_TALK =
  /\b(?:here['’]s a look at|(?:take|have) a look at|a look back at|watch(?:es)? (?:as|how|the)|discuss(?:es|ed)?|in this (?:video|clip)|(?:this|the) (?:video|clip) (?:shows|looks at|explains))\b/i;

/** Whether a media description speaks of its clip (then it is the player's furniture) rather than telling news (then it is a caption). */
export function speaksOfClip(line: string): boolean {
  return CLIP_TALK.test(line);
}
