import { escapeMarkdown } from 'discord.js';
import type { Quote } from '../../answers/quote.js';

/**
 * Text from an article or from a user, shown as itself: every markdown
 * construct Discord would render (emphasis, code, spoilers, headings, lists,
 * masked links) is escaped. Mentions stay visible text; allowedMentions,
 * set on every message, is what stops them pinging.
 */
export function escapeText(text: string): string {
  const flat = text.replace(/\r\n?/g, '\n');
  return escapeMarkdown(flat, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }).replace(/^>/gm, '\\>').replace(/\]\(/g, ']\\(');
}

/** Plain text for places Discord shows without markdown (button labels, autocomplete names): one line, no control characters. */
export function plainText(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** A link only for http(s) URLs, with the characters that end a markdown link target percent-encoded. */
export function link(label: string, url: string | null | undefined): string {
  if (!url || !/^https?:\/\//i.test(url)) return label;
  const target = url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${target})`;
}

/** Publisher, date and a link to the article when it has one. */
export function sourceLine(q: Pick<Quote, 'publisher' | 'published' | 'title' | 'url'>): string {
  const who = q.publisher ? `**${escapeText(q.publisher)}**` : '*Unknown publisher*';
  const when = q.published ?? 'date unknown';
  const title = escapeText(q.title.replace(/[[\]]/g, ''));
  return `— ${who}, ${when} · ${link(title || 'article', q.url)}`;
}

/** A quote as a block quote (every line prefixed), then its source line. */
export function quoteBlock(q: Quote, maxText = 900): string {
  const text = q.text.length > maxText ? `${q.text.slice(0, maxText - 1).trimEnd()}…` : q.text;
  const quoted = escapeText(text)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  return `${quoted}\n${sourceLine(q)}`;
}

/** An echo of what the user typed, safe inside a description: escaped and clipped to one line. */
export function userInput(text: string, max = 200): string {
  const flat = plainText(text);
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
  return escapeText(cut);
}
