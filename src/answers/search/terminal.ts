import type { SearchAnswer } from './answer.js';
import { askCommand, quoteBlock, type TerminalContext } from '../../render/terminal/common.js';

export function renderSearch(a: SearchAnswer, ctx: TerminalContext = {}): string {
  if (!a.results.length) return `No passage matches “${a.query}”. Try other words, or \`${askCommand(ctx, 'sources')}\` to see what the corpus covers.`;
  const head = `Best passages for “${a.query}”:`;
  return [head, ...a.results.map((r, i) => `\n${String(i + 1).padStart(2)}. (score ${r.score.toFixed(1)})\n${quoteBlock(r.quote)}`)].join('\n');
}
