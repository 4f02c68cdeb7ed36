import { SlashCommandBuilder } from 'discord.js';
import { answerReply } from '../src/bot/answerReply.js';
import type { CommandModule } from '../src/bot/command.js';

export const sources: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('The articles the answers rest on: publisher, date, title, passage count.')
    .addIntegerOption((o) => o.setName('limit').setDescription('How many articles to list (default all)').setMinValue(1).setMaxValue(10_000))
    .toJSON(),
  execute: (ctx) => answerReply(ctx, 'sources'),
};
