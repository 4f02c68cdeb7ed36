import type { FeedbackReport } from '../../state/feedback.js';

const asked = (l: FeedbackReport['lines'][number]) => (l.question !== null ? `ask “${l.question}”` : `${l.command} ${JSON.stringify(l.options)}`);

/** The feedback report: totals, per command, then the answers worst rated first. */
export function renderFeedback(r: FeedbackReport): string {
  if (!r.up && !r.down) return 'No answer has been rated yet: 👍 and 👎 are under every answer in Discord.';
  return [
    `${r.up} 👍 and ${r.down} 👎 in all${r.guildId ? ` on server ${r.guildId}` : ''}.`,
    '',
    'per command (worst rated first):',
    ...r.commands.map((c) => `  ${c.command.padEnd(12)} ${String(c.up).padStart(4)} 👍 ${String(c.down).padStart(4)} 👎  (${c.messages} answers)`),
    '',
    'answers (worst rated first):',
    ...r.lines.map((l) => `  ${String(l.up).padStart(3)} 👍 ${String(l.down).padStart(3)} 👎  ${asked(l)}  [story ${l.story}; ${l.shape}]`),
  ].join('\n');
}
