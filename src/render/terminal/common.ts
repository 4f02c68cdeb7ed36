import type { Quote } from '../../answers/quote.js';

const WIDTH = 88;

export function sourceLine(q: Pick<Quote, 'publisher' | 'published' | 'article' | 'url'>): string {
  const parts = [q.publisher ?? 'Unknown publisher', q.published ?? 'date unknown'];
  return `${parts.join(', ')} · ${q.url ?? q.article}`;
}

export function wrap(text: string, indent: string, width = WIDTH): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && indent.length + line.length + 1 + w.length > width) {
      lines.push(indent + line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(indent + line);
  return lines.join('\n');
}

/** A quote as the terminal shows it: the verbatim text, then where it comes from. */
export function quoteBlock(q: Quote, indent = '    '): string {
  return `${wrap(`“${q.text}”`, indent)}\n${indent}  — ${sourceLine(q)}`;
}

/** What the terminal knows that an answer does not: which folder was asked about, so suggested commands act on it. */
export interface TerminalContext {
  /** The corpus folder as the person named it (`--corpus DIR`), or the default one's path. */
  folder?: string;
  /** Whether the folder came from --corpus: then every suggested command repeats it. */
  corpusFlag?: boolean;
  /** The story asked about (`--story NAME`, with `--server ID`): every suggested command repeats it. */
  story?: { name: string; server?: string };
}

/** A word as a shell would need it typed. */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

const corpusOption = (ctx: TerminalContext) =>
  ctx.story
    ? ` --story ${shellWord(ctx.story.name)}${ctx.story.server ? ` --server ${ctx.story.server}` : ''}`
    : ctx.corpusFlag && ctx.folder
      ? ` --corpus ${shellWord(ctx.folder)}`
      : '';

/** `npm run ask -- <words>`, on the same folder. */
export function askCommand(ctx: TerminalContext, words: string): string {
  return `npm run ask -- ${words}${corpusOption(ctx)}`;
}

/** How to add articles from the terminal, to the same folder. */
export function ingestCommand(ctx: TerminalContext): string {
  return `npm run ingest -- FILE|URL${corpusOption(ctx)}`;
}

/** How to check the folder's files again. */
export function checkCorpusCommand(ctx: TerminalContext): string {
  return `npm run check-corpus${ctx.corpusFlag && ctx.folder ? ` -- ${shellWord(ctx.folder)}` : ''}`;
}

/** With --explain: one line per rule under an item ("why · calendar-date: 'Friday' in a report of …"), wrapped; none without. */
export function whyLines(explain: ReadonlyArray<{ rule: string; text: string }> | undefined, indent: string): string[] {
  return (explain ?? []).map((e) => `${indent}why · ${wrap(`${e.rule}: ${e.text}`, `${indent}      `).trimStart()}`);
}
