import type { WhoAnswer, WhoListAnswer, WhoLookupAnswer } from './answer.js';
import { foldedWords } from '../../text/fold.js';
import { askCommand, quoteBlock, sourceLine, whyLines, wrap, type TerminalContext } from '../../render/terminal/common.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function renderList(a: WhoListAnswer, ctx: TerminalContext): string {
  if (!a.entities.length) return 'No people or organisations were found in the articles.';
  const width = Math.max(...a.entities.map((e) => e.name.length));
  const lines = ['People and organisations in the articles, named in the most articles first:', ''];
  for (const e of a.entities) {
    lines.push(`  ${e.name.padEnd(width)}  ${e.kind.padEnd(12)}  ${plural(e.mentions, 'mention')} in ${plural(e.articles, 'article')}`);
    lines.push(...whyLines(e.explain, '    '));
  }
  lines.push('', `Ask \`${askCommand(ctx, 'who NAME')}\` for one of them.`);
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
    lines.push('', 'Roles the articles give:');
    for (const g of groupRoles(e.roles)) lines.push(`  - ${wrap(`${g.text} (${g.sources.join('; ')})`, '    ').trimStart()}`);
  }
  if (e.explain?.length) lines.push('', 'Why:', ...whyLines(e.explain, '  '));
  if (a.quotes.length) {
    lines.push('', 'Passages:');
    a.quotes.forEach((q, i) => lines.push(`\n${String(i + 1).padStart(2)}.\n${quoteBlock(q)}`));
  }
  if (a.suggestions.length) lines.push('', wrap(`Other names that match: ${a.suggestions.join(', ')}`, ''));
  return lines.join('\n');
}

/**
 * One line per role with every source that gives it; a role that another one ends
 * ("Shi'ite cleric", "Iraqi Shiite cleric") shares its line, under the shorter wording.
 */
function groupRoles(roles: NonNullable<WhoLookupAnswer['entity']>['roles']): Array<{ text: string; sources: string[] }> {
  const groups: Array<{ text: string; key: string; sources: string[] }> = [];
  for (const r of roles) {
    const key = foldedWords(r.text).join(' ');
    const source = sourceLine(r.quote);
    const group = groups.find((g) => g.key === key || g.key.endsWith(` ${key}`) || key.endsWith(` ${g.key}`));
    if (!group) groups.push({ text: r.text, key, sources: [source] });
    else {
      if (!group.sources.includes(source)) group.sources.push(source);
      if (key.length < group.key.length) Object.assign(group, { text: r.text, key });
    }
  }
  return groups;
}

export function renderWho(a: WhoAnswer, ctx: TerminalContext = {}): string {
  return 'entities' in a ? renderList(a, ctx) : renderLookup(a);
}
