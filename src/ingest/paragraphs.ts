import { JSDOM, VirtualConsole } from 'jsdom';
import { EMBED_ATTRIBUTION, SEPARATOR_LINE, furnitureMark, isMetaMarked, isSocialEmbed, letterCount, trailerAfterRule, trailingSignOffs } from './furniture.js';

/** What screen readers are told about a link ("Opens a new window"), printed inside the sentence by some sites. */
const LINK_ANNOTATION = /^\(?(?:opens?|will open)(?: in)?(?: a)? new (?:window|tab)\)?$|^\(?external (?:link|site)\)?$/i;
/** Unlinked characters a link promo may have besides its link ("Read more:", "See also -"). */
const MAX_PROMO_LABEL = 30;

const BLOCK_TAGS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
  'NAV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'PRE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'HR',
  'BR',
  'ADDRESS',
]);

/** A class word that marks a picture's credit: "credit", "credits", "attribution", "source-via", "image-source". */
const CREDIT_CLASS = /(?:^|[-_\s])(?:credits?|attribution|source[-_]via|(?:image|photo|picture)[-_]source)(?:$|[-_\s])/i;
const CAPTION_CLASS = /(?:^|[-_\s])caption(?:$|[-_\s])/i;
/** A credit is a name or an agency; a longer text under such a class is kept. */
const MAX_CREDIT_CHARS = 80;

/**
 * An element the page marks as a picture's credit by its class ("West Mercia Police" in `<span
 * class="buzz_attribution">`, "Source: Supplied" in `<span class="image-source">`). Readability drops the
 * picture but keeps its credit, which then stands alone between paragraphs, where no text rule can tell a
 * credit from a subhead; the page's markup can. A credit box holding a caption (`<figcaption
 * class="credit"><span class="caption">…`) is not one: its caption is read and its credit inside left out.
 */
export function isMarkedCredit(element: Element): boolean {
  if (!CREDIT_CLASS.test(element.getAttribute('class') ?? '')) return false;
  if (Array.from(element.querySelectorAll('[class]')).some((e) => CAPTION_CLASS.test(e.getAttribute('class') ?? ''))) return false;
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim().length <= MAX_CREDIT_CHARS;
}

/** A class word that marks a title: "embed__headline", "video-title", "media-heading". */
const TITLE_CLASS = /(?:^|[-_\s])(?:headline|title|heading)(?:$|[-_\s])/i;
/** A class word that marks a media player: "is-video", "embed--type-video", "video-player", "clip". */
const VIDEO_CLASS = /(?:^|[-_\s])(?:video|clip|player)(?:$|[-_\s])/i;

/**
 * The title of a clip the page embeds (`<figure class="embed is-video"><figcaption><span class="embed__headline">
 * Day 3: the envoy's opening statement</span>`): Readability drops the player and keeps its title, which then
 * stands between paragraphs exactly like a subhead; the page's markup tells them apart. Only an element marked
 * as a title inside one marked as a player: a picture's caption, and the clip's description, are read.
 */
export function isMarkedMediaTitle(element: Element): boolean {
  const own = element.getAttribute('class') ?? '';
  // A player's title or its length marked in one class (`c-video__title`, `c-video__duration`, `video-title`).
  if (VIDEO_CLASS.test(own) && MEDIA_LABEL_CLASS.test(own)) return true;
  if (!TITLE_CLASS.test(own)) return false;
  for (let up = element.parentElement; up; up = up.parentElement) if (VIDEO_CLASS.test(up.getAttribute('class') ?? '')) return true;
  return false;
}

/** A class word of a player's label: its title or its length. */
const MEDIA_LABEL_CLASS = /(?:^|[-_\s])(?:headline|title|heading|duration|runtime|length)(?:$|[-_\s])/i;

/** A picture's credit is a name or an agency; a longer `<cite>` under a caption is a work's title in the caption's words. */
const MAX_CITED_CREDIT = 80;

/**
 * The credit a caption marks with `<cite>` after its words (`<figcaption><p>The court… <cite>AP Photo/Jane Roe</cite></p>`):
 * HTML's element for a work's source, set at the caption's end, credits the picture. A `<cite>` inside the caption's
 * sentence (a book's title) has the caption's words after it and stays.
 */
export function isCaptionCite(element: Element): boolean {
  if (element.tagName !== 'CITE' || !element.closest('figcaption, figure')) return false;
  const own = (element.textContent ?? '').trim();
  if (!own || own.length > MAX_CITED_CREDIT) return false;
  const caption = element.closest('figcaption') ?? element.closest('figure')!;
  const text = caption.textContent ?? '';
  const at = text.lastIndexOf(own);
  return at >= 0 && !/\p{L}/u.test(text.slice(at + own.length));
}

