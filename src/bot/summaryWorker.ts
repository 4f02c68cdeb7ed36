import { parentPort } from 'node:worker_threads';
import type { SummaryAnswer } from '../answers/summary/answer.js';
import { renderSummary } from '../answers/summary/discord.js';

/**
 * Renders pinned summaries off the main thread (see SummaryRenderer in
 * pinnedSummary.ts): on a large corpus one summary lists thousands of sources,
 * each escaped for Discord, which takes over 100 ms.
 */
export interface RenderRequest {
  id: number;
  answer: SummaryAnswer;
}

export type RenderReply = { id: number; page: ReturnType<typeof renderSummary> } | { id: number; error: string };

if (parentPort) {
  const port = parentPort;
  port.on('message', ({ id, answer }: RenderRequest) => {
    let reply: RenderReply;
    try {
      reply = { id, page: renderSummary(answer) };
    } catch (err) {
      reply = { id, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
