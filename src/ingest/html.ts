import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import * as chrono from 'chrono-node';
import { isoFromParts, isRealIsoDate } from '../corpus/isoDate.js';
import { htmlShape } from './htmlShape.js';
import { paragraphsOf } from './paragraphs.js';
import { headlineLink, pageStampDay, storyStampReading } from './pageStamp.js';
import { headingTitle } from './pageTitle.js';
import { IngestError, type Candidate } from './types.js';

export { isMarkedCredit, isMarkedMediaTitle, paragraphsOf } from './paragraphs.js';

/** Below this many letters a page is not an article (a menu, a login form, an index of links). */
const MIN_ARTICLE_LETTERS = 300;
const MIN_PARAGRAPHS = 2;
/**
 * A story written as one block (a broadcast transcript, a page that breaks lines with nothing a reader sees) is
 * still a story when it is this long; a single short block is a teaser or a promo, not an article.
 */
const MIN_ONE_BLOCK_LETTERS = 1_500;
/**
 * Beyond these a page is refused before it is parsed: Readability's time grows with depth and element
 * count, and it recurses on depth. Saved news pages nest under 30 deep and have under 2,500 elements.
 */
export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_ELEMENTS = 15_000;

/** Page metadata read before Readability, which rewrites the document. */
interface PageMetadata {
  title: string | null;
  publisher: string | null;
  published: string | null;
  byline: string | null;
  /** Where a saved page says it lives (canonical link, og:url). */
  url: string | null;
}

/** An HTML page -> an article candidate, or an IngestError saying why it is not an article. */
export function candidateFromHtml(html: string, pageUrl: string | null): Candidate {
  const shape = htmlShape(html);
  if (shape.depth > MAX_HTML_DEPTH) {
    throw new IngestError(
      `the page nests its elements ${shape.depth.toLocaleString('en-US')} deep; a page may nest at most ${MAX_HTML_DEPTH} (an article page, a few dozen)`,
    );
  }
  if (shape.elements > MAX_HTML_ELEMENTS) {
    throw new IngestError(
      `the page has ${shape.elements.toLocaleString('en-US')} elements; a page may have at most ${MAX_HTML_ELEMENTS.toLocaleString('en-US')} (an article page, a few thousand)`,
    );
  }
  // A virtual console that goes nowhere: a page's broken CSS is not the ingesting user's problem.
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(pageUrl ? { url: pageUrl } : {}) });
  const doc = dom.window.document;
  const meta = readMetadata(doc);
  // Read before Readability, which changes the document and often leaves the stamp out.
  let stampDay = meta.published ? null : pageStampDay(doc, meta.title);
  let headlineLinkDay = meta.published ? null : dayInAddress(headlineLink(doc, meta.title));
  const expiryDay = meta.published ? null : hostedNewsDay(doc);
  // Classes are kept so that paragraphsOf can leave out what the page marks as a credit (Readability's choices do not change).
  const parsed = new Readability(doc, { keepClasses: true }).parse();
  if (!parsed?.content) throw new IngestError('no article found on the page (nothing that reads as a story)');

  const paragraphs = paragraphsOf(parsed.content);
  const letters = paragraphs.join('').match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_ARTICLE_LETTERS || (paragraphs.length < MIN_PARAGRAPHS && letters < MIN_ONE_BLOCK_LETTERS)) {
    throw new IngestError(
      `no article found on the page: only ${paragraphs.length} paragraph(s) and ${letters} letters of text (an article needs at least ${MIN_PARAGRAPHS} paragraphs and ${MIN_ARTICLE_LETTERS} letters, or one block of ${MIN_ONE_BLOCK_LETTERS.toLocaleString('en-US')})`,
    );
  }
  const url = pageUrl ?? meta.url;
  let title = clean(parsed.title) ?? meta.title;
  if (!title) {
    // A page with no title of its own is read again as received once its story is known: Readability has changed `doc`.
    const untitled = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
    // `heading-as-title`: the headline just before the story; else `headline-from-body`: the story's first line.
    title = headingTitle(untitled, paragraphs) ?? headlineFromBody(paragraphs);
    if (title && !meta.published) {
      stampDay = pageStampDay(untitled, title) ?? stampDay;
      headlineLinkDay = dayInAddress(headlineLink(untitled, title)) ?? headlineLinkDay;
    }
  }
  if (!title) throw new IngestError('the page has no title');
  const published =
    meta.published ?? isoDay(parsed.publishedTime) ?? dayInAddress(url) ?? headlineLinkDay ?? stampDay ?? storyDay(html, title, paragraphs) ?? expiryDay;
  return {
    title,
    publisher: clean(parsed.siteName) ?? meta.publisher ?? (url ? hostLabel(url) : null),
    published,
    url,
    byline: clean(parsed.byline) ?? meta.byline,
    body: `${paragraphs.join('\n\n')}\n`,
  };
}

