import type { WhoAnswer, WhoListAnswer, WhoLookupAnswer } from '../../answers/who.js';
import { quoteBlock, sourceLine, wrap } from './common.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function renderList(a: WhoListAnswer): string {
  if (!a.entities.length) return 'No people or organisations were found in the articles.';
  const width = Math.max(...a.entities.map((e) => e.name.length));
  const lines = ['People and organisations in the articles, most mentioned first:', ''];
  for (const e of a.entities) {
    lines.push(`  ${e.name.padEnd(width)}  ${e.kind.padEnd(12)}  ${plural(e.mentions, 'mention')} in ${plural(e.articles, 'article')}`);
  }
  lines.push('', 'Ask `who <name>` for one of them.');
  return lines.join('\n');
}

function renderLookup(a: WhoLookupAnswer): string {
  if (a.match === 'ambiguous') {
    return [`“${a.query}” could be several names; which one?`, ...a.suggestions.map((s) => `  - ${s}`)].join('\n');
  }
  if (!a.entity) {
    const near = a.suggestions.length ? `\nClosest names: ${a.suggestions.join(', ')}.` : '';
    return `No one in the articles is called “${a.query}”.${near}`;
  }
  const e = a.entity;
  const lines = [`${e.name} (${e.kind}), mentioned in ${plural(e.articles, 'article')}`];
  if (e.aliases.length) lines.push(wrap(`Also written: ${e.aliases.join(', ')}`, '  '));
  if (e.roles.length) {
    // one line per role, with every source that gives it: "Iranian general (Business Insider …; AFP …)"
    const sources = new Map<string, string[]>();
    for (const r of e.roles) sources.set(r.text, [...(sources.get(r.text) ?? []), sourceLine(r.quote)]);
    lines.push('', 'Roles the articles give:');
    for (const [text, from] of sources) lines.push(`  - ${wrap(`${text} (${from.join('; ')})`, '    ').trimStart()}`);
  }
  if (a.quotes.length) {
    lines.push('', 'Passages:');
    a.quotes.forEach((q, i) => lines.push(`\n${String(i + 1).padStart(2)}.\n${quoteBlock(q)}`));
  }
  if (a.suggestions.length) lines.push('', wrap(`Other names that match: ${a.suggestions.join(', ')}`, ''));
  return lines.join('\n');
}

export function renderWho(a: WhoAnswer): string {
  return 'entities' in a ? renderList(a) : renderLookup(a);
}
