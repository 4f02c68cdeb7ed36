/**
 * `after-story-container` (branch chrome14): the story's paragraphs sit together in one element of the page, its
 * container; what the page sets after that container and outside it, in boxes of its own, is the page's furniture
 * around the story (a rail's labels "Multimedia", "Photo Gallery", "Top Local Sports", "PDF: NFL capsules", a poll's
 * options, "partners", "login"). Read by structure, as boilerplate detection reads a page (Kohlschütter, Fankhauser and
 * Nejdl 2010, whose L3S-GN1 collection it was chosen on; link density, their strongest feature, is already spent here:
 * Readability and the ingest's link promos leave out the blocks that are mostly links). The container is the deepest
 * element holding at least half of the letters of the story's sentences; a block after it and outside it goes when it
 * is no sentence of the story's kind and the branch of the page it sits in holds no such sentence either.
 *
 * What stays: every block inside the container (a subhead, a short line of the story), whatever comes before it (a
 * headline, a standfirst, a dateline: other rules read those), a sentence of six words or more anywhere, and a short
 * line in a branch that also holds sentences (the story continued in a second box after an advertisement, its
 * subheads with it; a rail of teasers with their standfirsts, which the passages' teaser rules read).
 *
 * Measured on the L3S-GN1 development pages' human block labels (never the reserved or eval ones) and on the readable
 * splits: docs/evaluation.md, the chrome14 section.
 */

/** A block as the rule reads it: its text, and the element it was read from (none for a separator). */
export interface PlacedBlock {
  text: string;
  element?: Element | undefined;
}

/** A paragraph of the story's kind: this many words or more, ending a sentence (as `withoutHeadStamps` reads the story's first). */
const MIN_SENTENCE_WORDS = 6;
const SENTENCE_END = /[.!?]["”’]?$/;

export function isStorySentence(text: string): boolean {
  return SENTENCE_END.test(text) && text.split(' ').length >= MIN_SENTENCE_WORDS;
}

/** The container holds at least this share of the letters of the story's sentences: the deepest element that does. */
const CONTAINER_SHARE = 0.5;

/**
 * The story's container: the deepest element holding at least CONTAINER_SHARE of the letters of the story's sentences
 * (a page that wraps each paragraph in an element of its own has them all in the wrapper's parent).
 */
function storyContainer(blocks: readonly PlacedBlock[]): Element | null {
  const letters = new Map<Element, number>();
  let total = 0;
  for (const b of blocks) {
    if (!b.element || !isStorySentence(b.text)) continue;
    total += b.text.length;
    for (let e = b.element.parentElement; e; e = e.parentElement) letters.set(e, (letters.get(e) ?? 0) + b.text.length);
  }
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [e, n] of letters) {
    if (n < total * CONTAINER_SHARE) continue;
    let depth = 0;
    for (let up = e.parentElement; up; up = up.parentElement) depth++;
    if (depth > bestDepth) [best, bestDepth] = [e, depth];
  }
  return best;
}

/** The element under the common ancestor of `a` and `b` that holds `b`: the branch of the page `b` sits in, seen from `a`. */
function branchOf(a: Element, b: Element): Element {
  let branch = b;
  while (branch.parentElement && !branch.parentElement.contains(a)) branch = branch.parentElement;
  return branch;
}

/** The blocks `after-story-container` leaves out, in the order given (document order). */
export function afterStoryContainer(blocks: readonly PlacedBlock[]): Set<PlacedBlock> {
  const out = new Set<PlacedBlock>();
  const container = storyContainer(blocks);
  if (!container) return out;
  const sentences = blocks.filter((b) => b.element && isStorySentence(b.text));
  let last = -1;
  blocks.forEach((b, i) => {
    if (b.element && container.contains(b.element)) last = i;
  });
  for (let i = last + 1; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!b.element || container.contains(b.element) || isStorySentence(b.text)) continue;
    // The branch of the page it sits in holds a sentence of the story's kind: the story continued, or a teaser's text, and its lines stay.
    const branch = branchOf(container, b.element);
    if (sentences.some((s) => branch.contains(s.element!))) continue;
    out.add(b);
  }
  return out;
}
