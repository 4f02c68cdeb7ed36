import type { WhoAnswer, WhoListAnswer } from './answer.js';
import { escapeText, quoteBlock, sourceLine, userInput } from '../../render/discord/markdown.js';
import { pagesOf, type DiscordPage, type PagedAnswer } from '../../render/discord/pages.js';

function articlesWord(n: number): string {
  return `${n} article${n === 1 ? '' : 's'}`;
}

/** Everyone found, a line each: what renderWho pages, and what the "Why?" button reads. */
export function whoListPaged(a: WhoListAnswer): PagedAnswer {
  return {
    title: 'Who is in the story',
    intro: 'People and organisations, named in the most articles first. Ask `/who name` for one of them.',
    blocks: a.entities.map((e, i) => `**${i + 1}. ${escapeText(e.name)}** · ${e.kind} · ${articlesWord(e.articles)}`),
    empty: 'No people or organisations were found in the articles.',
    perPage: 25,
    separator: '\n',
  };
}

export function renderWho(a: WhoAnswer): DiscordPage[] {
  if ('entities' in a) return pagesOf(whoListPaged(a));
  if (!a.entity) {
    const names = a.suggestions.map((s) => `**${escapeText(s)}**`);
    const text =
      a.match === 'ambiguous'
        ? `Several people or organisations match “${userInput(a.query)}”. Which one?\n${names.map((n) => `• ${n}`).join('\n')}`
        : `No one in the articles matches “${userInput(a.query)}”.${names.length ? `\nClosest names: ${names.join(', ')}` : ''}`;
    return pagesOf({ title: 'Who', blocks: [], empty: text });
  }
  const e = a.entity;
  const aliases = e.aliases.filter((x) => x !== e.name);
  const intro = [
    `**${escapeText(e.name)}** · ${e.kind} · mentioned in ${articlesWord(e.articles)}`,
    aliases.length ? `Also written: ${aliases.map((x) => escapeText(x)).join(', ')}` : '',
    a.suggestions.length ? `Other matches: ${a.suggestions.map((s) => escapeText(s)).join(', ')}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const roles = e.roles.length
    ? [`__Roles the articles give__\n${e.roles.map((r) => `• ${escapeText(r.text)} ${sourceLine(r.quote).replace(/^— /, '(')})`).join('\n')}`]
    : [];
  return pagesOf({
    title: `Who: ${e.name}`,
    intro,
    blocks: [...roles, ...a.quotes.map((q) => quoteBlock(q, 600))],
    perPage: 4,
  });
}
