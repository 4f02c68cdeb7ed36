import { SlashCommandBuilder } from 'discord.js';
import { autocompleteEntities } from '../src/answers/who.js';
import { answerCommand } from '../src/bot/answerReply.js';
import { ANYWHERE } from '../src/bot/contexts.js';
import type { CommandModule } from '../src/bot/command.js';

export const who: CommandModule = answerCommand(
  'who',
  new SlashCommandBuilder()
    .setName('who')
    .setDescription('People and organisations: every spelling, the roles the articles give them, the passages.')
    .addStringOption((o) => o.setName('name').setDescription('A name or part of one (leave empty to list everyone)').setMaxLength(100).setAutocomplete(true))
    .addIntegerOption((o) => o.setName('limit').setDescription('How many people and organisations to list (1-100)').setMinValue(1).setMaxValue(100))
    .setContexts(...ANYWHERE.contexts)
    .setIntegrationTypes(...ANYWHERE.integrationTypes)
    .toJSON(),
  {
    autocomplete: (corpus, focused) => (focused.name === 'name' ? autocompleteEntities(corpus, focused.value) : []),
  },
);
