/**
 * The paragraphs of the text the word-case table is counted on (`npm run fit:word-case`): Reuters-21578 SGML files,
 * web pages (HTML, or PHP templates holding HTML) and plain or gold-standard text files. Crude by design: only prose
 * paragraphs are counted (`isProse`), so a menu or a table that comes through does not count.
 */

/** One Reuters-21578 story: its NEWID and its body's paragraphs (an indented line opens one; lines are wrapped). */
export interface SgmStory {
  newId: string;
  paragraphs: string[];
}

/** The combining marks of "&eacute;", "&uuml;" and the like. */
const MARKS: Record<string, string> = { acute: '\u0301', grave: '\u0300', uml: '\u0308', circ: '\u0302', tilde: '\u0303', cedil: '\u0327', ring: '\u030a' };

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  mdash: '—',
  ndash: '–',
  hellip: '…',
};

/** "&amp;", "&#039;", "&#x2019;" as the characters they stand for; an unknown name is left as written. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&([a-z])(acute|grave|uml|circ|tilde|cedil|ring);/gi, (_, letter: string, mark: string) =>
      `${letter}${MARKS[mark.toLowerCase()]!}`.normalize('NFC'),
    )
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return n > 31 && n < 0x110000 ? String.fromCodePoint(n) : ' ';
      }
      return ENTITIES[code.toLowerCase()] ?? whole;
    });
}

/** The stories of one Reuters-21578 SGML file, each body's paragraphs unwrapped. */
export function sgmStories(sgml: string): SgmStory[] {
  const stories: SgmStory[] = [];
  for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2]!)?.[1];
    if (!body) continue;
    const text = decodeEntities(body.replace(/\s*Reuter\s*(?:&#3;)?\s*$/, ''));
    const paragraphs = text
      .split(/\n(?=[ \t])/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    stories.push({ newId: m[1]!, paragraphs });
  }
  return stories;
}

const BLOCK = /<\/?(?:p|div|br|td|th|tr|li|ul|ol|h[1-6]|table|blockquote|section|article|header|footer|nav|aside|dd|dt|title|option|form)\b[^>]*>/gi;

/** The text blocks of a web page, whitespace collapsed: scripts, styles, comments and PHP left out, block tags as breaks. */
export function htmlParagraphs(html: string): string[] {
  const text = html
    .replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, ' ')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * The paragraphs of a plain text or a gold-standard file: a blank line or a line opening with a mark such as "<p>"
 * breaks them; other line breaks are kept (a word after one is counted only in lower case).
 */
export function textParagraphs(text: string): string[] {
  return decodeEntities(text)
    .split(/\n\s*\n|\n(?=<\w+>)/)
    .map((p) =>
      p
        .replace(/^<\w+>\s*/, '')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
}
