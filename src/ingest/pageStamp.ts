import { readDateline } from '../corpus/dateline.js';
import { figureOrderOf, settle, stampDatesIn, yearlessDatelineDay, type FigureOrder } from './stampDate.js';
import {
  ARTICLE_HEADER_AREA,
  COMMENT_AREA,
  DATE_HEADER_AREA,
  LINE_START_PUBLICATION_LABELS,
  MASTHEAD_AREA,
  PUBLICATION_LABELS,
  TIMESTAMP_AREA,
  UPDATE_LABELS,
} from './stampWords.js';

/** How many lines of text after the headline a page's own stamp may stand in ("Jane Roe / Updated: Oct 9, 2019, 11:05 IST"). */
const STAMP_LINES = 12;
/**
 * A stamp is a short line ("Wed, Jan. 02, 2008", "12:01am GMT 06/01/2008") or starts with its date; a longer line
 * ("A street in the east district on March 8, 2026.") is a sentence of reporting or a caption that names a day.
 * A labelled stamp may run longer ("By David A. Utter - Fri, 12/28/2007 - 6:41am."): its label says what it is.
 */
const STAMP_LINE_CHARS = 60;
const STAMP_DATE_START = 20;
const LABELLED_LINE_CHARS = 90;
/** How far a label may stand before its date ("POSTED: 11:54 pm EST January 9, 2008", "Posted at 6:47am on 14 Jan 2008"). */
const LABEL_REACH = 30;
/**
 * `kicker-stamp`: how many lines above the headline (its own lines included) an unlabelled stamp may stand ("The
 * Times / December 31, 2007 / <headline>"); a page-wide "today" header stands further up, among the site's menus.
 */
const KICKER_LINES = 8;

type Label = 'publication' | 'update' | 'none';

/** Nothing before a stamp's date but its weekday, if that ("Tuesday, ", "Mon "). */
const WEEKDAY_ALONE = /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$/i;

/** One line of a page's visible text, with where it stands. */
interface TextLine {
  text: string;
  /** Lines after the headline's end (0 = the first line after it, -1 = its own last line or the line above), or null with no headline. */
  offset: number | null;
  /** Position among the page's text lines. */
  index: number;
  /** Inside a link: the title or date of another page (a sidebar's list, "more stories"). */
  linked: boolean;
  /** Inside a reader's comment. */
  comment: boolean;
  /** Inside the site's masthead or menus (`<nav>`, `<header>` around no headline, a class or id such as "masthead", "topnav"). */
  masthead: boolean;
}

/** A dated stamp found on a line. */
interface Stamp {
  day: string;
  label: Label;
  line: TextLine;
}

/**
 * The day a page prints as its own, for a page whose metadata and address give none. Read before Readability
 * changes the document. The rules, in order of trust:
 *
 * - `headline-stamp`: a stamp in the lines just under the headline ("February 8, 2002 | Page 12", "12:01am GMT
 *   06/01/2008", "Published: Jan 08, 2008 / Modified: Jan 08, 2008"); of several, the one labelled as the
 *   publication, else the first unlabelled, else an update's.
 * - `dateline`: the lines under the headline read as an article file's top is (a wire dateline, "Jan. 24 (UPI) --").
 * - `labelled-stamp`: anywhere after the headline (or on the whole page, when none is found), the first short line
 *   that labels its date as the publication ("Posted at 6:47am on 14 Jan 2008", "By Abesi!, published Jan 18, 2008").
 * - `kicker-stamp`: an unlabelled stamp in the lines just above the headline.
 * - `update-stamp`, last: a page whose only stamp of its own is an update's ("Last Updated: Tuesday, 4 December 2007,
 *   23:57 GMT" above a story whose head was lost, as BBC News printed it) takes that day: a news page is updated on the
 *   day it went up far more often than later, and without a day no weekday of the story could be dated. Never one
 *   further above a headline found than a kicker's reach.
 *
 * Never read: a date before the headline (a page-wide "today" header), a date inside a link (another page's
 * date in a list), a reader's comment's stamp, a long line of reporting, a year alone (a copyright).
 */
