import { chromeRule, creditTail, type ChromeRuleKind } from './chromeRules.js';
import { datelineLength } from './dateline.js';
import { splitSentences } from './sentences.js';

/**
 * What is not reporting: pitches, licence notices, link lists, video
 * durations, metadata lines. General patterns of news-site chrome, never
 * phrases of one story.
 */

const PITCH_PATTERNS: RegExp[] = [
  /\bVisit [^.]{1,60}['’]s homepage\b/i,
  /\b(sign up|subscribe)\b.{0,80}\b(newsletter|digest|inbox|updates|alerts)\b/i,
  /\bdelivered (straight )?to your inbox\b/i,
  /\bwe['’]ll never (share|sell)\b/i,
  /\b(make|making|give|giving) a (donation|gift)\b/i,
  /^(donate|subscribe)( (now|today))?[.!]?$/i,
  /\bwe rely on (contributions|donations|readers|the support)\b/i,
  /\bplease (do your part|consider (supporting|donating|subscribing))\b/i,
  /\b(news|journalism|reporting)\b.{0,30}\bneeds your support\b/i,
  /^(independent|quality|non-?commercial|free) (news|journalism|media)\b.{0,40}\b(important|matters|support)\b/i,
  /\bsupport (our|independent|quality) (journalism|reporting|newsroom)\b/i,
  /\b(follow|like) us on (twitter|facebook|instagram|x)\b/i,
];

const LICENCE_PATTERNS: RegExp[] = [
  /\blicensed under (a|the) Creative Commons\b/i,
  /\bplease attribute legal copies\b/i,
  /\bmay be separately licensed\b/i,
  /\bfor further information or additional permissions\b/i,
  /\ball rights reserved\b/i,
  /^(©|\(c\)|copyright\b)/i,
  /\bmay not be (published|broadcast|rewritten|redistributed)\b/i,
  // The wire's notice of its own text ("This material may not be reproduced, redistributed, or manipulated in any form.", UPI; branch chrome12).
  /^(?:this (?:material|article|story|content|report)|no part of this (?:material|article|story|content|publication)) may not be (?:reproduced|republished|copied|redistributed)\b/i,
];

/** A site's navigation and sharing buttons, pasted along with the story. */
const NAVIGATION_PATTERNS: RegExp[] = [
  /^skip to (?:the )?(?:main )?(?:content|navigation|menu|search|footer)$/i,
  /^(?:share|post|send)(?: (?:this|the) (?:article|story|page))? (?:on|to|via|by|with) (?:facebook|twitter|x|whatsapp|linkedin|reddit|pinterest|messenger|telegram|bluesky|threads|e-?mail)$/i,
  /^(?:(?:show )?key events(?: only)?|live(?: updates| blog)?|refresh|load (?:more|earlier) (?:updates|posts)|reuse this content|most (?:viewed|popular|read|shared|commented)|sign in|log in|register|menu|search|home|close|open menu|save(?: (?:article|story|for later))?|print(?: (?:article|story|this page))?|listen to (?:this )?(?:article|story)|comments?(?: \(\d+\))?|show (?:caption|comments)|hide caption|enlarge (?:image|photo)|back to top|view (?:image )?in fullscreen|toggle caption)$/i,
];

/** A link to another story on a line of its own: "Related: Chile's president asks cabinet to resign". */
// The label and the title are set apart by a colon or a bar ("WATCH | Title of the clip:", "Related: Title").
const LINK_LINE = /^(?:related(?: story| article)?|read more|read also|also read|see also|more on this(?: story)?|watch|listen)\s*[:|]\s*\S.{0,200}$/i;

/** A byline: "By Maria Gonzalez in Santiago", "By Jane Doe and John Roe". */
const BYLINE =
  /^[Bb]y\s+\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+){0,3})*(?:\s*,?\s+(?:in|at)\s+\p{Lu}[\p{L} .'’-]{1,40})?$/u;

/** A photo credit on a line of its own: "Photograph: Esteban Felix/AP". */
const CREDIT_LINE = /^(?:photograph|photo|picture|image)(?:\s+credit)?\s*:\s*[^.]{2,80}$/i;

const METADATA_PATTERNS: RegExp[] = [
  BYLINE,
  CREDIT_LINE,
  /^\d{1,2}:\d{2}(:\d{2})?$/, // a video duration such as 00:40
  // a live page's timestamp: "15:42 GMT", "3.05pm", "10:32 a.m. ET", "09:15 CET"
  /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|[ECMP][SD]?T|IST|JST|AEST|AEDT|(?:GMT|UTC)\s?[+-]\d{1,2})?$/i,
  /^(updated|published|posted|last updated|first published)\b.{0,50}\d/i,
  /^\((with |additional )?(input|reporting|writing|editing) (from|by)\b[^)]*\)$/i,
  /^(reporting|writing|editing|additional reporting) by\b.{0,120}$/i,
  /^(share|tweet|email|print|comments?|advertisement)( this( article| story)?)?:?$/i,
];

/**
 * A line that starts a list of links to other stories. Old pages' rails open with "Most Read Stories", "In This
 * Section", "Blogs:", "Top Stories", and the wires' list of addresses with "On the Net:" (branch chrome10).
 */
export const LINK_LIST_HEADER =
  /^[-*•]?\s*(read more|related( stories| articles| coverage| topics| links)?|more|more from [^.]{1,40}|more about|see also|recommended( reading)?|more on this story|topics|tags|explore more on these topics|trending( now| stories| news| articles)?|most (read|viewed|popular|e-?mailed|commented)( stories| articles| news)?|in this section|blogs|(latest|top|more) (news|stories|headlines)|on the (net|web)|elsewhere on the web)\s*:?\s*$/i;

