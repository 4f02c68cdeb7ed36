import type { APIEmbed } from 'discord.js';
import type { CrowdSizeAnswer } from '../../answers/crowdSize/answer.js';
import type { SummaryAnswer } from '../../answers/summary/answer.js';
import type { TimelineAnswer } from '../../answers/timeline/answer.js';
import type { WhoAnswer } from '../../answers/who/answer.js';
import type { Explanation } from '../../explain/explanation.js';
import { crowdPaged } from '../../answers/crowdSize/discord.js';
import { formatPeriod } from '../../text/period.js';
import { clip, fitMessage, LIMITS } from './limits.js';
import { escapeText } from './markdown.js';
import { COLOR, pageGroups, type DiscordPage } from './pages.js';
import { timelinePaged } from '../../answers/timeline/discord.js';
import { whoListPaged } from '../../answers/who/discord.js';

/** One item of a page with the rules that made it. */
interface WhyItem {
  head: string;
  explain?: Explanation[];
}

const claimHead = (c: { text: string; claimant: string | null }) => `“${escapeText(c.text)}”${c.claimant ? `, by ${escapeText(c.claimant)}` : ''}`;

/** The items page `index` of each explainable answer's Discord pages shows, in order. */
const ITEMS = {
  timeline: (a: TimelineAnswer, index: number): WhyItem[] =>
    (pageGroups(timelinePaged(a))[index] ?? [])
      .map((i) => a.entries[i]!)
      .map((e) => ({ head: `**${formatPeriod(e.date, e.precision)}**`, explain: e.explain })),
  'crowd-size': (a: CrowdSizeAnswer, index: number): WhyItem[] => {
    const pages = crowdPaged(a).flatMap(({ paged, event, claims }) => {
      const groups = pageGroups(paged);
      return (groups.length ? groups : [[]]).map((group) => ({ event, claims: group.map((i) => claims[i]!) }));
    });
    const page = pages[index];
    if (!page) return [];
    return [
      { head: `**${escapeText(page.event.label)}**`, explain: page.event.explain },
      ...page.claims.map((c) => ({ head: claimHead(c), explain: c.explain })),
    ];
  },
  who: (a: WhoAnswer, index: number): WhyItem[] => {
    if ('entities' in a)
      return (pageGroups(whoListPaged(a))[index] ?? []).map((i) => a.entities[i]!).map((e) => ({ head: `**${escapeText(e.name)}**`, explain: e.explain }));
    return a.entity ? [{ head: `**${escapeText(a.entity.name)}**`, explain: a.entity.explain }] : [];
  },
  summary: (a: SummaryAnswer): WhyItem[] => [
    ...a.happenings.map((h) => ({ head: `**${formatPeriod(h.date, h.precision)}**`, explain: h.explain })),
    ...a.crowd.flatMap((e) => [
      { head: `**${escapeText(e.label)}**`, explain: e.explain },
      ...e.claims.map((c) => ({ head: claimHead(c), explain: c.explain })),
    ]),
    ...a.people.map((p) => ({ head: `**${escapeText(p.name)}**`, explain: p.explain })),
  ],
};

/** Characters of explanations per message: the description's limit, less room for the closing note. */
const WHY_BUDGET = LIMITS.description - 100;

/** Whether the answer has a "Why?": one of the answers whose items carry explanations. */
export function isExplainable(command: string): command is keyof typeof ITEMS {
  return Object.hasOwn(ITEMS, command);
}

/** The items page `index` of the answer's Discord pages shows; none for an answer that explains nothing. */
function itemsOf(answer: { command: string }, index: number): WhyItem[] {
  return isExplainable(answer.command) ? (ITEMS[answer.command] as (a: never, index: number) => WhyItem[])(answer as never, index) : [];
}

/** Whether page `index` of the answer's Discord pages shows items that rules made (so a "Why?" has something to explain). */
export function hasWhyItems(answer: { command: string }, index: number): boolean {
  return itemsOf(answer, index).length > 0;
}

/**
 * What the "Why?" button shows: the rules that made each item on page `index` of the answer's Discord
 * pages (the answer made with explain), item by item, in one embed within Discord's limits; null when
 * the page has no explained item.
 */
export function renderWhy(answer: { command: string }, index: number, note?: string): DiscordPage | null {
  const items = itemsOf(answer, index).filter((item) => item.explain?.length);
  if (!items.length) return null;
  const blocks = items.map((item) => [item.head, ...item.explain!.map((e) => `• \`${e.rule}\` ${escapeText(clip(e.text, 600))}`)].join('\n'));
  let description = note ?? '';
  let shown = 0;
  for (const block of blocks) {
    const next = description ? `${description}\n\n${block}` : block;
    if (next.length > WHY_BUDGET) break;
    description = next;
    shown++;
  }
  if (!shown) description = clip(note ? `${note}\n\n${blocks[0]!}` : blocks[0]!, WHY_BUDGET);
  const left = items.length - Math.max(shown, 1);
  if (left > 0) description += `\n\n*… and ${left} more item${left === 1 ? '' : 's'}, past what one message holds.*`;
  const embed: APIEmbed = {
    title: 'Why? The rules behind this page',
    description,
    color: COLOR,
    footer: { text: 'Each line: the rule by its name, then what it read here and made of it. Only you see this.' },
  };
  return { embeds: fitMessage([embed]) };
}
