import { renderCrowdSize } from './crowdSize.js';
import { renderSearch } from './search.js';
import { renderSources } from './sources.js';
import { renderSummary } from './summary.js';
import { renderTimeline } from './timeline.js';
import { renderWho } from './who.js';

// One renderer per answer command; the answer's `command` picks it.
const RENDERERS: Record<string, (answer: any) => string> = {
  'crowd-size': renderCrowdSize,
  search: renderSearch,
  sources: renderSources,
  summary: renderSummary,
  timeline: renderTimeline,
  who: renderWho,
};

/** An answer as terminal text: the same content the bot shows in Discord. */
export function renderTerminal(answer: { command: string }): string {
  const render = RENDERERS[answer.command];
  return render ? render(answer) : JSON.stringify(answer, null, 2);
}
