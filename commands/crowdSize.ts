import { SlashCommandBuilder } from 'discord.js';
import { autocompleteGatherings } from '../src/answers/crowdSizeChoices.js';
import { answerCommand } from '../src/bot/answerReply.js';
import { ANYWHERE } from '../src/bot/contexts.js';
import type { CommandModule } from '../src/bot/command.js';

export const crowdSize: CommandModule = answerCommand(
  'crowd-size',
  new SlashCommandBuilder()
    .setName('crowd-size')
    .setDescription('Every estimate of how many people turned out, who gave it, side by side.')
    .addStringOption((o) => o.setName('event').setDescription('Which gathering: some words or a date (YYYY-MM-DD)').setMaxLength(200).setAutocomplete(true))
    .addIntegerOption((o) => o.setName('limit').setDescription('How many gatherings (1-25, default 10)').setMinValue(1).setMaxValue(25))
    .setContexts(...ANYWHERE.contexts)
    .setIntegrationTypes(...ANYWHERE.integrationTypes)
    .toJSON(),
  {
    autocomplete: (corpus, focused) => (focused.name === 'event' ? autocompleteGatherings(corpus, focused.value) : []),
  },
);
