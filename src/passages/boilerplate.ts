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
];

const METADATA_PATTERNS: RegExp[] = [
  /^\d{1,2}:\d{2}(:\d{2})?$/, // a video duration such as 00:40
  /^(updated|published|posted|last updated|first published)\b.{0,50}\d/i,
  /^\((with |additional )?(input|reporting|writing|editing) (from|by)\b[^)]*\)$/i,
  /^(reporting|writing|editing|additional reporting) by\b.{0,120}$/i,
  /^(share|tweet|email|print|comments?|advertisement)( this( article| story)?)?:?$/i,
];

/** A line that starts a list of links to other stories. */
export const LINK_LIST_HEADER = /^[-*•]?\s*(read more|related( stories| articles| coverage)?|more from [^.]{1,40}|see also|recommended( reading)?|more on this story)\s*:?\s*$/i;

// No leading \b: chrome glues labels to dates ("HeadlineJan 02, 2020").
const DATE_WORDS =
  /(\d{4}-\d{2}-\d{2}|\d{1,2}[- ](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[- ]\d{4}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4})\b/i;

export function isPitchLine(line: string): boolean {
  return PITCH_PATTERNS.some((re) => re.test(line));
}

export type ChromeKind = 'pitch' | 'licence' | 'metadata';

/** Why a paragraph is chrome rather than reporting, or null when it is reporting. */
export function chromeKind(paragraph: string, publisher: string | null): ChromeKind | null {
  const text = paragraph.trim().replace(/^[-*•]\s+/, '');
  if (PITCH_PATTERNS.some((re) => re.test(text))) return 'pitch';
  if (LICENCE_PATTERNS.some((re) => re.test(text))) return 'licence';
  if (METADATA_PATTERNS.some((re) => re.test(text))) return 'metadata';
  if (publisher && fold(text) === fold(publisher)) return 'metadata';
  // A short line that is little more than a date ("HeadlineJan 02, 2020").
  if (text.length <= 40 && DATE_WORDS.test(text) && text.replace(DATE_WORDS, '').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 2) {
    return 'metadata';
  }
  return null;
}

/** A dateline at the start of a paragraph ("Jan. 24 (UPI) -- ", "date 2020-01-24 "): not part of the quote. */
const DATELINE_PREFIXES: RegExp[] = [
  /^\s*date:?\s+\d{4}-\d{2}-\d{2}\s+/i,
  /^[^\n]{0,40}?\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2} \([^)]{2,40}\) ?[-–—]{1,2}\s*/i,
  /^[A-Z][A-Z .,'’-]{2,40}\([^)]{2,40}\) ?[-–—]{1,2}\s*/,
];

export function datelinePrefixLength(paragraph: string): number {
  for (const re of DATELINE_PREFIXES) {
    const m = re.exec(paragraph);
    if (m) return m[0].length;
  }
  return 0;
}

/** A photo credit that ends a caption: "Photo by Ahmed Jalil/EPA-EFE", "/Reuters Photo". */
const CAPTION_CREDIT = /\s*(?:(?:\b(?:Photos?|Pictures?|Images?) ?(?:by|credit:?|courtesy of|:)\s[^.]{2,80})|(?:\/\s?[\w .&-]{2,40}\s(?:Photo|Images?|Pictures?))|(?:\((?:Photo|Image|Credit):?[^)]{2,80}\)))\s*$/i;

export function captionCredit(paragraph: string): { creditStart: number } | null {
  const m = CAPTION_CREDIT.exec(paragraph);
  return m ? { creditStart: m.index } : null;
}

function fold(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
