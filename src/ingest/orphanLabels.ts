import { letterCount } from './furniture.js';
import { isStorySentence, type PlacedBlock } from './storyContainer.js';

/**
 * `orphan-label` (branch chrome15): the label of a box whose other text the ingest left out. A widget prints a title
 * over its contents ("Today's Gazette" over a list of links, "Newsletter" over a sign-up form, "Latest:" over a rail
 * of headlines); the links, the form or the advertisement go (link promos, the page's furniture marks), and the title
 * is left standing between the story's paragraphs, where no text rule can tell it from a subhead. The page's markup
 * can: the label's own box holds more text than the label, and none of that text was kept. A subhead of the story
 * sits in the story's box beside its paragraphs (kept), or alone in a wrapper of its own (no other text); a caption's
 * words beside its credit and a table's cell beside a linked one are read as the picture's and the table's, and stay.
 *
 * Only a short line (at most MAX_LABEL_WORDS words, no sentence) after the story's first sentence: what stands before
 * it (a headline, a section's name, a stamp) is read by other rules. Chosen on the L3S-GN1 development pages' human
 * block labels: docs/evaluation.md, the chrome15 section.
 */

/** A widget's label is at most this many words ("Most Popular", "More from Business", "Sign up for alerts:"). */
const MAX_LABEL_WORDS = 5;

/** The nearest element around the block that holds letters besides the block's own: the box the block labels. */
function boxOf(element: Element, letters: number): Element | null {
  for (let up = element.parentElement; up; up = up.parentElement) if (letterCount(up.textContent ?? '') > letters) return up;
  return null;
}

/** The blocks `orphan-label` leaves out; `kept` says which blocks stay so far (a box's other blocks, read against it). */
export function orphanLabels<B extends PlacedBlock>(blocks: readonly B[], kept: (b: B) => boolean): Set<B> {
  const out = new Set<B>();
  const first = blocks.findIndex((b) => b.element && isStorySentence(b.text));
  if (first < 0) return out;
  for (let i = first + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.element || !kept(b) || isStorySentence(b.text) || /[.!?]["”’]?$/.test(b.text) || b.text.split(' ').length > MAX_LABEL_WORDS) continue;
    // The block's element holds more than its text (a box read as loose text): the box is the element itself, which the rule does not judge.
    const own = letterCount(b.text);
    if (letterCount(b.element.textContent ?? '') > own) continue;
    // A caption's words beside a credit, and a table's cell beside a linked one (a row of results), are the picture's and the table's.
    if (b.element.closest('figure, figcaption')) continue;
    const box = boxOf(b.element, own);
    if (!box || box.ownerDocument.body === box || box.tagName === 'TR') continue;
    if (blocks.some((other) => other !== b && other.element && kept(other) && box.contains(other.element))) continue;
    out.add(b);
  }
  return out;
}
