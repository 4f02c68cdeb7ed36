import { ButtonStyle, ComponentType, SlashCommandBuilder } from 'discord.js';
import { commandButtonId, type CommandContext, type CommandModule } from '../src/bot/command.js';
import { SERVERS_ONLY } from '../src/bot/contexts.js';
import { UserError } from '../src/bot/errors.js';
import { storyChoices, storyLabel } from '../src/bot/stories.js';
import { escapeText } from '../src/render/discord/markdown.js';
import { notice, pagesOf } from '../src/render/discord/pages.js';
import { StoryError } from '../src/stories/articles.js';
import { storyDir } from '../src/stories/folders.js';
import { createStory, deleteStory, describeUsage } from '../src/stories/manage.js';
import { SAMPLE, StoryNameSchema, type StoryRef } from '../src/stories/names.js';
import { listArticleFiles } from '../src/corpus/readArticles.js';
import { isModerator } from './ingest.js';

const OK = 0x2f855a;

function moderatorOnly(
  ctx: { interaction: { memberPermissions: CommandContext['interaction']['memberPermissions']; guildId: string | null } },
  what: string,
): string {
  if (!isModerator(ctx.interaction.memberPermissions)) throw new UserError(`Only moderators (Manage Messages or Manage Server) can ${what}.`, 'forbidden');
  return ctx.interaction.guildId!;
}

function nameOf(raw: string | null): string {
  const parsed = StoryNameSchema.safeParse(raw ?? '');
  if (!parsed.success) throw new UserError(`${escapeText(parsed.error.issues[0]!.message)}.`);
  return parsed.data;
}

/** One of this server's stories, by the name given; the sample where `sample` is allowed. */
async function ownStory(ctx: Pick<CommandContext, 'interaction' | 'stories'>, raw: string | null, allowSample: boolean): Promise<StoryRef> {
  const name = (raw ?? '').trim().toLowerCase();
  if (allowSample && name === SAMPLE.name) return SAMPLE;
  const ref = { owner: ctx.interaction.guildId!, name };
  if (!(await ctx.stories.catalog.exists(ref)))
    throw new UserError(`This server has no story called “${escapeText(name.slice(0, 40))}”. \`/story list\` shows them.`);
  return ref;
}

/**
 * /story: a server's stories. Anyone can list them; moderators create,
 * choose the one a channel (or the whole server) follows, and delete, after
 * a confirmation that says what uses the story.
 */