export function pageStampDay(doc: Document, title: string | null): string | null {
  return pageStampReading(doc, title)?.day ?? null;
}

/** The rules that read a page's own stamp, by name (for the evaluation's counts of which rule gave a day). */
export type StampRule = 'headline-stamp' | 'dateline' | 'labelled-stamp' | 'kicker-stamp' | 'update-stamp' | 'story-stamp' | 'edition-dateline';

/** The page's own day and the rule that read it (see pageStampDay). */
export function pageStampReading(doc: Document, title: string | null): { day: string; rule: StampRule } | null {
  if (!doc.body) return null;
  const headline = headlineOf(doc, title);
  const lines = textLines(doc, headline);
  const newest = newestDay(lines);
  const order = pageFigureOrder(doc, lines);
  const stamps = lines.flatMap((line, i) => stampsOn(line, lines[i - 1] ?? null, newest, order));

  const near = stamps.filter((s) => after(s.line) && s.line.offset! < STAMP_LINES && !s.line.linked && !s.line.comment);
  const headlineStamp = near.find((s) => s.label === 'publication') ?? near.find((s) => s.label === 'none') ?? near.find((s) => s.label === 'update');
  if (headlineStamp) return { day: headlineStamp.day, rule: 'headline-stamp' };

  if (headline) {
    const top = lines.filter((l) => after(l) && l.offset! < STAMP_LINES).map((l) => l.text);
    const dateline = readDateline(top.join('\n')).published;
    if (dateline) return { day: dateline, rule: 'dateline' };
  }

  const own = stamps.filter((s) => !s.line.linked && !s.line.comment);
  const labelled = own.filter((s) => s.label === 'publication');
  const labelledStamp = labelled.find((s) => after(s.line)) ?? labelled.at(-1);
  if (labelledStamp) return { day: labelledStamp.day, rule: 'labelled-stamp' };

  const kicker = own.filter(
    (s) => s.label === 'none' && !s.line.masthead && s.line.offset !== null && s.line.offset < 0 && textLinesBelow(lines, s.line) <= KICKER_LINES,
  );
  const kickerStamp = kicker.at(-1);
  if (kickerStamp) return { day: kickerStamp.day, rule: 'kicker-stamp' };

  // Never one further above a headline found than a kicker stands: a sidebar's or the site's "Last updated" (NDTV's stood
  // 50 lines above a story dated below it).
  const updateStamp = own.find((s) => s.label === 'update' && !s.line.masthead && (s.line.offset === null || s.line.offset >= -KICKER_LINES));
  return updateStamp ? { day: updateStamp.day, rule: 'update-stamp' } : null;
}

/** The elements whose classes speak for the whole page (`page-wide-class`). */
const PAGE_WIDE_ELEMENT = /^(?:html|body)$/i;

/**
 * `kicker-past-widgets`: how many lines of text stand between a line above the headline and the headline's last line, not counting
 * links and menus: a share bar's and a follow box's links ("Facebook", "Twitter", "Email this post") between a stamp and
 * its headline (Gawker's pages of 2012 set 17 lines there, 9 of them links) are widgets, not lines the stamp is far by.
 */
function textLinesBelow(lines: readonly TextLine[], line: TextLine): number {
  return lines.filter((l) => l.index > line.index && l.offset !== null && l.offset < -1 && !l.linked && !l.masthead).length;
}

const after = (line: TextLine) => line.offset !== null && line.offset >= 0;

/**
 * `story-stamp`: how many lines above the story's first paragraph a stamp may stand (its headline, byline, tools and
 * picture between), and how many after its last (a stamp printed under the story, as Newsquest's papers print it).
 */