/**
 * A line that can stand in a list of links or tags: a bullet, or a short
 * headline-like line that does not end a sentence.
 */
export function isListItem(line: string): boolean {
  if (/^[-*•]\s+/.test(line)) return true;
  return line.split(/\s+/).length <= 16 && !/[.!?:"”]$/.test(line);
}

// No leading \b: chrome glues labels to dates ("HeadlineJan 02, 2020").
const DATE_WORDS =
  /(\d{4}-\d{2}-\d{2}|\d{1,2}[- ](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?[- ]\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})\b/i;

export type ChromeKind = 'pitch' | 'licence' | 'metadata' | 'navigation' | 'link' | ChromeRuleKind;

const SENTENCE_END = /[.!?"”]$/;

/** A kicker above a headline: a few words that end with a colon or an ellipsis ("Coast to coast...", "Protesters across the country say:"). */
export function isKicker(line: string): boolean {
  const text = line.trim();
  return /(?::|\.\.\.|…)$/.test(text) && text.split(/\s+/).length <= 6;
}

/** One or two words that make no sentence: a section label ("World news") or a two-word headline. */
export function isShortLabel(line: string): boolean {
  const text = line.trim();
  return !SENTENCE_END.test(text) && text.split(/\s+/).length <= 2;
}

/** A headline rather than a sentence of reporting or a caption: three words or more, no sentence end. */
export function looksLikeHeadline(line: string): boolean {
  const text = line.trim();
  return !SENTENCE_END.test(text) && text.split(/\s+/).length >= 3 && !captionCredit(text) && !captionLabelLength(text);
}

/** Why a paragraph is chrome rather than reporting, or null when it is reporting. */
export function chromeKind(paragraph: string, publisher: string | null): ChromeKind | null {
  const text = paragraph.trim().replace(/^[-*•]\s+/, '');
  if (PITCH_PATTERNS.some((re) => re.test(text))) return 'pitch';
  if (LICENCE_PATTERNS.some((re) => re.test(text))) return 'licence';
  if (METADATA_PATTERNS.some((re) => re.test(text))) return 'metadata';
  if (NAVIGATION_PATTERNS.some((re) => re.test(text))) return 'navigation';
  if (LINK_LINE.test(text)) return 'link';
  const rule = chromeRule(text);
  if (rule) return rule.kind;
  const sentences = chromeSentences(text, publisher);
  if (sentences) return sentences;

  if (publisher && fold(text) === fold(publisher)) return 'metadata';
  // A short line that is little more than a date ("HeadlineJan 02, 2020").
  if (
    text.length <= 40 &&
    DATE_WORDS.test(text) &&
    text
      .replace(DATE_WORDS, '')
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length <= 2
  ) {
    return 'metadata';
  }
  return null;
}

/**
 * A paragraph of two or more sentences each of which is chrome on its own ("Jane Roe may be reached at
 * jroe@example.com. Follow her on Twitter @jroe. Find Example News on Facebook."): a box the page set in one
 * paragraph. The kind of its first sentence. One sentence of reporting keeps the whole paragraph.
 */
function chromeSentences(text: string, publisher: string | null): ChromeKind | null {
  if (text.length > 600) return null;
  const sentences = splitSentences(text).map((s) => text.slice(s.start, s.end).trim());
  if (sentences.length < 2) return null;
  // Read in order, stopping at the first sentence of reporting: most paragraphs open with one.
  const first = chromeKind(sentences[0]!, publisher);
  return first !== null && sentences.slice(1).every((s) => chromeKind(s, publisher) !== null) ? first : null;
}

/** A date label some pages open the text with: "date 2020-01-24 ". */
const DATE_LABEL = /^\s*date:?\s+\d{4}-\d{2}-\d{2}\s+/i;

/** A dateline at the start of a paragraph ("Jan. 24 (UPI) -- ", "CHICAGO — ", "date 2020-01-24 "): not part of the quote. */
export function datelinePrefixLength(paragraph: string): number {
  return DATE_LABEL.exec(paragraph)?.[0].length ?? datelineLength(paragraph);
}

/**
 * A photo credit that ends a caption: "Photo by Ahmed Jalil/EPA-EFE", "Photograph: Esteban Felix/AP", "/Reuters Photo",
 * "Source: Supplied"; or the caption's own button glued after its last sentence ("… in 2015. hide caption").
 */
const CAPTION_CREDIT =
  /\s*(?:(?:\b(?:Photos?|Photograph|Pictures?|Images?) ?(?:by|credit:?|courtesy of|:)\s[^.]{2,80})|(?:\/\s?[\w .&-]{2,40}\s(?:Photo|Images?|Pictures?))|(?:\((?:Photo|Image|Credit|Video by|Video):?[^)]{2,80}\))|(?:(?<=[.!?]["”’]?\s)(?:Source:\s?[^.:]{2,40}|(?:hide|show|toggle) caption)))\s*$/i;

export function captionCredit(paragraph: string): { creditStart: number } | null {
  const m = CAPTION_CREDIT.exec(paragraph);
  if (m) return { creditStart: m.index };
  const tail = creditTail(paragraph);
  return tail === null ? null : { creditStart: tail };
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The label some sites put before a caption: "Image caption: ", "Media caption", "Caption: ". */
const CAPTION_LABEL = /^(?:(?:image|photo|picture|media|video)\s+caption|caption)\s*[:\-–—]?\s+/i;

export function captionLabelLength(paragraph: string): number {
  return CAPTION_LABEL.exec(paragraph)?.[0].length ?? 0;
}
