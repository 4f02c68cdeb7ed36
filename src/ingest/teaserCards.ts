import { letterCount } from './furniture.js';

/**
 * `teaser-cards`: a rail of other stories that carries no header and no mark a furniture rule reads (branch chrome11).
 * Old news pages print their promotions as cards in a row: each card a small picture and a line or two of standfirst
 * ("Are you irritable when you return from work? … You could be suffering from boreout"), its headline a link the
 * ingest already leaves out. Readability keeps the cards when they share a parent with the story, and their
 * standfirsts then stand between the paragraphs like sentences of the story; the markup tells them apart: the same
 * box repeated. A card is an element (never a paragraph, a heading or an inline element) holding a picture and a few
 * words; a rail is a run of cards in a row that are siblings of one tag and one class. A story's paragraphs are
 * siblings of their own, not each wrapped in a box with a picture; a picture's caption (a `figcaption`, a class
 * `caption`) is read as a caption.
 */

/** How many cards in a row make a rail, and how many words a card holds at most and at least (a standfirst, not a story). */
const CARD = { run: 3, maxWords: 40, minWords: 3 };

/** A rail holds at most this share of the article's letters: what holds more is the story. */
const MAX_RAIL_SHARE = 0.25;

/** Elements that are never a card: a paragraph or a heading is the story's block; inline elements sit inside one. */
const NOT_CARD = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'FIGURE',
  'FIGCAPTION',
  'A',
  'SPAN',
  'IMG',
  'BR',
  'B',
  'STRONG',
  'EM',
  'I',
  'FONT',
  'BLOCKQUOTE',
]);

const wordCount = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => /\p{L}/u.test(w)).length;

function isCard(element: Element): boolean {
  if (NOT_CARD.has(element.tagName) || !element.querySelector('img')) return false;
  if (element.querySelector('figcaption, [class*="caption"]')) return false;
  const words = wordCount(element.textContent ?? '');
  return words >= CARD.minWords && words <= CARD.maxWords;
}

const sameBox = (a: Element, b: Element) => a.tagName === b.tagName && (a.getAttribute('class') ?? '') === (b.getAttribute('class') ?? '');

/** The cards of every rail in `body`: runs of CARD.run or more sibling cards of one tag and class, small beside the article. */
export function teaserCards(body: Element, articleLetters: number): Set<Element> {
  const cards = new Set<Element>();
  for (const parent of [body, ...Array.from(body.querySelectorAll('*'))]) {
    let run: Element[] = [];
    const close = () => {
      if (run.length >= CARD.run && letterCount(run.map((c) => c.textContent ?? '').join(' ')) <= articleLetters * MAX_RAIL_SHARE) {
        for (const card of run) cards.add(card);
      }
      run = [];
    };
    for (const child of Array.from(parent.children)) {
      if (!isCard(child)) {
        close();
        continue;
      }
      if (run.length && !sameBox(run[0]!, child)) close();
      run.push(child);
    }
    close();
  }
  return cards;
}
