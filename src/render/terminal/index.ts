import type { TerminalContext } from './common.js';
import { renderCrowdSize } from './crowdSize.js';
import { renderNoArticles } from './noArticles.js';
import { renderSearch } from './search.js';
import { renderSources } from './sources.js';
import { renderSummary } from './summary.js';
import { renderTimeline } from './timeline.js';
import { renderWho } from './who.js';

// One renderer per answer command; the answer's `command` picks it.
const RENDERERS: Record<string, (answer: any, ctx: TerminalContext) => string> = {
  'crowd-size': renderCrowdSize,
  'no-articles': renderNoArticles,
  search: renderSearch,
  sources: renderSources,
  summary: renderSummary,
  timeline: renderTimeline,
  who: renderWho,
};

export type { TerminalContext } from './common.js';

/**
 * An answer as terminal text: the same content the bot shows in Discord, and
 * where it suggests a next step, the terminal's command for it (`npm run ask
 * -- sources`, `npm run ingest -- FILE|URL`), never a slash command.
 */
export function renderTerminal(answer: { command: string }, ctx: TerminalContext = {}): string {
  const render = RENDERERS[answer.command];
  return render ? render(answer, ctx) : JSON.stringify(answer, null, 2);
}
