import type { SearchAnswer } from './answer.js';
import { quoteBlock, userInput } from '../../render/discord/markdown.js';
import { pagesOf, type DiscordPage } from '../../render/discord/pages.js';

export function renderSearch(a: SearchAnswer): DiscordPage[] {
  return pagesOf({
    title: 'Search',
    intro: `Best passages for “${userInput(a.query)}”:`,
    blocks: a.results.map((r, i) => `**${i + 1}.** ${quoteBlock(r.quote)}`.replace(/^\*\*(\d+)\.\*\* > /, '**$1.**\n> ')),
    empty: 'No passage matches. Try other words, or `/sources` to see what the articles cover.',
    perPage: 4,
  });
}
