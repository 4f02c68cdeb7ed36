import { SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/bot/command.js';
import { SERVERS_ONLY } from '../src/bot/contexts.js';
import { UserError } from '../src/bot/errors.js';
import { renderFeedback } from '../src/render/discord/feedback.js';
import { isModerator } from './ingest.js';

/** /feedback: the 👍/👎 on this server's answers, worst rated first; moderators only, this server only, privately. */
export const feedback: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('feedback')
    .setDescription('Moderators: how answers on this server were rated, worst first.')
    .setContexts(...SERVERS_ONLY.contexts)
    .setIntegrationTypes(...SERVERS_ONLY.integrationTypes)
    .toJSON(),
  defer: 'ephemeral',
  validate(ctx) {
    if (!isModerator(ctx.interaction.memberPermissions))
      throw new UserError('Only moderators (Manage Messages or Manage Server) can see the feedback.', 'forbidden');
  },
  execute(ctx) {
    if (!ctx.feedback) throw new UserError('This bot keeps no feedback.', 'unavailable');
    return { pages: renderFeedback(ctx.feedback.report(ctx.interaction.guildId!)), ephemeral: true };
  },
};
