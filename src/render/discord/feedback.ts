import type { FeedbackReport } from '../../state/feedback.js';
import { escapeText, userInput } from './markdown.js';
import { pagesOf, type DiscordPage } from './pages.js';

/** /feedback: this server's ratings, per command, then the answers worst rated first. */
export function renderFeedback(r: FeedbackReport): DiscordPage[] {
  const perCommand = r.commands.map((c) => `/${c.command}: ${c.up} 👍 ${c.down} 👎 (${c.messages} answers)`).join('\n');
  return pagesOf({
    title: 'Feedback on answers',
    intro: r.up || r.down ? `${r.up} 👍 and ${r.down} 👎 on this server.\n${perCommand}` : undefined,
    blocks: r.lines.map((l) => {
      const what = l.question !== null ? `/ask “${userInput(l.question)}”` : `/${l.command} ${escapeText(JSON.stringify(l.options))}`;
      return `**${l.up} 👍 ${l.down} 👎** · ${what}\n*story ${escapeText(l.story)} · ${escapeText(l.shape)}*`;
    }),
    empty: 'No answer on this server has been rated yet: 👍 and 👎 are under every answer.',
    perPage: 8,
  });
}