/**
 * `story-stamp` (pageStamp.ts), the last resort: the page read again as received (Readability has changed `doc`) for a
 * stamp beside the story it kept, when no headline rule found one.
 */
function storyDay(html: string, title: string, paragraphs: readonly string[]): string | null {
  const doc = new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
  return storyStampReading(doc, title, paragraphs)?.day ?? null;
}

/**
 * `hosted-news-expiry`, the very last resort: the news agencies' stories Google hosted (The Canadian Press, the Press
 * Association, 2007-2010) print no day, only "2 days ago" against the moment the page was served, and tell Google's
 * crawler to drop the story a fixed time after it went up (<meta name="googlebot" content="unavailable_after: 12-Feb-2008
 * 16:26:00 PST">, 30 days: a story stamped "Dec 30, 2007" on such a page expires "29-Jan-2008 20:43:00 PST"). The day
 * is the expiry's, written in its zone, less those days.
 */
const HOSTED_NEWS_DAYS = 30;
const EXPIRY = /\bunavailable_after:\s*(\d{1,2})-([a-z]{3})[a-z]*-((?:19|20)\d{2})\b/i;
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function hostedNewsDay(doc: Document): string | null {
  const m = Array.from(doc.querySelectorAll('meta[name]'))
    .filter((meta) => /^googlebot$/i.test(meta.getAttribute('name') ?? ''))
    .map((meta) => EXPIRY.exec(meta.getAttribute('content') ?? ''))
    .find((found) => found);
  if (!m) return null;
  const month = MONTH_ABBREVIATIONS.indexOf(m[2]!.toLowerCase());
  const expiry = isoFromParts(+m[3]!, month + 1, +m[1]!);
  if (month < 0 || !expiry) return null;
  const day = new Date(`${expiry}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - HOSTED_NEWS_DAYS);
  return day.toISOString().slice(0, 10);
}

/** A headline is a line of a few words that ends no sentence ("Kidnapped Britons tape condemned"). */
const HEADLINE_WORDS = { min: 3, max: 20 };
/** A title cut from a story's first sentence keeps this many words. */
const OPENING_WORDS = 12;

/**
 * `headline-from-body`: a saved page whose head was lost (its first bytes cut, as a crawl's copy of a 2008 page often
 * is) names no title, no og:title and no h1, though its story is whole. Its title is then the story's first line when
 * that line reads as a headline (a few words, no sentence end), else the opening words of its first sentence; the
 * page was refused before, and every date in it lost.
 */
export function headlineFromBody(paragraphs: readonly string[]): string | null {
  const first = paragraphs.map((p) => clean(p)).find((p): p is string => !!p && /\p{L}/u.test(p));
  if (!first) return null;
  const words = first.split(' ');
  if (words.length >= HEADLINE_WORDS.min && words.length <= HEADLINE_WORDS.max && !/[.!?:]["”’]?$/.test(first)) return first;
  const sentence = /^.+?[.!?](?=\s|$)/.exec(first)?.[0] ?? first;
  const opening = sentence.split(' ');
  return opening.length <= OPENING_WORDS ? sentence : `${opening.slice(0, OPENING_WORDS).join(' ')}…`;
}

function readMetadata(doc: Document): PageMetadata {
  const metaContent = (selectors: string[]): string | null => {
    for (const s of selectors) {
      // Some sites write a meta tag's value in "value" rather than "content" (<meta name="date" value="2016-11-29 03:33:08">).
      const element = doc.querySelector(s);
      const value = clean(element?.getAttribute('content') ?? element?.getAttribute('value'));
      if (value) return value;
    }
    return null;
  };
  const jsonLd = readJsonLd(doc);
  const timeElement =
    doc.querySelector('time[pubdate][datetime], time[itemprop="datePublished"][datetime]') ??
    doc.querySelector('article time[datetime]') ??
    doc.querySelector('time[datetime]');
  const published =
    isoDay(
      metaContent([
        'meta[property="article:published_time"]',
        'meta[name="article:published_time"]',
        'meta[property="og:article:published_time"]',
        'meta[name="og:article:published_time"]',
      ]),
    ) ??
    isoDay(jsonLd.datePublished) ??
    isoDay(
      metaContent([
        'meta[itemprop="datePublished"]',
        'meta[name="pubdate"]',
        'meta[name="publish-date"]',
        'meta[name="parsely-pub-date"]',
        'meta[name="dc.date.issued"]',
        'meta[name="DC.date.issued"]',
        'meta[name="dcterms.created"]',
        'meta[name="date"]',
        'meta[name="sailthru.date"]',
      ]),
    ) ??
    isoDay(namedPublicationMeta(doc)) ??
    isoDay(timeElement?.getAttribute('datetime'));
  return {
    title:
      metaContent(['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
      jsonLd.headline ??
      clean(doc.title) ??
      clean(doc.querySelector('h1')?.textContent),
    publisher: metaContent(['meta[property="og:site_name"]', 'meta[name="application-name"]']) ?? jsonLd.publisher,
    published,
    byline:
      [metaContent(['meta[name="author"]']), metaContent(['meta[property="article:author"]']), jsonLd.author].find(
        (v): v is string => !!v && !/^https?:/i.test(v),
      ) ?? null,
    url: httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? httpUrl(metaContent(['meta[property="og:url"]'])),
  };
}

/**
 * A meta tag a site names its own way for the publication day ("article_date_original", "publish_date", "pub-date"); never an update's.
 * `publication-meta-name`: older sites join the words ("OriginalPublicationDate", "PublicationDate", "icx_pubdate", "PrintPubDate");
 * `display-date`: Wired's pages of 2012 name it "DisplayDate", the day the story is shown as published (on 400 Dragnet
 * development pages it agreed with the day read otherwise on 6 of 6, and was the only day of a seventh).
 */
const PUBLICATION_META_NAME =
  /(?:(?:^|[_.:-])(?:date[_.:-]?(?:original|published|publish|issued|created)|(?:original|publish(?:ed)?|pub|issued|created)[_.:-]?date)|pub(?:lication)?[_.:-]?date|^display[_.:-]?date)$/i;

function namedPublicationMeta(doc: Document): string | null {
  for (const element of Array.from(doc.querySelectorAll('meta'))) {
    const name = element.getAttribute('name') ?? element.getAttribute('property') ?? element.getAttribute('itemprop') ?? '';
    if (!PUBLICATION_META_NAME.test(name)) continue;
    const value = clean(element.getAttribute('content') ?? element.getAttribute('value'));
    if (value) return value;
  }
  return null;
}

interface JsonLdFacts {
  headline: string | null;
  publisher: string | null;
  author: string | null;
  datePublished: string | null;
}

/** The first article-like object in the page's JSON-LD blocks (including @graph lists). */
function readJsonLd(doc: Document): JsonLdFacts {
  const facts: JsonLdFacts = { headline: null, publisher: null, author: null, datePublished: null };
  const objects: Record<string, unknown>[] = [];
  const collect = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      objects.push(obj);
      if (obj['@graph']) collect(obj['@graph']);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block is common on real pages; the other metadata still counts.
    }
  }
  const nameOf = (v: unknown): string | null => {
    if (typeof v === 'string') return clean(v);
    if (Array.isArray(v)) return nameOf(v[0]);
    if (v && typeof v === 'object') return nameOf((v as Record<string, unknown>).name);
    return null;
  };
  for (const obj of objects.filter((o) => typeof o.datePublished === 'string' || typeof o.headline === 'string')) {
    facts.headline ??= nameOf(obj.headline);
    facts.datePublished ??= nameOf(obj.datePublished);
    facts.publisher ??= nameOf(obj.publisher);
    facts.author ??= nameOf(obj.author);
  }
  return facts;
}

/** A timestamp -> the day it names: the publisher's own calendar day, whatever its time zone. */
/**
 * The day a news address writes in its path ("/2015/03/18/gunmen-storm-…", "/2016/11/29/news/…", "/world/20110410/1634.html"),
 * the last resort when the page's metadata names no day: the year, month and day as three path segments in a row, or as
 * one segment of eight figures (`compact-address-day`; a slug's figures, "hidden-heroines-20190520", are no day). A path
 * alone ("/world/20110410/…", a headline's link) is read as on any site.
 */
export function dayInAddress(url: string | null): string | null {
  if (!url) return null;
  let pathname: string;
  try {
    pathname = new URL(url, 'http://site.invalid').pathname;
  } catch {
    return null;
  }
  const m = /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/.exec(pathname) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})(?:\/|$)/.exec(pathname);
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
  return isRealIsoDate(day) ? day : null;
}

export function isoDay(value: string | null | undefined): string | null {
  const text = clean(value);
  if (!text) return null;
  const leading = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/.exec(text);
  if (leading) return isRealIsoDate(leading[1]!) ? leading[1]! : null;
  // `compact-iso-day`: ISO 8601's basic form, as older sites write a meta tag's day ("PublicationDate" "20080114").
  const compact = /^((?:19|20)\d{2})(\d{2})(\d{2})$/.exec(text);
  if (compact) return isoFromParts(+compact[1]!, +compact[2]!, +compact[3]!);
  // Other forms ("Sun, 08 Mar 2026 23:30:00 -0800", "March 8, 2026") as written, with no time zone
  // shift; only a text that writes out its year counts (chrono also reads "yesterday").
  if (!/\b(19|20)\d{2}\b/.test(text)) return null;
  const start = chrono.parse(text)[0]?.start;
  if (!start || !['year', 'month', 'day'].every((c) => start.isCertain(c as 'year' | 'month' | 'day'))) return null;
  return isoFromParts(start.get('year')!, start.get('month')!, start.get('day')!);
}

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function hostLabel(pageUrl: string): string | null {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function httpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
