import type { PerAnswer } from '../../answers/registry.js';
import { renderCrowdSize } from '../../answers/crowdSize/discord.js';
import { fitMessage } from './limits.js';
import { renderNoArticles } from './noArticles.js';
import type { DiscordPage } from './pages.js';
import { renderSearch } from '../../answers/search/discord.js';
import { renderSources } from '../../answers/sources/discord.js';
import { renderSummary } from '../../answers/summary/discord.js';
import { renderTimeline } from '../../answers/timeline/discord.js';
import { renderWho } from '../../answers/who/discord.js';

export type { DiscordPage } from './pages.js';

// One renderer per answer command; the answer's `command` picks it. Without one for every answer in the registry, this does not compile.
const RENDERERS = {
  search: renderSearch,
  sources: renderSources,
  timeline: renderTimeline,
  'crowd-size': renderCrowdSize,
  who: renderWho,
  summary: (a) => [renderSummary(a)],
  'no-articles': renderNoArticles,
} satisfies PerAnswer<[], DiscordPage[]>;

/** An answer as Discord pages: each page one message's embeds, within every Discord limit. */
export function renderDiscord(answer: { command: string }): DiscordPage[] {
  const render = Object.hasOwn(RENDERERS, answer.command) ? (RENDERERS as Record<string, (answer: never) => DiscordPage[]>)[answer.command] : undefined;
  const pages = render
    ? render(answer as never)
    : [{ embeds: [{ title: answer.command, description: `\`\`\`json\n${JSON.stringify(answer, null, 1).replace(/```/g, "'''").slice(0, 3900)}\n\`\`\`` }] }];
  return pages.map((p) => ({ embeds: fitMessage(p.embeds) }));
}
