import { SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/bot/answerReply.js';
import { ANYWHERE } from '../src/bot/contexts.js';
import type { CommandModule } from '../src/bot/command.js';

export const timeline: CommandModule = answerCommand(
  'timeline',
  new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('What happened when: dated happenings, oldest first, each with its sources.')
    .addStringOption((o) => o.setName('from').setDescription('Earliest date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
    .addStringOption((o) => o.setName('to').setDescription('Latest date, YYYY-MM-DD').setMinLength(10).setMaxLength(10))
    .addStringOption((o) => o.setName('about').setDescription('Only happenings about these words').setMaxLength(300))
    .addIntegerOption((o) => o.setName('limit').setDescription('How many happenings (1-100, default 12)').setMinValue(1).setMaxValue(100))
    .setContexts(...ANYWHERE.contexts)
    .setIntegrationTypes(...ANYWHERE.integrationTypes)
    .toJSON(),
  {
    // Grouping happenings grows with the corpus: acknowledge first.
    defer: true,
  },
);
