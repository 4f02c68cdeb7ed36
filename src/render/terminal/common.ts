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
