import { COMMENT_HEADERS } from '../passages/siteWords.js';
import { letterCount } from './furniture.js';

/**
 * `comment-signatures`: reader comments that carry no anchor, no class and no header a rule can read, told by their
 * structure (branch chrome12). A 2008 news page prints its readers' comments under the story as boxes in a row, each
 * signed by the reader with a name and a time ("Posted by Idealist on January 10, 2008 5:58 PM", "Posted by: Dom,
 * London on 5:19pm Tue 1 Jan 08", "Posted by: jim | January 14, 2008 07:20 PM"); the signature stands after the
 * comment's words on some sites and before them on others. Readability keeps the boxes when they share a parent with
 * the story. Two signatures or more after the story are a comment area; one is when the line before its box heads the
 * comments ("Comments", "Thanks for your comments - this feedback is now closed"). What follows the first comment
 * box in the page is the readers', not the publisher's, and is left out, as after a comments anchor
 * (`cutAtCommentsAnchor`). A blog post signed once at its foot ("Posted by Jane Roe at December 29, 2007 12:03 PM")
 * keeps its words: one signature and no header is no comment area, and a signature before the story's first
 * letters (a post's byline at its head) opens nothing.
 */

/** A clock time or a day with its year: what makes a reader's signature a signature and not a sentence. */
const STAMP =
  /(?:\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? \d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{2,4}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b)/i;

/** "Posted by NAME on|at|-|| STAMP": who signed and when; the name a few words (a place after a comma), no sentence. */
const SIGNATURE = /^(?:posted|submitted|written|added|comment(?:ed)?|sent) by:?\s+[^.!?]{1,60}?\s(?:on|at|-|–|\|)\s+(.{4,60})$/i;

/** What follows a signature's stamp is at most a button ("| Email This"): no word of a sentence in lower case, a few words. */
const MAX_STAMP_WORDS = 8;

/** A reader's signature: the whole text of an element, and its time a stamp ("Posted by mail on May 2, 2008 the letter came." is a sentence). */
export function isCommentSignature(text: string): boolean {
  const m = SIGNATURE.exec(text.replace(/\s+/g, ' ').trim());
  if (!m) return false;
  const stamp = m[1]!;
  return STAMP.test(stamp) && stamp.split(' ').length <= MAX_STAMP_WORDS && !/\b\p{Ll}{4,}\b|[!?]/u.test(stamp);
}

/** The line that heads a comment area ("Comments", "Readers' comments (12)", "Thanks for your comments - this feedback is now closed"). */
export function isCommentHeader(text: string): boolean {
  const line = text
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[\s:.!(\d)]+$/, '');
  return line.split(' ').length <= 10 && COMMENT_HEADERS.some((h) => line === h || line.startsWith(`${h} -`) || line.startsWith(`${h} –`));
}

/** Letters of the story before the first signature (an article's least): a signature in the article's head opens nothing. */
const MIN_LETTERS_BEFORE = 300;
/** A comment box holds at most this share of the article's letters: what holds more holds the story. */
const MAX_BOX_SHARE = 0.25;

/** A signature's whole text is a line: an element holding more is no signature, and is not normalised to be asked. */
const MAX_SIGNATURE_CHARS = 300;

/** The innermost elements whose whole text is a reader's signature. */
function signatures(body: Element): Element[] {
  const found = Array.from(body.querySelectorAll('*')).filter((e) => {
    const text = e.textContent ?? '';
    return text.length <= MAX_SIGNATURE_CHARS && isCommentSignature(text);
  });
  return found.filter((e) => !found.some((inner) => inner !== e && e.contains(inner)));
}

/** The comment's box: the largest element around the signature that holds no other signature and is small beside the article. */
function commentBox(signature: Element, all: readonly Element[], body: Element, articleLetters: number): Element {
  let box = signature;
  for (let up = box.parentElement; up && up !== body; up = up.parentElement) {
    if (all.some((s) => s !== signature && up.contains(s)) || letterCount(up.textContent ?? '') > articleLetters * MAX_BOX_SHARE) break;
    box = up;
  }
  return box;
}

/** The element just before `element` in reading order that holds letters (its previous sibling, or its parent's). */
function blockBefore(element: Element): Element | null {
  for (let at: Element | null = element; at; at = at.parentElement) {
    for (let prev = at.previousElementSibling; prev; prev = prev.previousElementSibling) if (/\p{L}/u.test(prev.textContent ?? '')) return prev;
  }
  return null;
}

/**
 * Leaves out the page from the first comment box (and the header just before it) to its end, when the page signs its
 * readers' comments (`comment-signatures`); the document.
 */
export function cutAtCommentSignatures(doc: Document): Document {
  const body = doc.body;
  const all = signatures(body);
  if (!all.length) return doc;
  const articleLetters = letterCount(body.textContent ?? '');
  const first = commentBox(all[0]!, all, body, articleLetters);
  const header = blockBefore(first);
  const headed = !!header && isCommentHeader(header.textContent ?? '');
  if (all.length < 2 && !headed) return doc;
  const from = headed ? header : first;
  const before = doc.createRange();
  before.setStart(body, 0);
  before.setEndBefore(from);
  if (letterCount(before.toString()) < MIN_LETTERS_BEFORE) return doc;
  const after = doc.createRange();
  after.setStartBefore(from);
  after.setEndAfter(body.lastChild!);
  after.deleteContents();
  return doc;
}
