import type { SearchAnswer } from '../../answers/search.js';
import { quoteBlock } from './common.js';

export function renderSearch(a: SearchAnswer): string {
  if (!a.results.length) return `No passage matches “${a.query}”. Try other words, or /sources to see what the corpus covers.`;
  const head = `Best passages for “${a.query}”:`;
  return [head, ...a.results.map((r, i) => `\n${String(i + 1).padStart(2)}. (score ${r.score.toFixed(1)})\n${quoteBlock(r.quote)}`)].join('\n');
}
