import { ButtonStyle, ComponentType } from 'discord.js';
import type { Vote } from '../state/feedback.js';
import type { PageRow } from './paging.js';

const PREFIX = 'eventdesk:vote';

/** The 👍 and 👎 under an answer: anyone may vote, once per message, and change their vote. */
export function voteRow(): PageRow {
  const button = (vote: 'up' | 'down', emoji: string) => ({
    type: ComponentType.Button as const,
    style: ButtonStyle.Secondary as const,
    custom_id: `${PREFIX}:${vote}`,
    emoji: { name: emoji },
  });
  return { type: ComponentType.ActionRow, components: [button('up', '👍'), button('down', '👎')] };
}

/** The vote a custom id casts, or null for any other button. */
export function parseVoteButton(customId: string): Vote | null {
  if (customId === `${PREFIX}:up`) return 1;
  if (customId === `${PREFIX}:down`) return -1;
  return null;
}