const STORY_REACH_ABOVE = 15;
const STORY_REACH_BELOW = 4;
/** How far into the story a stamp line may stand: Readability keeps a picture's caption as the story's first paragraph, above the byline and stamp. */
const STORY_REACH_INSIDE = 12;
/** A line long enough to find the story by: a byline or a dateline alone is too short to tell apart. */
const STORY_LINE_CHARS = 25;
/** A paragraph this long is reporting, not a headline or a byline kept as a paragraph ("By THE ASSOCIATED PRESS"). */
const STORY_OPENING_CHARS = 80;
/** How much of a paragraph's start (or end) a line of it is looked for in: a paragraph set in several elements (a bold dateline, a link) is several lines. */
const PARAGRAPH_EDGE = 300;

/**
 * `story-stamp`: the page's own day read beside its story rather than its headline, for a page where the headline rules
 * read none: its headline was not found (a styled cell that does not read as the title: "Summit Daily News for
 * Breckenridge … - Arts and Entertainment" over "Leno, Kimmel …"; Socialist Worker's bold line under a title worded
 * otherwise) or its stamp stands further under it than their reach (a picture, its caption and the tools between:
 * "Globe Staff / December 31, 2007" twelve lines down). The story is the paragraphs Readability kept: the stamp nearest
 * above its first paragraph, within reach, labelled as the publication if one is, else unlabelled, else an update;
 * else the first short stamp line in its first lines (under a caption kept as its opening); else the first just under
 * its last paragraph. Never one inside a link, a reader's comment or the site's masthead (a "today" header), nor a
 * row of a list of other stories (a linked title, then its stamp, row after row: "Recent News").
 */
export function storyStampReading(doc: Document, title: string | null, story: readonly string[]): { day: string; rule: StampRule } | null {
  if (!doc.body || !story.length) return null;
  // The headline, when found, only tells the site's masthead from a block that holds the headline and its stamp.
  const lines = textLines(doc, headlineOf(doc, title));
  // The story's first sentence of reporting: Readability keeps the headline and the byline as paragraphs of their own.
  const opening = story.find((p) => p.length >= STORY_OPENING_CHARS) ?? story[0]!;
  const first = storyLine(lines, opening, 0, 'first');
  if (first === null) return null;
  const last = storyLine(lines, story.at(-1)!, first, 'last') ?? first;
  const newest = newestDay(lines);
  const order = pageFigureOrder(doc, lines);
  const dated = (i: number) => !!lines[i] && stampDatesIn(lines[i]!.text).length > 0;
  // `listed-stamp`: a row of a list of other stories ("Recent News": a linked title, then its stamp, row after row).
  const listed = (i: number) => !!lines[i - 1]?.linked && (dated(i - 2) || dated(i + 2));
  const own = (s: Stamp) => !s.line.linked && !s.line.comment && !s.line.masthead && !listed(s.line.index);
  const stampsIn = (from: number, to: number) =>
    lines
      .slice(Math.max(0, from), to + 1)
      .flatMap((line) => stampsOn(line, lines[line.index - 1] ?? null, newest, order))
      .filter(own);
  const above = stampsIn(first - STORY_REACH_ABOVE, first).reverse();
  const stamp =
    above.find((s) => s.label === 'publication') ??
    above.find((s) => s.label === 'none') ??
    above.find((s) => s.label === 'update') ??
    stampsIn(first + 1, Math.min(last, first + STORY_REACH_INSIDE))[0] ??
    stampsIn(last + 1, last + STORY_REACH_BELOW)[0];
  if (stamp) return { day: stamp.day, rule: 'story-stamp' };
  const dateline = yearlessDatelineDay(opening, newest);
  return dateline ? { day: dateline, rule: 'edition-dateline' } : null;
}

