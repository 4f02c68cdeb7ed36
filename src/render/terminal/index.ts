import type { PerAnswer } from '../../answers/registry.js';
import type { TerminalContext } from './common.js';
import { renderCrowdSize } from '../../answers/crowdSize/terminal.js';
import { renderNoArticles } from './noArticles.js';
import { renderSearch } from '../../answers/search/terminal.js';
import { renderSources } from '../../answers/sources/terminal.js';
import { renderSummary } from '../../answers/summary/terminal.js';
import { renderTimeline } from '../../answers/timeline/terminal.js';
import { renderWho } from '../../answers/who/terminal.js';

// One renderer per answer command; the answer's `command` picks it. Without one for every answer in the registry, this does not compile.
const RENDERERS = {
  'crowd-size': renderCrowdSize,
  'no-articles': renderNoArticles,
  search: renderSearch,
  sources: renderSources,
  summary: renderSummary,
  timeline: renderTimeline,
  who: renderWho,
} satisfies PerAnswer<[TerminalContext], string>;

export type { TerminalContext } from './common.js';

/**
 * An answer as terminal text: the same content the bot shows in Discord, and
 * where it suggests a next step, the terminal's command for it (`npm run ask
 * -- sources`, `npm run ingest -- FILE|URL`), never a slash command.
 */
export function renderTerminal(answer: { command: string }, ctx: TerminalContext = {}): string {
  const render = Object.hasOwn(RENDERERS, answer.command)
    ? (RENDERERS as Record<string, (answer: never, ctx: TerminalContext) => string>)[answer.command]
    : undefined;
  return render ? render(answer as never, ctx) : JSON.stringify(answer, null, 2);
}
