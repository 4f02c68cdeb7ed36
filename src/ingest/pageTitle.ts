import * as chrono from 'chrono-node';
import { looksLikeHeadline } from '../passages/boilerplate.js';

/** The longest heading read as a page's title, in characters: a longer heading is a paragraph set in a heading's type. */
const MAX_HEADING_CHARS = 200;
/** How far before the story's opening its headline may stand, in characters of the page's text (a byline, a stamp, tools). */
const HEADLINE_REACH = 1500;
/** How much of a paragraph is looked for in the page's text to find where the story opens. */
const OPENING_CHARS = 40;
/** A paragraph of fewer words is a headline, a stamp or a byline, not the story's opening. */
const OPENING_WORDS = 12;

/**
 * `heading-as-title`: a page with no title of its own (no `<title>`, no og:title, no `<h1>`: older pages set their
 * headline in an `<h3>`, or in a styled cell, `<div class="sh">`) names its story in the line that stands just before
 * the story's opening and reads as a headline: a heading when one stands there, else a line of text of its own.
 * Without it such a page was refused ("the page has no title"): 30 of the 621 pages of the 2008 L3S-GN1 collection.
 *
 * Not a headline: a line that no story follows (a sidebar's "Make a Donation", "Weather Centre", a list's "in this
 * section"), a line inside a link, a menu, an aside or a form; a label ending in a colon ("Bookmark with:"); a
 * section's name set in capitals ("MOST POPULAR STORIES NOW"); fewer than three words; a byline; a date ("January
 * 18th, 2008", "Posted: Wednesday Jan 9, 2008 10:23 PM") or a credit.
 *
 * `doc` is the page as received (before Readability changes it); `paragraphs` the story Readability found in it.
 */
export function headingTitle(doc: Document, paragraphs: readonly string[]): string | null {
  if (!doc.body) return null;
  const { text, lines } = pageText(doc.body);
  const opening = storyOpening(text, paragraphs);
  if (opening === null) return null;
  const near = lines.filter((line) => line.end <= opening && opening - line.end <= HEADLINE_REACH);
  return (near.filter((line) => line.heading).at(-1) ?? near[0])?.text ?? null;
}

interface Line {
  text: string;
  /** Where the line ends in the page's text. */
  end: number;
  heading: boolean;
}

/** The page's visible text, spaces collapsed, and the lines in it that read as a headline (headings, text of its own). */
function pageText(body: HTMLElement): { text: string; lines: Line[] } {
  // Kept collapsed as it grows (one space between words, none in front), so that a line's end is read off its length.
  let text = '';
  const append = (piece: string): void => {
    const spaced = piece.replace(/\s+/g, ' ');
    text += text === '' || text.endsWith(' ') ? spaced.trimStart() : spaced;
  };
  const lines: Line[] = [];
  const add = (line: string, heading: boolean, element: Element): void => {
    if (readsAsHeadline(line) && !element.closest('a[href], nav, aside, footer, form'))
      lines.push({ text: line, end: text.endsWith(' ') ? text.length - 1 : text.length, heading });
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      append(node.nodeValue ?? '');
      if (node.parentElement && !/^h[1-6]$/i.test(node.parentElement.tagName)) add(collapse(node.nodeValue ?? ''), false, node.parentElement);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (/^(?:script|style|noscript|template)$/i.test(element.tagName)) return;
    append(' ');
    for (const child of Array.from(element.childNodes)) walk(child);
    append(' ');
    if (/^h[1-6]$/i.test(element.tagName)) add(collapse(element.textContent ?? ''), true, element);
  };
  walk(body);
  return { text: text.trimEnd(), lines };
}

function readsAsHeadline(text: string): boolean {
  if (!text || text.length > MAX_HEADING_CHARS || text.endsWith(':') || /^by\b/i.test(text)) return false;
  if (!/^[\p{Lu}\p{N}"'‘“]/u.test(text) || !/\p{Ll}/u.test(text)) return false;
  if (!looksLikeHeadline(text)) return false;
  const dated = chrono.parse(text).reduce((n, r) => n + r.text.length, 0);
  return dated < text.length / 2;
}

/** Where the story's first paragraph of reporting starts in the page's text: the first long enough to be a sentence. */
function storyOpening(text: string, paragraphs: readonly string[]): number | null {
  for (const paragraph of paragraphs.slice(0, 6)) {
    const words = collapse(paragraph);
    if (words.split(' ').length < OPENING_WORDS) continue;
    const at = text.indexOf(words.slice(0, OPENING_CHARS));
    if (at >= 0) return at;
  }
  return null;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