/** The line where a paragraph of the story starts (`first`) or ends (`last`), at or after `from`; null when none reads as it. */
function storyLine(lines: TextLine[], paragraph: string, from: number, end: 'first' | 'last'): number | null {
  const whole = fold(paragraph);
  if (!whole) return null;
  for (let i = from; i < lines.length; i++) {
    const text = fold(lines[i]!.text);
    if (text.length < Math.min(STORY_LINE_CHARS, whole.length)) continue;
    const reads =
      end === 'first'
        ? whole.slice(0, PARAGRAPH_EDGE).includes(text) || text.startsWith(whole.slice(0, PARAGRAPH_EDGE))
        : whole.slice(-PARAGRAPH_EDGE).includes(text) || text.endsWith(whole.slice(-PARAGRAPH_EDGE));
    if (reads) return i;
  }
  return null;
}

export function textLines(doc: Document, headline: Element | null): TextLine[] {
  const lines: TextLine[] = [];
  const own = ownAddresses(doc, headline);
  let start: number | null = null;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent) continue;
    const written = /^script$/i.test(parent.tagName) ? scriptWrittenText(node.textContent ?? '') : null;
    if (!written && /^(?:script|style|noscript|template|option|select|textarea)$/i.test(parent.tagName)) continue;
    const text = written ?? (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (headline && start === null && !headline.contains(node) && (headline.compareDocumentPosition(node) & 4) /* FOLLOWING */ !== 0) start = lines.length;
    lines.push({
      text,
      offset: null,
      index: lines.length,
      linked: linksElsewhere(parent, own),
      comment: within(parent, COMMENT_AREA),
      masthead: inMasthead(parent, headline),
    });
  }
  if (headline) lines.forEach((line, i) => (line.offset = i - (start ?? lines.length)));
  return lines;
}

/**
 * `permalink-stamp`: a date inside a link to the page's own address is the page's own stamp, not another page's in a list
 * (a blog's "posted at 6:22 PM on November 12, 2012" linked as the post's permalink, BrooklynVegan; a car blog's "August 9,
 * 2012" under its post). The page's own address is the one it names for itself: its canonical link, its `og:url`, or the
 * address its headline links to; compared without scheme, "www.", query, fragment or a closing slash.
 */
function ownAddresses(doc: Document, headline: Element | null): Set<string> {
  const named = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    (headline?.closest('a[href]') ?? headline?.querySelector('a[href]'))?.getAttribute('href'),
  ];
  return new Set(named.map((address) => bareAddress(address)).filter((address): address is string => !!address));
}