/** The link an embedded post's network prints after its words: to the post's picture or its page ("pic.twitter.com/…", "https://t.co/…"). */
const POST_LINK_TEXT = /^(?:pic\.twitter\.com\/\S+|https?:\/\/\S+|www\.\S+)$/;

/** A link inside an embedded post whose text is a bare address: the post's own words stay, its link is left out. */
function isPostLink(element: Element, inEmbed: boolean): boolean {
  return inEmbed && element.tagName === 'A' && POST_LINK_TEXT.test((element.textContent ?? '').trim());
}

/**
 * A caption set inline at the start of a paragraph of the story (`<p><span class="caption">Nintendo/Apple</span>
 * Nintendo and Apple shocked …</p>`): read as a paragraph of its own, so that its credit is not glued to the story's
 * first sentence.
 */
function isInlineCaption(element: Element): boolean {
  if (!CAPTION_CLASS.test(element.getAttribute('class') ?? '')) return false;
  let block = element.parentElement;
  while (block && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
  if (block?.tagName !== 'P') return false;
  const text = block.textContent ?? '';
  const own = (element.textContent ?? '').trim();
  const at = text.indexOf(own);
  // It opens the paragraph and the story follows it.
  return at >= 0 && !/\p{L}/u.test(text.slice(0, at)) && /\p{L}/u.test(text.slice(at + own.length));
}

/** A line of the article's metadata (place, day, time, writers) is at most this many words. */
const MAX_META_WORDS = 16;

/** What a block is read from: its text, and how much of it sits in links, italics and marked metadata. */
interface BlockTally {
  text: string;
  linked: number;
  meta: number;
  inEmbed: boolean;
  bullet: boolean;
  /** Characters of a `<time>` element that opens the block, before any other text (0 when none does). */
  openingTime: number;
  heading: boolean;
}

const emptyTally = (): BlockTally => ({ text: '', linked: 0, meta: 0, inEmbed: false, bullet: false, openingTime: 0, heading: false });

/** A live page's update stamp line: a `<time>` opens it and a writer's name of at most this many words follows. */
const MAX_STAMP_NAME_WORDS = 4;

/**
 * A live page's update stamp (`<p><time>21:00</time><mark>Jane Roe</mark></p>`): a block opened by a `<time>` element
 * whose other text is a few words that end no sentence, the writer of the update. A `<time>` alone is left to the
 * passages (a rail's stamps are read there); a block whose words after the stamp make a sentence is an update's text.
 */
function isStampByline(tally: BlockTally, text: string): boolean {
  if (!tally.openingTime) return false;
  const rest = tally.text.replace(/\s+/g, ' ').trim().slice(tally.openingTime).trim();
  return /\p{L}/u.test(rest) && rest.split(' ').length <= MAX_STAMP_NAME_WORDS && !SENTENCE_END.test(text);
}

/** Where a text node sits: in a link, in an element marked as metadata, in an embedded social post. */
interface Context {
  link: boolean;
  meta: boolean;
  embed: boolean;
}

/**
 * Whether a block is furniture by what its text sits in: a link promo (mostly a link with a short label,
 * "Read more: <headline>") or an embedded post's attribution line.
 */
function isLinkPromo(tally: BlockTally, text: string): boolean {
  const unlinked = text.length - tally.linked;
  return tally.linked > 0 && tally.linked >= text.length / 2 && unlinked <= MAX_PROMO_LABEL;
}

function isFurnitureBlock(tally: BlockTally, text: string): boolean {
  if (isLinkPromo(tally, text) || isStampByline(tally, text)) return true;
  return tally.inEmbed && EMBED_ATTRIBUTION.test(text);
}

/** A heading repeats a link promo when it is this many words or more and the promo's text ends with it. */
const MIN_PROMO_HEADING_WORDS = 4;

const foldWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * A heading that is the headline of a story the page links to elsewhere (a live page's entry titled with the
 * headline its "Read more: <headline>" link promotes): the page's words for another article, not this one's.
 */
function repeatsPromo(heading: string, promos: readonly string[]): boolean {
  const words = foldWords(heading);
  return words.split(' ').length >= MIN_PROMO_HEADING_WORDS && promos.some((p) => p === words || p.endsWith(` ${words}`));
}

const SENTENCE_END = /[.!?]["”’]?$/;

/**
 * A line of the article's metadata: at least half of its letters in elements the page marks as a stamp,
 * dateline or byline (`<span class="location">JAKARTA</span> <span class="timestamp">Tue Dec 30, 2014</span>`;
 * the place beside the stamp is often unmarked), short and no sentence.
 */
function isMetaLine(tally: BlockTally, text: string): boolean {
  const letters = letterCount(text);
  return letters > 0 && tally.meta >= letters / 2 && text.split(' ').length <= MAX_META_WORDS && !SENTENCE_END.test(text);
}

/**
 * The head's stamp lines are left out: those before the story's first sentence (a paragraph of six words or more
 * that ends one). Stamps further down belong to teasers of other stories, whose rail the passages read whole.
 */
function withoutHeadStamps(blocks: readonly { text: string; meta: boolean }[]): string[] {
  const first = blocks.findIndex((b) => !b.meta && SENTENCE_END.test(b.text) && b.text.split(' ').length >= 6);
  return blocks.filter((b, i) => !(b.meta && i < first)).map((b) => b.text);
}

/** A rule the page draws between blocks (an `<hr>`, a line of dashes), kept as an empty block until trailers are read. */
const SEPARATOR = { text: '', meta: false };

/** The nearest block an inline element sits in holds nothing but it: the element is that block's whole text. */
function isWholeBlock(element: Element): boolean {
  if (BLOCK_TAGS.has(element.tagName)) return true;
  let block = element.parentElement;
  while (block && !BLOCK_TAGS.has(block.tagName)) block = block.parentElement;
  const own = (element.textContent ?? '').replace(/[\s\p{P}]+/gu, '');
  return !!block && own.length > 0 && (block.textContent ?? '').replace(/[\s\p{P}]+/gu, '') === own;
}

/**
 * Readability's cleaned HTML -> paragraphs of plain text. Whitespace inside a
 * block is insignificant in HTML, so it is collapsed; list items keep a bullet
 * so link lists are recognised as chrome downstream. What the page's markup
 * marks as furniture (furniture.ts) and the blocks that are furniture by what
 * their text sits in or by their place at the end are left out.
 */
export function paragraphsOf(contentHtml: string): string[] {
  const doc = new JSDOM(`<body>${contentHtml}</body>`, { virtualConsole: new VirtualConsole() }).window.document;
  const articleLetters = letterCount(doc.body.textContent ?? '');
  const blocks: { text: string; meta: boolean; heading?: boolean }[] = [];
  const promos: string[] = [];
  let tally = emptyTally();
  const flush = () => {
    const text = tally.text.replace(/\s+/g, ' ').trim();
    if (/\p{L}|\p{N}/u.test(text) && !isFurnitureBlock(tally, text)) {
      blocks.push({ text: tally.bullet ? `- ${text}` : text, meta: isMetaLine(tally, text), heading: tally.heading });
    } else if (SEPARATOR_LINE.test(text)) blocks.push(SEPARATOR);
    if (isLinkPromo(tally, text)) promos.push(foldWords(text));
    tally = emptyTally();
  };
  const walk = (node: Node, at: Context) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        tally.text += text;
        if (at.link) tally.linked += text.replace(/\s+/g, ' ').trim().length;
        if (at.meta) tally.meta += letterCount(text);
        if (at.embed) tally.inEmbed = true;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        const tag = element.tagName;
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') continue;
        if (at.link && LINK_ANNOTATION.test((element.textContent ?? '').trim())) continue;
        if (isMarkedCredit(element) || isMarkedMediaTitle(element) || isCaptionCite(element) || isPostLink(element, at.embed)) continue;
        if (furnitureMark(element, () => isWholeBlock(element), articleLetters)) continue;
        if (tag === 'HR') {
          flush();
          blocks.push(SEPARATOR);
          continue;
        }
        const block = BLOCK_TAGS.has(tag) || isInlineCaption(element);
        if (block) flush();
        if (tag === 'LI') tally.bullet = true;
        if (/^H[2-6]$/.test(tag)) tally.heading = true;
        if (tag === 'TIME' && !/\p{L}|\p{N}/u.test(tally.text)) tally.openingTime = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
        walk(element, {
          link: at.link || tag === 'A',
          meta: at.meta || isMetaMarked(element, articleLetters),
          embed: at.embed || isSocialEmbed(element),
        });
        if (block) flush();
      }
    }
  };
  walk(doc.body, { link: false, meta: false, embed: false });
  flush();
  // Separators are kept as empty blocks until the trailer they set off is read, then left out.
  const withRules = withoutHeadStamps(blocks.filter((b) => !(b.heading && repeatsPromo(b.text, promos))));
  const kept = withRules.slice(0, withRules.length - trailerAfterRule(withRules)).filter(Boolean);
  return kept.slice(0, kept.length - trailingSignOffs(kept));
}
