import { ApplicationCommandOptionType, SlashCommandBuilder } from 'discord.js';
import type { CommandModule } from '../src/bot/command.js';
import { ANYWHERE } from '../src/bot/contexts.js';
import { pagesOf } from '../src/render/discord/pages.js';

export const help: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What this bot answers, and how it shows its evidence.')
    .setContexts(...ANYWHERE.contexts)
    .setIntegrationTypes(...ANYWHERE.integrationTypes)
    .toJSON(),
  execute(ctx) {
    const blocks = ctx.commands.map((c) => {
      const options = (c.data.options ?? [])
        .filter((o) => o.type !== ApplicationCommandOptionType.Subcommand && o.type !== ApplicationCommandOptionType.SubcommandGroup)
        .map((o) => ('required' in o && o.required ? `\`${o.name}\`` : `\`[${o.name}]\``))
        .join(' ');
      return `**/${c.data.name}** ${options}\n${c.data.description}`;
    });
    const articles = ctx.corpus.articles.length;
    return {
      pages: pagesOf({
        title: 'eventdesk: answers with their evidence',
        intro:
          `I answer questions about a news story from the ${articles} article${articles === 1 ? '' : 's'} I was given. ` +
          'Every answer quotes the passages it rests on, word for word, with publisher and date, so you can check it.' +
          (articles ? '' : '\n\nThere are no articles yet: a moderator can add some with `/ingest` (a link to an article, or a file).'),
        blocks,
        perPage: 10,
      }),
      ephemeral: true,
    };
  },
};
