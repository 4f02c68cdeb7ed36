import { SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/bot/answerReply.js';
import { ANYWHERE } from '../src/bot/contexts.js';
import type { CommandModule } from '../src/bot/command.js';

export const sources: CommandModule = answerCommand(
  'sources',
  new SlashCommandBuilder()
    .setName('sources')
    .setDescription('The articles the answers rest on: publisher, date, title, passage count.')
    .addIntegerOption((o) => o.setName('limit').setDescription('How many articles to list (default all)').setMinValue(1).setMaxValue(10_000))
    .setContexts(...ANYWHERE.contexts)
    .setIntegrationTypes(...ANYWHERE.integrationTypes)
    .toJSON(),
);