/** "http://www.example.com/2012/11/post.html?ref=rss#top" -> "example.com/2012/11/post.html"; null for a relative address or a site's root. */
function bareAddress(address: string | null | undefined): string | null {
  const m = /^(?:https?:)?\/\/(?:www\.)?([^/?#\s]+)(\/[^?#\s]*)?/i.exec((address ?? '').trim());
  const path = (m?.[2] ?? '').replace(/\/+$/, '');
  return m && path ? `${m[1]!.toLowerCase()}${path}` : null;
}

/** Inside a link to another page than this one (`permalink-stamp`). */
function linksElsewhere(element: Element, own: ReadonlySet<string>): boolean {
  const link = element.closest('a[href]');
  if (!link) return false;
  const address = bareAddress(link.getAttribute('href'));
  return !address || !own.has(address);
}

/**
 * `script-stamp`: a stamp a script writes into the page where it stands (CNN's `document.write(cnnRenderTimeStamp(1200798075930,
 * ['January 19, 2008 -- Updated 0301 GMT (1101 HKT)', …]))` under its headline): the script's quoted texts that write a
 * full date, tags left out, read as a line of the page in the script's place. Only a script that writes into the page
 * (`document.write`); a script's other texts are code and settings, never read.
 */
function scriptWrittenText(code: string): string | null {
  if (!/\bdocument\.write(?:ln)?\s*\(/.test(code)) return null;
  const texts = Array.from(code.matchAll(/'([^'\n]{6,300})'|"([^"\n]{6,300})"/g), (m) =>
    (m[1] ?? m[2]!)
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ).filter((t) => stampDatesIn(t).length > 0);
  return texts[0] ?? null;
}

/**
 * Whether an element stands inside an area its class or id names ("comments", "reply"). `page-wide-class`: the classes of
 * `<html>` and `<body>` are the whole page's (a site's switches, "feature_newcomments feature_disablecomments" on every
 * Gawker page), never one area of it, so they are not read.
 */
function within(element: Element, area: RegExp): boolean {
  for (let e: Element | null = element; e && !PAGE_WIDE_ELEMENT.test(e.tagName); e = e.parentElement) {
    if (area.test(`${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

function inMasthead(element: Element, headline: Element | null): boolean {
  for (let e: Element | null = element; e; e = e.parentElement) {
    if (headline && e.contains(headline)) return false;
    const named = `${e.getAttribute('class') ?? ''} ${e.getAttribute('id') ?? ''}`;
    if (TIMESTAMP_AREA.test(named) || ARTICLE_HEADER_AREA.test(named) || DATE_HEADER_AREA.test(named)) return false;
    if (/^(?:nav|header)$/i.test(e.tagName) || /^(?:navigation|banner)$/.test(e.getAttribute('role') ?? '')) return true;
    if (MASTHEAD_AREA.test(named)) return true;
  }
  return false;
}

/**
 * `page-figure-order` (stampDate.ts): the order the page writes its figures in, read from its text and from its markup's
 * comments, which the site's own software and staff write in their own order ("<!-- The time is 01/15/2008 02:09:42 PM
 * EST-->", "<!--altered to static link on 12/21/06-->").
 */
function pageFigureOrder(doc: Document, lines: readonly TextLine[]): FigureOrder | null {
  const comments: string[] = [];
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node.textContent ?? '');
  return figureOrderOf([...lines.map((l) => l.text), ...comments]);
}

/** The newest day the page writes unambiguously: what "06/01/2008" is read against (`numeric-order`). */
function newestDay(lines: TextLine[]): string | null {
  let newest: string | null = null;
  for (const line of lines) {
    for (const date of stampDatesIn(line.text)) if (date.day && (!newest || date.day > newest)) newest = date.day;
  }
  return newest;
}

const labelPattern = (words: readonly string[]) =>
  new RegExp(
    `\\b(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/ /g, '\\s+'))
      .join('|')})\\b`,
    'gi',
  );
const PUBLICATION = labelPattern(PUBLICATION_LABELS);
/** `date-label`: "Date:" at the line's start, then at most a weekday, then the date. */
const LINE_START_PUBLICATION = new RegExp(
  `^\\s*(?:${LINE_START_PUBLICATION_LABELS.join('|')})\\s*:\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s*)?$`,
  'i',
);
const UPDATE = labelPattern(UPDATE_LABELS);

/** The dated stamps a short line carries, each with the label just before it (on the line, or alone on the line before). */
function stampsOn(line: TextLine, previous: TextLine | null, newest: string | null, order: FigureOrder | null): Stamp[] {
  if (line.text.length > LABELLED_LINE_CHARS) return [];
  const stamps: Stamp[] = [];
  for (const date of stampDatesIn(line.text)) {
    const day = settle(date, newest, order);
    if (!day) continue;
    let before = line.text.slice(0, date.index);
    // "Published:" alone on the line before its date, the date perhaps led by its weekday ("Last Updated:" / "Tuesday, 4
    // December 2007, 23:57 GMT").
    if (WEEKDAY_ALONE.test(before) && previous && previous.text.length <= LABEL_REACH) before = `${previous.text} ${before}`;
    const label = LINE_START_PUBLICATION.test(before) ? 'publication' : labelBefore(before);
    if (label === 'none' && line.text.length > STAMP_LINE_CHARS && date.index > STAMP_DATE_START) continue;
    stamps.push({ day, label, line });
  }
  return stamps;
}

/** The label whose end stands nearest before a date, within reach. */
function labelBefore(before: string): Label {
  const lastEnd = (re: RegExp) => Math.max(-1, ...Array.from(before.matchAll(re), (m) => (m.index ?? 0) + m[0].length));
  const [publication, update] = [lastEnd(PUBLICATION), lastEnd(UPDATE)];
  const nearest = Math.max(publication, update);
  if (nearest < 0 || before.length - nearest > LABEL_REACH) return 'none';
  return publication >= update ? 'publication' : 'update';
}

/**
 * `headline-link`: the address the headline links to ("<h1><a href="/world/20110410/163458489.html">"), which an
 * older site's page gives for itself when it names no canonical address: where its day may be written.
 */
export function headlineLink(doc: Document, title: string | null): string | null {
  const headline = headlineOf(doc, title);
  if (!headline) return null;
  const link = headline.closest('a[href]') ?? headline.querySelector('a[href]');
  return link?.getAttribute('href') ?? null;
}

/**
 * The page's headline: a heading (`h1`..`h6`) that reads as the title or one of its parts ("newsobserver.com | Players
 * to be evaluated at MLS Combine this weekend" -> the h2 "Players to be evaluated at MLS Combine this weekend"; the
 * page's h1 is the site's name), else the longest heading the title holds whole (`contained-headline`), else the first
 * `h1`, else the first element outside a link whose whole text reads as the title or a part (`title-part-headline`:
 * older pages set their headline in a styled cell), else the first whose whole text the title holds.
 */
export function headlineOf(doc: Document, title: string | null): Element | null {
  const wanted = titleParts(title);
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const heading = headings.find((e) => wanted.has(fold(e.textContent ?? '')));
  if (heading) return heading;
  const held = headings
    .filter((e) => !e.closest('a[href]') && titleHolds(title, e.textContent ?? ''))
    .sort((a, b) => words(b.textContent ?? '') - words(a.textContent ?? ''))[0];
  if (held) return held;
  const h1 = Array.from(doc.querySelectorAll('h1')).find((e) => fold(e.textContent ?? ''));
  if (h1) return h1;
  if (!wanted.size || !doc.body) return null;
  return innermostWhole(doc.body, (text) => wanted.has(fold(text))) ?? innermostWhole(doc.body, (text) => titleHolds(title, text));
}

/** The innermost element, outside links, of the first run whose whole text passes `test`. */
function innermostWhole(body: HTMLElement, test: (text: string) => boolean): Element | null {
  let found: Element | null = null;
  for (const element of Array.from(body.querySelectorAll('*'))) {
    if (test(element.textContent ?? '') && !element.closest('a[href], title, script, style')) found = element;
    else if (found) break;
  }
  return found;
}

/**
 * `contained-headline`: the title holds the text whole, as a run of its words, and the text is a headline's share of
 * it: at least three words and two fifths of the title's. A title decorates its headline in ways no split foresees
 * ("Clips: Belt Buckle Senses …", "Aidy Recalls Big Guns (from Harrow Times)", "Kat to go to London... with
 * Sallu-India Buzz-Entertainment-The Times of India"); a section's heading ("Latest News") is too short a share.
 */
function titleHolds(title: string | null, text: string): boolean {
  const whole = fold(title ?? '');
  const part = fold(text);
  const n = words(text);
  return !!part && n >= MIN_HEADLINE_WORDS && n >= HEADLINE_SHARE * words(title ?? '') && ` ${whole} `.includes(` ${part} `);
}

const MIN_HEADLINE_WORDS = 3;
const HEADLINE_SHARE = 0.4;

function words(text: string): number {
  const folded = fold(text);
  return folded ? folded.split(' ').length : 0;
}

/** The title and, for a title that joins the site's name or section to the headline, each part of three or more words. */
function titleParts(title: string | null): Set<string> {
  const whole = fold(title ?? '');
  const parts = new Set<string>(whole ? [whole] : []);
  for (const part of (title ?? '').split(/\s+[-|:>»–—]\s*|\s*\|\s*/)) {
    const folded = fold(part);
    if (folded.split(' ').length >= 3) parts.add(folded);
  }
  return parts;
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
