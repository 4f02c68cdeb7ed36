import { escapeText, link } from '../../render/discord/markdown.js';
import { pagesOf, type DiscordPage } from '../../render/discord/pages.js';
import type { SourcesAnswer } from './answer.js';

export function renderSources(a: SourcesAnswer): DiscordPage[] {
  const blocks = a.articles.map((s) => {
    const publisher = s.publisher ? `**${escapeText(s.publisher)}**` : '*Unknown publisher*';
    const title = escapeText(s.title.replace(/[[\]]/g, ''));
    return `${publisher} · ${s.published ?? 'date unknown'} · ${s.passages} passage${s.passages === 1 ? '' : 's'}\n${link(title || s.article, s.url)}`;
  });
  if (a.articles.length < a.total) blocks.push(`… and ${a.total - a.articles.length} more`);
  if (a.problems.length) {
    const list = a.problems.map((p) => `\`${p.file.replace(/`/g, "'")}\`: ${escapeText(p.message)}`).join('\n');
    blocks.push(`⚠️ ${a.problems.length} file${a.problems.length === 1 ? '' : 's'} could not be loaded:\n${list}`);
  }
  return pagesOf({
    title: `Sources: ${a.total} article${a.total === 1 ? '' : 's'}`,
    blocks,
    empty: 'The corpus has no articles yet.',
    perPage: 8,
  });
}
