import { SlashCommandBuilder } from 'discord.js';
import type { CommandContext, CommandModule } from '../src/bot/command.js';
import { SERVERS_ONLY } from '../src/bot/contexts.js';
import { UserError } from '../src/bot/errors.js';
import { resolveStory, storyChoices, storyLabel } from '../src/bot/stories.js';
import { escapeText } from '../src/render/discord/markdown.js';
import { notice, pagesOf } from '../src/render/discord/pages.js';
import { listStoryArticles, removeArticle, restoreArticle, StoryError, TRASH_DAYS } from '../src/stories/articles.js';
import { isSample, type StoryRef } from '../src/stories/names.js';
import { isModerator } from './ingest.js';

const OK = 0x2f855a;

const storyOption = (o: import('discord.js').SlashCommandStringOption) =>
  o.setName('story').setDescription("Which story (default: this channel's)").setMaxLength(32).setAutocomplete(true);
const idOption = (o: import('discord.js').SlashCommandStringOption, what: string) =>
  o.setName('id').setDescription(`The article's id (from /article list) to ${what}`).setRequired(true).setMaxLength(120).setAutocomplete(true);

function storyOf(ctx: CommandContext): Promise<StoryRef> {
  return resolveStory(ctx.stories.catalog, ctx.interaction, ctx.interaction.options.getString('story'));
}

/**
 * /article: the articles of a story. Anyone can list them; moderators move
 * one to the trash (kept 30 days, listed, restorable), and its passages leave
 * every answer and pinned summary at once.
 */
export const article: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('article')
    .setDescription('The articles of a story: list them; moderators remove and restore.')
    .addSubcommand((s) => s.setName('list').setDescription('The articles of a story, and its trash').addStringOption(storyOption))
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription(`Moderators: move an article to the trash (kept ${TRASH_DAYS} days); it leaves every answer`)
        .addStringOption((o) => idOption(o, 'remove'))
        .addStringOption(storyOption),
    )
    .addSubcommand((s) =>
      s
        .setName('restore')
        .setDescription('Moderators: bring an article back from the trash')
        .addStringOption((o) => idOption(o, 'restore'))
        .addStringOption(storyOption),
    )
    .setContexts(...SERVERS_ONLY.contexts)
    .setIntegrationTypes(...SERVERS_ONLY.integrationTypes)
    .toJSON(),
  // Every reply is for the asker alone: if an acknowledgement comes first, it must be private too.
  defer: 'ephemeral',
  async execute(ctx) {
    const { interaction, stories } = ctx;
    const sub = interaction.options.getSubcommand(false);
    if (!sub) throw new UserError('Choose what to do: one of the sub-commands offered after the command name.');
    const ref = await storyOf(ctx);
    const folders = stories.library.options;
    if (sub === 'list') {
      const articles = await listStoryArticles(folders, ref);
      const trash = await stories.catalog.trash(ref);
      const blocks = [
        ...articles.map((a) => `\`${a.article}\`\n${escapeText(a.title)} (${escapeText(a.publisher ?? 'unknown publisher')}, ${a.published ?? 'undated'})`),
        ...trash.map(
          (t) =>
            `🗑 \`${t.article}\`\n${escapeText(t.title)}: removed ${t.removedAt.slice(0, 10)}, restorable until ${new Date(Date.parse(t.removedAt) + TRASH_DAYS * 86_400_000).toISOString().slice(0, 10)}`,
        ),
      ];
      return {
        pages: pagesOf({ title: `Articles of ${storyLabel(ref)}`, blocks, empty: 'No articles yet: a moderator can add some with `/ingest`.', perPage: 10 }),
        ephemeral: true,
      };
    }
    if (!isModerator(interaction.memberPermissions))
      throw new UserError('Only moderators (Manage Messages or Manage Server) can remove or restore articles.', 'forbidden');
    if (isSample(ref)) throw new UserError('The **sample** story is read-only: its articles cannot be removed.', 'refused');
    const id = (interaction.options.getString('id') ?? '').trim();
    await ctx.defer({ ephemeral: true });
    try {
      const row =
        sub === 'remove'
          ? await removeArticle({ folders, catalog: stories.catalog, ref, article: id, by: interaction.user.id })
          : await restoreArticle({ folders, catalog: stories.catalog, ref, article: id });
      // Answer from the change at once (the folder watcher would also see it, a moment later); pinned summaries follow.
      await (await stories.library.open(ref)).reload();
      ctx.logger.info({ story: storyLabel(ref), article: id, action: sub, user: interaction.user.id }, 'article moved');
      const text =
        sub === 'remove'
          ? `“${escapeText(row.title)}” is in the trash of **${storyLabel(ref)}** and out of every answer. \`/article restore id:${id}\` brings it back (for ${TRASH_DAYS} days).`
          : `“${escapeText(row.title)}” is back in **${storyLabel(ref)}**.`;
      return { pages: [notice(sub === 'remove' ? 'Article removed' : 'Article restored', text, OK)], ephemeral: true };
    } catch (err) {
      if (err instanceof StoryError) throw new UserError(`${escapeText(err.message.charAt(0).toUpperCase() + err.message.slice(1))}`);
      throw err;
    }
  },
  autocomplete: async (corpus, focused, where) => {
    if (focused.name === 'story') return where ? storyChoices(where.stories.catalog, where.guildId, focused.value) : [];
    if (focused.name !== 'id') return [];
    const t = focused.value.toLowerCase();
    const matches = (id: string, title: string) => id.includes(t) || title.toLowerCase().includes(t);
    // restore: what is in the story's trash, newest removal first; remove: the story's articles now.
    if (where?.subcommand === 'restore') {
      return where.story
        ? (await where.stories.catalog.trash(where.story))
            .filter((r) => matches(r.article, r.title))
            .map((r) => ({ name: `${r.title} (removed ${r.removedAt.slice(0, 10)})`, value: r.article }))
        : [];
    }
    return corpus.articles.filter((a) => matches(a.id, a.title)).map((a) => ({ name: `${a.title} (${a.published ?? 'undated'})`, value: a.id }));
  },
};
