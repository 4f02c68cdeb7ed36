import { JSDOM, VirtualConsole } from 'jsdom';
import {
  EMBED_ATTRIBUTION,
  SEPARATOR_LINE,
  furnitureMark,
  isMetaMarked,
  markTokens,
  isSocialEmbed,
  letterCount,
  trailerAfterRule,
  trailingSignOffs,
} from './furniture.js';
import { cutAtCommentSignatures } from './commentSignatures.js';
import { orphanLabels } from './orphanLabels.js';
import { afterStoryContainer } from './storyContainer.js';
import { teaserCards } from './teaserCards.js';

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

/** A caption's credit line is at most this many words: a name or an agency. */
const MAX_CREDIT_LINE_WORDS = 5;

/**
 * The credit a caption sets on its first line, apart from its words by a line break (`<figcaption><span>The Daily
 * Record</span><br>The leaders of seven parties …</figcaption>`): a few words and no sentence, before the caption's
 * sentence. A caption whose first line is a sentence, or that has no sentence after the break, is read whole.
 */
export function isCaptionHeadCredit(element: Element): boolean {
  const caption = element.parentElement;
  if (caption?.tagName !== 'FIGCAPTION' || BLOCK_TAGS.has(element.tagName)) return false;
  let next = element.nextSibling;
  while (next && next.nodeType === 3 && !(next.nodeValue ?? '').trim()) next = next.nextSibling;
  if ((next as Element | null)?.tagName !== 'BR') return false;
  const own = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const full = (caption.textContent ?? '').replace(/\s+/g, ' ').trim();
  const rest = full.slice(full.indexOf(own) + own.length).trim();
  return (
    full.startsWith(own) &&
    /\p{L}/u.test(own) &&
    own.split(' ').length <= MAX_CREDIT_LINE_WORDS &&
    !SENTENCE_END.test(own) &&
    SENTENCE_END.test(rest) &&
    rest.split(' ').length >= MIN_CAPTION_WORDS
  );
}

/** The caption's words after a credit line make a sentence of at least this many words. */
const MIN_CAPTION_WORDS = 6;

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
  /** The block holds a link to the page's own comments (`href="#comments"`). */
  commentsLink: boolean;
}

const emptyTally = (): BlockTally => ({ text: '', linked: 0, meta: 0, inEmbed: false, bullet: false, openingTime: 0, heading: false, commentsLink: false });

/** A link to the page's own comments: `#comments`, `#comments-area`, WordPress's `#respond`, Disqus's `#disqus_thread`. */
const COMMENTS_ANCHOR = /#(?:comments?|respond|disqus)(?:[-_]\w*)?$/i;

/**
 * The article's metadata line, told by its link to the page's comments: the writer, the section, the stamp and the
 * count of comments in one line ("By Jane Roe, in News · 31 Jan 2025, 20:02 · 0 Comments", "Go to comments: 0
 * posted"). Short and no sentence: a paragraph of the story that links to the comments ends a sentence or runs long.
 */
function isCommentsMetaLine(tally: BlockTally, text: string): boolean {
  return tally.commentsLink && text.split(' ').length <= MAX_META_WORDS && !SENTENCE_END.test(text);
}

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
  if (isLinkPromo(tally, text) || isStampByline(tally, text) || isCommentsMetaLine(tally, text)) return true;
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

/** A block of the article as `paragraphsOf` reads it; `linksAfter` counts the link promos left out right after it. */
interface Block {
  text: string;
  meta: boolean;
  heading?: boolean;
  linksAfter?: number;
  /** The element the block was read from (the innermost one open when it ended), for `after-story-container`. */
  element?: Element;
}

/** A link promo left out: its words kept to compare headings with, and counted under the block it follows (`list-label`). */
function noteLinkPromo(blocks: Block[], promos: string[], text: string): void {
  promos.push(foldWords(text));
  const last = blocks.at(-1);
  if (last && last !== SEPARATOR) last.linksAfter = (last.linksAfter ?? 0) + 1;
}

