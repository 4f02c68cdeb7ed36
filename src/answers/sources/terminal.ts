import { wrap } from '../../render/terminal/common.js';
import type { SourcesAnswer } from './answer.js';

export function renderSources(a: SourcesAnswer): string {
  const lines = [`${a.total} article${a.total === 1 ? '' : 's'} in the corpus:`];
  for (const s of a.articles) {
    lines.push(`\n  ${s.published ?? 'date unknown'}  ${s.publisher ?? 'Unknown publisher'} (${s.passages} passages)`);
    lines.push(wrap(s.title, '    '));
    lines.push(`    ${s.url ?? s.article}`);
  }
  if (a.articles.length < a.total) lines.push(`\n  … and ${a.total - a.articles.length} more`);
  if (a.problems.length) {
    lines.push(`\n${a.problems.length} file(s) could not be loaded:`);
    for (const p of a.problems) lines.push(`  ${p.file}: ${p.message}`);
  }
  return lines.join('\n');
}
