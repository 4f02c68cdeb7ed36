import { SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/bot/answerReply.js';
import { ANYWHERE } from '../src/bot/contexts.js';
import type { CommandModule } from '../src/bot/command.js';

export const search: CommandModule = answerCommand(
  'search',
  new SlashCommandBuilder()
    .setName('search')
    .setDescription('The passages that best answer a question, each with publisher and date.')
    .addStringOption((o) => o.setName('query').setDescription('Your question or some words, e.g. how many people marched').setRequired(true).setMaxLength(300))
    .addIntegerOption((o) => o.setName('limit').setDescription('How many passages (1-25, default 5)').setMinValue(1).setMaxValue(25))
    .setContexts(...ANYWHERE.contexts)
    .setIntegrationTypes(...ANYWHERE.integrationTypes)
    .toJSON(),
);