/** A list's label is at most this many words, and heads at least this many links the ingest left out. */
const LIST_LABEL = { words: 5, links: 2 };

/**
 * `list-label`: the label of a list of links, left alone when its links go (branch chrome11): a heading or a few words
 * ending in a colon ("Past sports :", "Services", "Blogs:"), followed by two links or more that the ingest leaves
 * out as link promos (an archive's months, a rail's headlines, a service's links) before any block is kept. A
 * subhead of the story is followed by the story's paragraphs; a sentence that introduces a list ends a sentence or runs long.
 */
function isListLabel(block: Block): boolean {
  if ((block.linksAfter ?? 0) < LIST_LABEL.links) return false;
  const words = block.text.replace(/^- /, '').split(' ');
  return words.length <= LIST_LABEL.words && (block.heading === true || /:$/.test(block.text)) && !/[.!?]["”’]?$/.test(block.text);
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

/** The page's own `<article>` element holds the story when it holds at least this share of the letters Readability kept. */
const MIN_STORY_SHARE = 2 / 3;

/**
 * The element the page declares as its article (`<article>`, not nested in another), when it holds most of what
 * Readability kept: Readability often keeps the article's parent, and with it what the page sets after the article
 * (a support appeal, the comment box, cards of other articles, each itself an `<article>`). Null when the page
 * declares none, or when its largest holds too little to be the story (a live page's updates, each an `<article>`).
 */
function storyElement(body: Element, articleLetters: number): Element | null {
  const outer = Array.from(body.querySelectorAll('article')).filter((a) => !a.parentElement?.closest('article'));
  let best: Element | null = null;
  let bestLetters = 0;
  for (const a of outer) {
    const letters = letterCount(a.textContent ?? '');
    if (letters > bestLetters) [best, bestLetters] = [a, letters];
  }
  return best && bestLetters >= articleLetters * MIN_STORY_SHARE ? best : null;
}

/** The element comes after the story element in the page and outside it. */
function isAfter(element: Element, story: Element): boolean {
  return !!(story.compareDocumentPosition(element) & 4) && !story.contains(element) && !element.contains(story);
}

/** Class words of a media player: `player-placeholder-ui-container`, `video-card`, `PlayButton`. */
const PLAYER_WORDS = ['player', 'video', 'clip', 'audio', 'play'];

/**
 * A player the marks left out (its card a control, `role="button"`): the caption set beside it
 * (`<span class="media-caption">`) describes the clip, which the page does not show as text, and goes with it. A
 * picture's caption, beside a picture, stays.
 */
function isPlayer(element: Element): boolean {
  return markTokens(element).some((t) => PLAYER_WORDS.includes(t));
}

/** A player Readability kept without any text (`<p class="VideoEnhancement-player"><iframe …>`): the clip itself. */
function isEmptyPlayer(element: Element): boolean {
  return isPlayer(element) && !/\p{L}/u.test(element.textContent ?? '') && !!element.querySelector('iframe, video, audio, object, embed');
}

/** A clip's label beside its player is at most this many words: "Video: Title of the clip". */
const MAX_PLAYER_LABEL_WORDS = 14;

/**
 * The line set just after a player (one the marks left out, or one with no text): the clip's caption
 * (`media-caption`) or its title ("Video: Migrants protest in Tijuana"), which describe a recording the page does not
 * print. A heading (the story's next section) and a sentence that is not marked as a caption stay.
 */
function isPlayerLabel(element: Element): boolean {
  if (CAPTION_CLASS.test(element.getAttribute('class') ?? '')) return true;
  if (/^H[1-6]$/.test(element.tagName)) return false;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return /\p{L}/u.test(text) && text.split(' ').length <= MAX_PLAYER_LABEL_WORDS && !SENTENCE_END.test(text);
}

/** A copy of a box the marks left out is this many words or more (a short label may repeat by chance). */
const MIN_COPY_WORDS = 5;

/** The folded texts of an element's blocks (its paragraphs and headings, or itself), as `isCopyOfLeftOut` compares them. */
function blockTexts(element: Element): string[] {
  const parts = Array.from(element.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li'));
  return [element, ...parts].map((e) => foldWords(e.textContent ?? '')).filter((t) => t.split(' ').length >= MIN_COPY_WORDS);
}

/**
 * An element that repeats, word for word, a block of the element just before it that the marks left out: the same
 * box printed a second time for another screen (`subtitle-desktop` in a logo box, `subtitle-mobile` beside it), only
 * one of which carries the mark. Only a sibling: a teaser elsewhere that copies the story's first sentence leaves it be.
 */
function isCopyOfLeftOut(element: Element, besideLeftOut: readonly string[]): boolean {
  if (!besideLeftOut.length) return false;
  const words = foldWords(element.textContent ?? '');
  return words.split(' ').length >= MIN_COPY_WORDS && besideLeftOut.includes(words);
}

/** The words of an anchor's target name that mark the comment section: `<a name="commentSection">`, `<a id="comments">`. */
const COMMENT_ANCHOR_WORDS = ['comment', 'comments', 'talkback', 'respond'];
/** Letters of the story before a comment anchor (an article's least, MIN_ARTICLE_LETTERS): an anchor in the article's head opens nothing. */
const MIN_LETTERS_BEFORE_COMMENTS = 300;

/**
 * The anchor a page sets where its reader comments begin (`<a name="commentSection"></a><b>Comments are now closed …</b>`,
 * then each reader's name and words): an empty link that is only a target, named for the comments. What follows it
 * in the page is the readers', not the publisher's; an anchor before the story's text opens nothing.
 */
function isCommentsAnchor(element: Element): boolean {
  if (element.hasAttribute('href') || /\p{L}/u.test(element.textContent ?? '')) return false;
  const target = `${element.getAttribute('name') ?? ''} ${element.getAttribute('id') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/);
  return target.some((w) => COMMENT_ANCHOR_WORDS.includes(w));
}

/** Leaves out the page from the first comment anchor that follows the story's text (`isCommentsAnchor`) to its end; the document. */
function cutAtCommentsAnchor(doc: Document): Document {
  for (const anchor of Array.from(doc.body.querySelectorAll('a[name], a[id]'))) {
    if (!isCommentsAnchor(anchor)) continue;
    const before = doc.createRange();
    before.setStart(doc.body, 0);
    before.setEndBefore(anchor);
    if (letterCount(before.toString()) < MIN_LETTERS_BEFORE_COMMENTS) continue;
    const after = doc.createRange();
    after.setStartBefore(anchor);
    after.setEndAfter(doc.body.lastChild!);
    after.deleteContents();
    break;
  }
  return doc;
}

/** What an element's own markup leaves out, whatever the marks say: a script, a link's note to screen readers, a credit, a player's title, a post's bare link. */
function isLeftOutItself(element: Element, at: Context): boolean {
  const tag = element.tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return true;
  if (at.link && LINK_ANNOTATION.test((element.textContent ?? '').trim())) return true;
  return isMarkedCredit(element) || isMarkedMediaTitle(element) || isCaptionCite(element) || isCaptionHeadCredit(element) || isPostLink(element, at.embed);
}

/** Notes on the block being read what an element tells of it: a link to the comments, a list item, a heading, a `<time>` that opens it. */
function noteElement(tally: BlockTally, element: Element): void {
  const tag = element.tagName;
  if (tag === 'A' && COMMENTS_ANCHOR.test(element.getAttribute('href') ?? '')) tally.commentsLink = true;
  if (tag === 'LI') tally.bullet = true;
  if (/^H[2-6]$/.test(tag)) tally.heading = true;
  if (tag === 'TIME' && !/\p{L}|\p{N}/u.test(tally.text)) tally.openingTime = (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
}

/**
 * Readability's cleaned HTML -> paragraphs of plain text. Whitespace inside a
 * block is insignificant in HTML, so it is collapsed; list items keep a bullet
 * so link lists are recognised as chrome downstream. What the page's markup
 * marks as furniture (furniture.ts) and the blocks that are furniture by what
 * their text sits in or by their place at the end are left out.
 */
export function paragraphsOf(contentHtml: string): string[] {
  // Reader comments run from a comments anchor, or from the first box a reader signed (`comment-signatures`), to the page's end.
  const doc = cutAtCommentSignatures(cutAtCommentsAnchor(new JSDOM(`<body>${contentHtml}</body>`, { virtualConsole: new VirtualConsole() }).window.document));
  const articleLetters = letterCount(doc.body.textContent ?? '');
  // The story's own element, and the cards of a rail beside it (`teaser-cards`): what lies after the one and in the other is left out.
  const [story, cards] = [storyElement(doc.body, articleLetters), teaserCards(doc.body, articleLetters)];
  const blocks: Block[] = [];
  const promos: string[] = [];
  let tally = emptyTally();
  // A block is placed in the page by the element it ends in: a block element, or the one whose loose text it is.
  const flush = (element: Element) => {
    const text = tally.text.replace(/\s+/g, ' ').trim();
    if (/\p{L}|\p{N}/u.test(text) && !isFurnitureBlock(tally, text)) {
      blocks.push({ text: tally.bullet ? `- ${text}` : text, meta: isMetaLine(tally, text), heading: tally.heading, element });
    } else if (SEPARATOR_LINE.test(text)) blocks.push(SEPARATOR);
    if (isLinkPromo(tally, text)) noteLinkPromo(blocks, promos, text);
    tally = emptyTally();
  };
  const walk = (node: Node, at: Context) => {
    // The blocks of the element just before this one, when the marks left it out (a box printed again beside it is read against them).
    let besideLeftOut: string[] = [];
    // Whether the element just before this one is a player the marks left out (a caption beside it describes the clip).
    let besidePlayer = false;
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
        if (isLeftOutItself(element, at) || (story && isAfter(element, story)) || cards.has(element)) continue;
        if (furnitureMark(element, () => isWholeBlock(element), articleLetters)) {
          besideLeftOut = blockTexts(element);
          besidePlayer = isPlayer(element);
          continue;
        }
        if (isCopyOfLeftOut(element, besideLeftOut) || (besidePlayer && isPlayerLabel(element))) continue;
        besideLeftOut = [];
        besidePlayer = isEmptyPlayer(element);
        if (tag === 'HR') {
          flush(node as Element);
          blocks.push(SEPARATOR);
          continue;
        }
        const block = BLOCK_TAGS.has(tag) || isInlineCaption(element);
        if (block) flush(node as Element);
        noteElement(tally, element);
        walk(element, {
          link: at.link || tag === 'A',
          meta: at.meta || isMetaMarked(element, articleLetters),
          embed: at.embed || isSocialEmbed(element),
        });
        if (block) flush(element);
      }
    }
  };
  walk(doc.body, { link: false, meta: false, embed: false });
  flush(doc.body);
  return keptBlocks(blocks, promos);
}

/** The blocks read -> the paragraphs kept: what is furniture by its place among the others is left out. */
function keptBlocks(blocks: readonly Block[], promos: readonly string[]): string[] {
  // `after-story-container` (storyContainer.ts): the boxes the page sets after the story's own element.
  const furniture = afterStoryContainer(blocks);
  const stays = (b: Block) => !furniture.has(b) && !(b.heading && repeatsPromo(b.text, promos)) && !isListLabel(b);
  // `orphan-label` (orphanLabels.ts): a short label whose box's other text was left out.
  const orphans = orphanLabels(blocks, stays);
  // Separators are kept as empty blocks until the trailer they set off is read, then left out.
  const withRules = withoutHeadStamps(blocks.filter((b) => stays(b) && !orphans.has(b)));
  const kept = withRules.slice(0, withRules.length - trailerAfterRule(withRules)).filter(Boolean);
  return kept.slice(0, kept.length - trailingSignOffs(kept));
}
