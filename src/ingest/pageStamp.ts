import { readDateline } from '../corpus/dateline.js';

/** How many lines of text after the headline a page's own stamp may stand in ("Jane Roe / Updated: Oct 9, 2019, 11:05 IST"). */
const STAMP_LINES = 12;

/**
 * The day a page prints under its headline, for a page whose metadata and address give none ("February 8,
 * 2002 | Page 12", "Updated: Oct 9, 2019, 11:05 IST"). Readability often leaves such a stamp out of the
 * article, so it is read from the page itself: the lines of text after the headline (the `h1`, else the
 * first element that reads as the page's title), as a dateline is read at the top of an article file (a
 * full date on a short line). Null when there is no headline or no such stamp near it; a date further
 * down is reporting, not the page's day. Read before Readability changes the document.
 */
export function pageStampDay(doc: Document, title: string | null): string | null {
  const headline = headlineOf(doc, title);
  if (!headline) return null;
  const lines: string[] = [];
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let started = false;
  for (let node = walker.nextNode(); node && lines.length < STAMP_LINES; node = walker.nextNode()) {
    if (!started) {
      started = !headline.contains(node) && (headline.compareDocumentPosition(node) & 4) /* DOCUMENT_POSITION_FOLLOWING */ !== 0;
      if (!started) continue;
    }
    if (/^(?:script|style|noscript|template)$/i.test(node.parentElement?.tagName ?? '')) continue;
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
  }
  return readDateline(lines.join('\n')).published;
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

function headlineOf(doc: Document, title: string | null): Element | null {
  const h1 = Array.from(doc.querySelectorAll('h1')).find((e) => fold(e.textContent ?? ''));
  if (h1) return h1;
  const wanted = fold(title ?? '');
  if (!wanted || !doc.body) return null;
  // The innermost element whose whole text is the title.
  let found: Element | null = null;
  for (const element of Array.from(doc.body.querySelectorAll('*'))) {
    if (fold(element.textContent ?? '') === wanted) found = element;
    else if (found) break;
  }
  return found;
}

function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
