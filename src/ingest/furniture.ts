/**
 * Page furniture told by the page's markup and structure, not by its words: what a site marks as a share
 * bar, a rail of other stories, a pitch, a paywall, an author box or a stamp keeps its marks when Readability
 * keeps the element, and those marks are the same words on every site (they are written for the site's own
 * stylesheet, not for readers). Each rule is data: a name, its reason, and the marks it reads.
 *
 * A mark is read as furniture only on an element that is a block of its own (never a span inside a sentence)
 * and that holds a small share of the article's letters: a wrapper whose class happens to say `tag-news` or
 * `author-jroe` (WordPress writes the post's tags and author into the article's own class) holds the story.
 */

export interface FurnitureMark {
  name: string;
  reason: string;
  /** Element names (upper case) that are furniture whatever their class. */
  tags?: readonly string[];
  /** ARIA roles that are furniture. */
  roles?: readonly string[];
  /** Whole words of the element's class or id (split at `-`, `_`, spaces and camelCase), lower case. */
  tokens?: readonly string[];
  /** `itemprop` values that are furniture. */
  itemprops?: readonly string[];
  /** All of these groups must each have one token in the element's class or id (a compound mark: `chart-src`). */
  allOf?: readonly (readonly string[])[];
  /** Whole class names (lower case), or class-name endings when they open with `--` (a BEM modifier: `c-signin--hide`). */
  classes?: readonly string[];
  /** A class name that undoes the mark (a class that shows the element again on some screens: `d-md-block`). */
  undoneBy?: RegExp;
  /** Elements (upper case) the mark is not read inside. */
  outside?: readonly string[];
}