export const story: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('story')
    .setDescription("This server's stories: the collections of articles its answers come from.")
    .addSubcommand((s) => s.setName('list').setDescription("This server's stories, and which one this channel follows"))
    .addSubcommand((s) =>
      s
        .setName('create')
        .setDescription('Moderators: a new story (a collection of articles) for this server')
        .addStringOption((o) =>
          o.setName('name').setDescription('Lower-case letters, digits and hyphens, e.g. chile-protests').setRequired(true).setMinLength(1).setMaxLength(32),
        )
        .addBooleanOption((o) => o.setName('from-sample').setDescription('Start with a copy of the sample story’s articles')),
    )
    .addSubcommand((s) =>
      s
        .setName('use')
        .setDescription('Moderators: answer from this story in this channel (or in the whole server)')
        .addStringOption((o) => o.setName('name').setDescription('The story, or sample').setRequired(true).setMaxLength(32).setAutocomplete(true))
        .addBooleanOption((o) => o.setName('server-default').setDescription('Make it the default for every channel without a story of its own')),
    )
    .addSubcommand((s) =>
      s
        .setName('delete')
        .setDescription('Moderators: delete a story and its articles (asks to confirm)')
        .addStringOption((o) => o.setName('name').setDescription('The story').setRequired(true).setMaxLength(32).setAutocomplete(true)),
    )
    .setContexts(...SERVERS_ONLY.contexts)
    .setIntegrationTypes(...SERVERS_ONLY.integrationTypes)
    .toJSON(),
  // Every reply is for the asker alone: if an acknowledgement comes first, it must be private too.
  defer: 'ephemeral',
  async execute(ctx) {
    const { interaction, stories } = ctx;
    const guildId = interaction.guildId!;
    const sub = interaction.options.getSubcommand(false);
    if (!sub) throw new UserError('Choose what to do: one of the sub-commands offered after the command name.');
    if (sub === 'list') {
      const [here, rows] = await Promise.all([stories.catalog.storyFor(guildId, interaction.channelId), stories.catalog.list(guildId)]);
      const blocks = await Promise.all(
        [SAMPLE, ...rows].map(async (s) => {
          const count = (await listArticleFiles(storyDir(stories.library.options, s)).catch(() => [])).length;
          const mark = storyLabel(s) === storyLabel(here) && s.owner === here.owner ? ' ← this channel' : '';
          return `**${storyLabel(s)}**${s === SAMPLE ? ' (read-only sample)' : ''}: ${count} article${count === 1 ? '' : 's'}${mark}`;
        }),
      );
      return {
        pages: pagesOf({
          title: 'Stories',
          intro: 'Ask about one with the `story:` option of any command, or `/story use` it here.',
          blocks,
          separator: '\n',
          perPage: 20,
        }),
        ephemeral: true,
      };
    }
    if (sub === 'create') {
      moderatorOnly(ctx, 'create stories');
      const ref = { owner: guildId, name: nameOf(interaction.options.getString('name')) };
      const fromSample = interaction.options.getBoolean('from-sample') ?? false;
      try {
        const copied = await createStory({
          folders: stories.library.options,
          catalog: stories.catalog,
          ref,
          by: interaction.user.id,
          from: fromSample ? SAMPLE : undefined,
        });
        const then = copied ? `It starts with ${copied} articles from the sample.` : 'It has no articles yet: add some with `/ingest story:' + ref.name + '`.';
        return {
          pages: [notice('Story created', `**${ref.name}** is ready. ${then} \`/story use name:${ref.name}\` makes this channel answer from it.`, OK)],
          ephemeral: true,
        };
      } catch (err) {
        if (err instanceof StoryError) throw new UserError(`${escapeText(err.message)}.`);
        throw err;
      }
    }
    if (sub === 'use') {
      moderatorOnly(ctx, 'choose a channel’s story');
      const ref = await ownStory(ctx, interaction.options.getString('name'), true);
      const serverWide = interaction.options.getBoolean('server-default') ?? false;
      if (serverWide) await stories.catalog.useAsDefault(guildId, ref);
      else await stories.catalog.useInChannel(guildId, interaction.channelId, ref);
      return {
        pages: [
          notice(
            'Story chosen',
            `${serverWide ? 'Channels of this server without a story of their own' : 'This channel'} now answer${serverWide ? '' : 's'} from **${storyLabel(ref)}**.`,
            OK,
          ),
        ],
        ephemeral: true,
      };
    }
    // delete: confirm first, saying what uses it.
    moderatorOnly(ctx, 'delete stories');
    const ref = await ownStory(ctx, interaction.options.getString('name'), false);
    const count = (await listArticleFiles(storyDir(stories.library.options, ref)).catch(() => [])).length;
    const used = describeUsage(await stories.catalog.usage(ref), (id) => `<#${id}>`);
    const warning = used.length
      ? `\n\nIn use: ${used.join('; ')}. Those channels will answer from the server default (or the sample), and pinned summaries will no longer be updated.`
      : '';
    return {
      pages: [
        notice('Delete this story?', `**${ref.name}** and its ${count} article${count === 1 ? '' : 's'} (and its trash) will be deleted for good.${warning}`),
      ],
      ephemeral: true,
      components: [
        {
          type: ComponentType.ActionRow,
          components: [
            {
              type: ComponentType.Button,
              style: ButtonStyle.Danger,
              label: `Delete ${ref.name}`,
              custom_id: commandButtonId('story', 'delete', ref.name, interaction.user.id),
            },
            {
              type: ComponentType.Button,
              style: ButtonStyle.Secondary,
              label: 'Keep it',
              custom_id: commandButtonId('story', 'keep', ref.name, interaction.user.id),
            },
          ],
        },
      ],
    };
  },
  async button(ctx) {
    const [action, name, userId] = ctx.args;
    if (ctx.interaction.user.id !== userId) throw new UserError('Only the moderator who asked can confirm this.', 'refused');
    if (action === 'keep') return { pages: [notice('Kept', `**${escapeText(name ?? '')}** was not deleted.`, OK)] };
    moderatorOnly(ctx, 'delete stories');
    const ref = { owner: ctx.interaction.guildId!, name: name ?? '' };
    try {
      ctx.stories.library.unload(ref);
      await deleteStory({ folders: ctx.stories.library.options, catalog: ctx.stories.catalog, ref });
    } catch (err) {
      if (err instanceof StoryError) throw new UserError(`${escapeText(err.message)}.`);
      throw err;
    }
    ctx.logger.info({ guild: ref.owner, story: ref.name, user: ctx.interaction.user.id }, 'story deleted');
    return { pages: [notice('Story deleted', `**${escapeText(ref.name)}** and its articles are gone.`, OK)] };
  },
  autocomplete: (_corpus, focused, where) => (focused.name === 'name' && where ? storyChoices(where.stories.catalog, where.guildId, focused.value) : []),
};
