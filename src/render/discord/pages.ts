import type { APIEmbed } from 'discord.js';
import { clip, fitMessage, LIMITS } from './limits.js';

/** One message's worth of an answer; several pages are turned with buttons. */
export interface DiscordPage {
  embeds: APIEmbed[];
}

export const COLOR = 0x2b6cb0;
export const WARNING_COLOR = 0xc05621;

/** Characters of blocks per page: well under the description limit, so a page reads at a glance. */
const PAGE_BUDGET = 3200;

export interface PagedAnswer {
  title: string;
  /** Shown above the blocks on every page (e.g. the range of a crowd-size event). */
  intro?: string;
  /** Self-contained pieces (a quote with its source, an entry); a page holds whole blocks. */
  blocks: string[];
  /** When there are no blocks. */
  empty?: string;
  /** Shown after the page number in every footer. */
  footer?: string;
  perPage?: number;
  /** Between blocks: a blank line by default; a single newline for one-line list items. */
  separator?: string;
  color?: number;
}

/** The page budget for blocks, after the intro. */
function blockBudget(answer: PagedAnswer): { intro: string; budget: number } {
  const intro = answer.intro ? clip(answer.intro, 1000) : '';
  return { intro, budget: Math.max(200, Math.min(PAGE_BUDGET, LIMITS.description - intro.length - 2)) };
}

/**
 * Which blocks each page of `pagesOf(answer)` holds, by index: at most `perPage` blocks and
 * PAGE_BUDGET characters a page (what a "Why?" button reads to explain the items of one page).
 */
export function pageGroups(answer: PagedAnswer): number[][] {
  const perPage = Math.max(1, answer.perPage ?? 5);
  const { budget } = blockBudget(answer);
  const separator = answer.separator ?? '\n\n';
  const groups: number[][] = [];
  let current: number[] = [];
  let used = 0;
  answer.blocks.forEach((raw, i) => {
    const length = clip(raw, budget).length;
    if (current.length && (current.length >= perPage || used + length + separator.length > budget)) {
      groups.push(current);
      current = [];
      used = 0;
    }
    current.push(i);
    used += length + separator.length;
  });
  if (current.length) groups.push(current);
  return groups;
}

/**
 * Packs blocks into pages of one embed each, as pageGroups groups them, a block too long for a page
 * clipped rather than dropped. Every page carries "Page n of N" and passes fitMessage.
 */
export function pagesOf(answer: PagedAnswer): DiscordPage[] {
  const { intro, budget } = blockBudget(answer);
  const separator = answer.separator ?? '\n\n';
  const groups = pageGroups(answer).map((group) => group.map((i) => clip(answer.blocks[i]!, budget)));
  if (!groups.length) groups.push([answer.empty ?? 'Nothing to show.']);

  return groups.map((group, i) => {
    const footer = [groups.length > 1 ? `Page ${i + 1} of ${groups.length}` : '', answer.footer ?? ''].filter(Boolean).join(' · ');
    const embed: APIEmbed = {
      title: answer.title,
      description: [intro, group.join(separator)].filter(Boolean).join('\n\n'),
      color: answer.color ?? COLOR,
    };
    if (footer) embed.footer = { text: footer };
    return { embeds: fitMessage([embed]) };
  });
}

/** A short message (an error, a confirmation) as one embed page. */
export function notice(title: string, text: string, color = WARNING_COLOR): DiscordPage {
  return { embeds: fitMessage([{ title, description: text || '\u200b', color }]) };
}

/** Names the story an answer comes from in the footer of each page's first embed, within Discord's limits. */
export function withStoryFooter(pages: DiscordPage[], story: string): DiscordPage[] {
  const label = `Story: ${story}`;
  return pages.map((page) => {
    const [first, ...rest] = page.embeds;
    if (!first) return page;
    const text = first.footer?.text ? `${first.footer.text} · ${label}` : label;
    return { embeds: fitMessage([{ ...first, footer: { ...first.footer, text: clip(text, LIMITS.footer) } }, ...rest]) };
  });
}