export const FURNITURE_MARKS: readonly FurnitureMark[] = [
  {
    name: 'form-controls',
    reason: 'a form, its buttons and fields are the page talking to the reader (sign-up, search, comment boxes), never the reporting',
    tags: ['FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'LABEL'],
    // A box the page marks as its forms (`<div class="forms">`): the sign-up, send-to-friend or blog forms' text without the form element.
    tokens: ['form', 'forms'],
  },
  {
    name: 'furniture-element',
    reason: 'the elements HTML names for navigation, asides and footers hold what is around the article, not in it',
    tags: ['NAV', 'ASIDE', 'FOOTER'],
  },
  {
    name: 'media-fallback',
    reason:
      'what a <video> or <audio> element holds is its fallback, shown only by a browser that cannot play it ("To view this video please enable JavaScript …"), never the reporting',
    tags: ['VIDEO', 'AUDIO'],
  },
  {
    name: 'player-controls',
    reason:
      "a web video player's own interface, marked by its library's class prefix (JW Player's `jw-`, Video.js's `vjs-`, MediaElement's `mejs-`, YouTube's `ytp-`, Plyr's `plyr`), prints its buttons, menus, timers and keyboard shortcuts as text (\"Seek Forward\", \"Loading ad\", \"0 seconds of 10 minutes\"), never the reporting",
    // The prefixes are the libraries' namespaces, the same on every site that embeds them; a story's own box never carries them.
    tokens: ['jw', 'jwplayer', 'vjs', 'mejs', 'ytp', 'plyr'],
  },
  {
    name: 'landmark-role',
    reason: 'an element the page declares to assistive technology as navigation, a complementary box, a banner or the page footer is not the article',
    roles: ['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'menu', 'menubar', 'toolbar', 'dialog'],
  },
  {
    name: 'share-bar',
    reason: 'a box the page marks as sharing or social buttons holds the buttons and their counts',
    // An `actions` bar (`article-actions`, `#actions`) holds the page's buttons: share, print, send to a friend, add to a blog.
    tokens: ['share', 'sharing', 'sharebar', 'sharetools', 'social', 'actions'],
  },
  {
    name: 'story-rail',
    reason: 'a box the page marks as related, recommended or trending stories lists other articles',
    // A `rail` (`rail--classic`, `story-rail`) is the trade's word for a column or strip of other stories.
    tokens: ['related', 'recirc', 'recirculation', 'trending', 'recommended', 'outbrain', 'taboola', 'rail'],
    // `c-more-articles`, `c-partner-articles`, `c-top-articles`, `other-stories`: a list of more articles, named as such.
    allOf: [
      ['more', 'other', 'top', 'partner', 'partners'],
      ['articles', 'stories', 'headlines'],
    ],
  },
  {
    name: 'pitch-box',
    reason: 'a box the page marks as a newsletter, subscription, paywall or call to action sells to the reader',
    tokens: [
      'newsletter',
      'signup',
      'subscribe',
      'subscription',
      'paywall',
      'regwall',
      'restricted',
      'promo',
      'promotion',
      // A sign-in or registration box, a push-notification offer: the page asking the reader to sign up.
      'signin',
      'login',
      'register',
      'registration',
      'notification',
      'notifications',
    ],
  },
  {
    name: 'call-to-action',
    reason:
      "a box the page marks as a call to action or a donation appeal (`cta-support`, `donate-box`) asks the reader to act; inside a picture's frame it is the picture's own control, which the passages read with the caption it prints",
    tokens: ['cta', 'donate', 'donation', 'donations'],
    outside: ['FIGURE'],
  },
  {
    name: 'advert',
    reason: 'a box the page marks as an advertisement or sponsored content is not the publisher reporting',
    tokens: ['ad', 'ads', 'advert', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'interstitial', 'dfp'],
  },
  {
    name: 'reader-comments',
    reason: "a box the page marks as comments holds readers' words, not the publisher's",
    tokens: ['comment', 'comments', 'disqus'],
  },
  {
    name: 'author-box',
    reason: "a box the page marks as the byline or the writer's biography says who wrote the story, not what happened",
    // An endnote box (`author-endnote-container`) holds the writer's note and the house disclaimer under an opinion column.
    tokens: ['byline', 'bio', 'biography', 'contributor', 'contributors', 'endnote', 'endnotes'],
    // `tdb-author-box`, `author-info`, `about-the-author`: the writer's box, named as such (`author` alone marks a byline's name, read in the head).
    allOf: [
      ['author', 'authors', 'writer'],
      ['box', 'info', 'card', 'about', 'profile', 'details', 'description'],
    ],
  },
  {
    name: 'fact-box',
    reason:
      "a box the page marks as an infobox or factbox sits beside the story: a list of explainers and links, a profile's birth dates, never the reporting of what happened",
    tokens: ['infobox', 'factbox', 'factfile'],
  },
  {
    name: 'control',
    reason:
      'an element the page declares (role=button) or styles as a button (`btn`, `PlayButton`) is a control: its text is what pressing it does ("watch now", "Read comments") or a player\'s card, never the reporting',
    roles: ['button'],
    tokens: ['btn', 'button'],
  },
  {
    name: 'site-logo',
    reason: "an element the page marks as its logo or brand holds the site's name and slogan, not the reporting",
    tokens: ['logo', 'logotype', 'masthead'],
  },
  {
    name: 'page-notes',
    reason: 'a disclaimer, tag list, breadcrumb or pagination the page marks as such is about the page, not the news',
    tokens: ['disclaimer', 'tags', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'toolbar', 'menu'],
  },
  {
    name: 'section-label',
    reason: "the section or kicker label above a headline (schema.org's articleSection, a kicker, an eyebrow) names the site's section, not the news",
    // A label box in the article's head (`c-article-labels-container`, `text-label`) prints the section ("Opinion").
    tokens: ['kicker', 'eyebrow', 'rubric', 'label', 'labels'],
    itemprops: ['articleSection'],
  },
  {
    name: 'graphic-source',
    reason: "a chart's or a graphic's source and notes, marked as such, credit the data under a picture Readability dropped",
    allOf: [
      ['chart', 'graphic', 'graphics', 'infographic', 'datawrapper'],
      ['src', 'source', 'sources', 'note', 'notes', 'credit'],
    ],
  },
  {
    name: 'hidden-by-class',
    reason:
      'a utility class that hides an element from the screen (d-none, hidden, sr-only, a --hide modifier) keeps it from every sighted reader: print-only notes, screen-reader labels, boxes shown on some condition',
    classes: [
      'hidden',
      'hide',
      'invisible',
      'is-hidden',
      'u-hidden',
      'js-hidden',
      'd-none',
      'display-none',
      'visually-hidden',
      'sr-only',
      'screen-reader-text',
      'screen-reader-only',
      'print-only',
      'visible-print',
      'visible-print-block',
      '--hide',
      '--hidden',
    ],
    // Bootstrap's `d-none d-md-block`, Tailwind's `hidden md:block`, Bootstrap 3's `visible-lg`: hidden on small screens only, shown on others.
    undoneBy: /^(?:d-(?:sm|md|lg|xl|xxl)-(?!none)[a-z]|(?:sm|md|lg|xl|2xl):(?!hidden)[a-z]|visible-(?:xs|sm|md|lg)|hidden-(?:xs|sm|md|lg|xl))/,
  },
];

/** An element holding more than this share of the article's letters is no furniture, whatever its marks. */
const MAX_FURNITURE_SHARE = 0.25;

/** The words of an element's class and id: `relatedRail story-rail` -> related, rail, story, rail. */
export function markTokens(element: Element): string[] {
  const raw = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Which of its marks the element carries: by its name or role (`tag`), or by the words of its class, id or itemprop (`word`). */
function matches(mark: FurnitureMark, element: Element, tokens: readonly string[]): 'tag' | 'word' | null {
  if (mark.outside?.some((tag) => element.closest(tag.toLowerCase()))) return null;
  if (mark.tags?.includes(element.tagName)) return 'tag';
  const role = element.getAttribute('role');
  if (role && mark.roles?.includes(role.toLowerCase())) return 'tag';
  const itemprop = element.getAttribute('itemprop');
  if (itemprop && mark.itemprops?.includes(itemprop)) return 'word';
  if (mark.tokens?.some((t) => tokens.includes(t))) return 'word';
  if (mark.classes && hasClass(mark, element)) return 'word';
  if (mark.allOf?.every((group) => group.some((t) => tokens.includes(t)))) return 'word';
  return null;
}

/** The element has one of the mark's class names (or a class ending in one of its `--` modifiers), and none that undoes it. */
function hasClass(mark: FurnitureMark, element: Element): boolean {
  const names = (element.getAttribute('class') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const has = names.some((n) => mark.classes!.some((c) => (c.startsWith('--') ? n.endsWith(c) : n === c)));
  return has && !names.some((n) => mark.undoneBy?.test(n));
}

export const letterCount = (text: string): number => text.match(/\p{L}/gu)?.length ?? 0;

/**
 * The furniture mark an element carries, or null. `isBlock` says whether it is a block of its own (or the whole
 * text of its block); `articleLetters` is the letters of the whole article, for the share guard.
 */
export function furnitureMark(element: Element, isBlock: () => boolean, articleLetters: number): FurnitureMark | null {
  if (element.getAttribute('aria-hidden') === 'true' || element.hasAttribute('hidden')) return HIDDEN;
  const tokens = markTokens(element);
  for (const mark of FURNITURE_MARKS) {
    const by = matches(mark, element, tokens);
    if (!by) continue;
    // A class word on a span inside a sentence is styling; a form, a nav or a role is furniture wherever it sits.
    if (by === 'word' && !isBlock()) return null;
    return letterCount(element.textContent ?? '') <= articleLetters * MAX_FURNITURE_SHARE ? mark : null;
  }
  return null;
}

const HIDDEN: FurnitureMark = {
  name: 'hidden',
  reason: 'an element the page hides from every reader (hidden, aria-hidden) is not read on the page',
};

/** The words of a class that mark an embedded social post: `twitter-tweet`, `instagram-media`, `tiktok-embed`. */
const SOCIAL_EMBED = ['tweet', 'twitter', 'instagram', 'tiktok', 'facebook', 'fb', 'bluesky', 'threads', 'mastodon'];

/** An embedded social post: a blockquote (or box) whose class names the network. */
export function isSocialEmbed(element: Element): boolean {
  if (element.tagName !== 'BLOCKQUOTE' && element.tagName !== 'DIV') return false;
  const tokens = markTokens(element);
  return tokens.some((t) => SOCIAL_EMBED.includes(t));
}

/**
 * The attribution line of an embedded post (`— Jane Roe (@jroe) December 22, 2014`): the network's embed code
 * prints it after the post's own words, opening with a dash. The post's words are text; its attribution is chrome.
 */
export const EMBED_ATTRIBUTION = /^(?:—|–|-{1,2})\s*\S/;

/** Class words that mark a line of the article's metadata: where and when it was filed, by whom. */
const META_TOKENS = ['timestamp', 'dateline', 'date', 'pubdate', 'published', 'time', 'location', 'byline', 'author'];

/** An element marked as a piece of the article's metadata line (`<span class="timestamp">`, `<time>`), not a wrapper of the story. */
export function isMetaMarked(element: Element, articleLetters: number): boolean {
  if (element.tagName !== 'TIME' && !markTokens(element).some((t) => META_TOKENS.includes(t))) return false;
  return letterCount(element.textContent ?? '') <= articleLetters * MAX_FURNITURE_SHARE;
}

/** A writer's sign-off at the end of a story: `-- Jane Roe`, `— Jane Roe, staff writer` (a dash and a few words, no sentence). */
const SIGN_OFF = /^(?:—|–|-{1,2})\s*\p{Lu}[^.!?]*$/u;

/**
 * How many blocks at the end of the article are a writer's sign-off (`-- Jane Roe`): after the story's last
 * sentence, a dash and a name. A closing paragraph that is a sentence stays, whatever it says; so does a
 * closing line in italics, which on news pages is as often the story's own last words as a note.
 */
export function trailingSignOffs(blocks: readonly string[]): number {
  let n = 0;
  while (n < blocks.length - 1 && SIGN_OFF.test(blocks[blocks.length - 1 - n]!) && blocks[blocks.length - 1 - n]!.split(/\s+/).length <= 6) n++;
  return n;
}

/** A line of dashes, stars or rules and no word: the page's own separator ("----------", "* * *", "___"). */
export const SEPARATOR_LINE = /^(?:[-–—_*=~•·]\s?){3,}$/u;

/** A trailer opens with a heading of at most this many words; the box holds at most this share of the article's letters and this many blocks. */
const TRAILER = { headingWords: 6, share: 0.2, blocks: 6 };

/**
 * How many blocks at the end of the article are a trailer: a box the page sets off with a rule (an `<hr>`, a line of
 * dashes) after the story's last paragraph and opens with a heading ("SHARE YOUR STORY", "About the author",
 * "More information:"). A section break inside the story is followed by the story's next section, which opens
 * with a sentence or runs long: it stays. `blocks` holds the article's blocks, a separator as an empty string.
 */
export function trailerAfterRule(blocks: readonly string[]): number {
  const rule = blocks.lastIndexOf('');
  if (rule <= 0) return 0;
  const tail = blocks.slice(rule + 1);
  const heading = tail[0];
  if (!heading || tail.length > TRAILER.blocks) return 0;
  if (heading.split(/\s+/).length > TRAILER.headingWords || /[.!?]["”’]?$/u.test(heading)) return 0;
  const letters = letterCount(tail.join(' '));
  return letters <= letterCount(blocks.join(' ')) * TRAILER.share ? blocks.length - rule : 0;
}
