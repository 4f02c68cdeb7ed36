/**
 * How big and how deep a page's element tree is, read in one pass over the HTML before any parser sees it.
 * jsdom and Readability take time that grows faster than the page with nesting, and recurse on it: a page
 * of 20,000 nested elements ran for half a minute and then overflowed the stack. Refusing such a page up
 * front costs a scan of its text.
 */

/** Elements that never have content: no end tag, no depth. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
  'param',
  'keygen',
  'command',
  'basefont',
  'frame',
  'image',
]);
/**
 * Elements whose end tag may be left out (the parser closes them at the next sibling): counted as
 * elements, not as depth, so a page of unclosed paragraphs is not taken for a deep one.
 */
const OPTIONAL_END = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'option',
  'optgroup',
  'rb',
  'rt',
  'rtc',
  'rp',
  'colgroup',
  'caption',
  'html',
  'head',
  'body',
]);
/** Elements whose content is text up to their own end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

export interface HtmlShape {
  /** Start tags. */
  elements: number;
  /** The deepest nesting of elements that need an end tag (a div in a div in a div: 3). */
  depth: number;
}

/** Counts the elements and their deepest nesting; linear in the page's length, whatever its markup. */
export function htmlShape(html: string): HtmlShape {
  const lower = html.toLowerCase();
  const tagName = /[a-z][^\s/>]*/y;
  let elements = 0;
  let depth = 0;
  let deepest = 0;
  // Inside <svg> or <math> "<path/>" closes itself; in HTML "<div/>" is an open div like any other.
  let foreignAt = -1;
  let i = lower.indexOf('<');
  while (i >= 0 && i < lower.length) {
    if (lower.startsWith('<!--', i)) {
      const end = lower.indexOf('-->', i + 4);
      if (end < 0) break;
      i = lower.indexOf('<', end + 3);
      continue;
    }
    const closing = lower[i + 1] === '/';
    tagName.lastIndex = i + (closing ? 2 : 1);
    const name = tagName.exec(lower)?.[0];
    if (!name) {
      // "<" that opens no tag ("a < b", "<!doctype"): text
      i = lower.indexOf('<', i + 1);
      continue;
    }
    const tagEnd = lower.indexOf('>', i + 1);
    if (tagEnd < 0) break; // a tag never finished: the rest is not markup
    if (closing) {
      if (!VOID.has(name) && !OPTIONAL_END.has(name) && depth > 0) depth--;
      if (depth <= foreignAt) foreignAt = -1;
    } else {
      elements++;
      const selfClosing = foreignAt >= 0 && lower[tagEnd - 1] === '/';
      if (foreignAt < 0 && (name === 'svg' || name === 'math') && lower[tagEnd - 1] !== '/') foreignAt = depth;
      if (!VOID.has(name) && !OPTIONAL_END.has(name) && !selfClosing) deepest = Math.max(deepest, ++depth);
      if (RAW_TEXT.has(name)) {
        const end = lower.indexOf(`</${name}`, tagEnd + 1);
        const endTagEnd = end < 0 ? -1 : lower.indexOf('>', end);
        if (endTagEnd < 0) break; // never closed: the rest is its text
        depth--;
        i = lower.indexOf('<', endTagEnd + 1);
        continue;
      }
    }
    i = lower.indexOf('<', tagEnd + 1);
  }
  return { elements, depth: deepest };
}
