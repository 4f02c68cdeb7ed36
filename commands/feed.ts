import { PermissionFlagsBits, SlashCommandBuilder, type SlashCommandStringOption } from 'discord.js';
import type { CommandContext, CommandModule } from '../src/bot/command.js';
import { SERVERS_ONLY } from '../src/bot/contexts.js';
import { UserError } from '../src/bot/errors.js';
import { storyLabel } from '../src/bot/stories.js';
import { DEFAULT_INTERVAL_SECONDS, DEFAULT_MAX_ITEMS, FeedStore, type FeedRow } from '../src/feeds/feedStore.js';
import { parseKeywords } from '../src/feeds/keywords.js';
import { WhatsNewChannels } from '../src/feeds/whatsNewChannels.js';
import { parseHttpUrl } from '../src/ingest/fetchPage.js';
import { assertPublicHost } from '../src/ingest/publicAddress.js';
import { IngestError } from '../src/ingest/types.js';
import { escapeText, plainText, userInput } from '../src/render/discord/markdown.js';
import { notice, pagesOf } from '../src/render/discord/pages.js';
import { isSample } from '../src/stories/names.js';
import { isModerator } from './ingest.js';

const OK = 0x2f855a;
/** A server's feeds fit one autocomplete list (Discord shows at most 25 choices), and a server cannot make the bot poll without bound. */
export const MAX_FEEDS_PER_SERVER = 25;
const MAX_KEYWORDS = 20;

const storyOption = (o: SlashCommandStringOption) =>
  o.setName('story').setDescription("Which of this server's stories (default: this channel's)").setMaxLength(32).setAutocomplete(true);

const when = (iso: string | null) => (iso ? `<t:${Math.floor(Date.parse(iso) / 1000)}:R>` : 'not yet');

/** One feed as /feed list shows it. */
export function feedBlock(f: FeedRow): string {
  const keywords = f.keywords.length ? f.keywords.map((k) => `“${escapeText(k)}”`).join(', ') : 'every item';
  return [
    `**${escapeText(f.story.name)}** · ${escapeText(f.url)}`,
    `Keywords: ${keywords} · every ${f.intervalSeconds / 60} min · up to ${f.maxItems} a poll`,
    `Last poll: ${when(f.lastPollAt)} · items taken: ${f.itemsTaken} · next poll: ${when(f.nextPollAt)}`,
    f.retriesPending
      ? `🔁 ${f.retriesPending} page${f.retriesPending === 1 ? '' : 's'} refused for a reason that may pass (a timeout, a server error), to be tried again`
      : '',
    f.lastError ? `⚠️ Last error${f.consecutiveErrors > 1 ? ` (${f.consecutiveErrors} in a row)` : ''}: ${escapeText(f.lastError)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** Who may use it: moderators, in a server; checked before anything is acknowledged. */
function checkModerator(ctx: CommandContext): string {
  if (!isModerator(ctx.interaction.memberPermissions)) {
    throw new UserError('Only moderators (Manage Messages or Manage Server) can manage feeds.', 'forbidden');
  }
  const guildId = ctx.interaction.guildId;
  if (!guildId) throw new UserError('/feed works in a server channel.');
  return guildId;
}

function checkedUrl(text: string, allowPrivate: boolean): string {
  try {
    const url = parseHttpUrl(text.trim());
    // A name is checked as it is connected to; an address written out is refused here, before anything is saved.
    if (!allowPrivate) assertPublicHost(url);
    return url.toString();
  } catch (err) {
    if (err instanceof IngestError) throw new UserError(`Not followed: ${escapeText(err.message)}.`);
    throw err;
  }
}

/**
 * /feed: the feeds a server's stories follow (RSS, Atom, RDF, JSON Feed).
 * Each new item whose title or summary holds a keyword is added as /ingest
 * adds a link; `notify` opts a channel in to a short message on what new
 * articles bring. Moderators only; a server sees and changes its own feeds only.
 */
export const feed: CommandModule = {
  data: new SlashCommandBuilder()
    .setName('feed')
    .setDescription('Moderators: feeds that add new articles to a story, and what-is-new messages.')
    .addSubcommand((s) =>
      s
        .setName('add')
        .setDescription('Follow a feed: its new items (with a keyword, if given) are added to the story')
        .addStringOption((o) => o.setName('url').setDescription('The feed (RSS, Atom or JSON Feed), http or https').setRequired(true).setMaxLength(2000))
        .addStringOption((o) =>
          o.setName('keywords').setDescription('Comma-separated; an item is taken when its title or summary holds one (default: every item)').setMaxLength(300),
        )
        .addStringOption(storyOption),
    )
    .addSubcommand((s) => s.setName('list').setDescription("This server's feeds: last poll, items taken, last error, next poll"))
    .addSubcommand((s) =>
      s
        .setName('remove')
        .setDescription('Stop following a feed')
        .addStringOption((o) => o.setName('feed').setDescription('The feed (from /feed list)').setRequired(true).setMaxLength(100).setAutocomplete(true)),
    )
    .addSubcommand((s) =>
      s
        .setName('notify')
        .setDescription('In this channel, post what new articles of a story bring (new dates, crowd figures, names)')
        .addStringOption((o) =>
          o.setName('state').setDescription('on or off').setRequired(true).addChoices({ name: 'on', value: 'on' }, { name: 'off', value: 'off' }),
        )
        .addStringOption(storyOption),
    )
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageMessages)
    .setContexts(...SERVERS_ONLY.contexts)
    .setIntegrationTypes(...SERVERS_ONLY.integrationTypes)
    .toJSON(),
  defer: 'ephemeral',
  validate: (ctx) => {
    checkModerator(ctx);
  },
  execute(ctx) {
    const guildId = checkModerator(ctx);
    const { interaction, story } = ctx;
    const sub = interaction.options.getSubcommand(false);
    const feeds = new FeedStore(ctx.stories.state);
    if (sub === 'add') {
      if (isSample(story)) {
        throw new UserError(
          'The **sample** story is read-only. Make a story of this server with `/story create`, then `/story use` it in this channel or give `story:` here.',
          'refused',
        );
      }
      const url = checkedUrl(interaction.options.getString('url') ?? '', ctx.allowPrivateLinks);
      const keywords = parseKeywords(interaction.options.getString('keywords'));
      if (keywords.length > MAX_KEYWORDS) throw new UserError(`At most ${MAX_KEYWORDS} keywords, please (got ${keywords.length}).`);
      const existing = feeds.find(story, url);
      if (!existing && feeds.list(guildId).length >= MAX_FEEDS_PER_SERVER) {
        throw new UserError(`This server already follows ${MAX_FEEDS_PER_SERVER} feeds, the most it may; \`/feed remove\` one first.`, 'refused');
      }
      const { feed: row, created } = feeds.add(
        { story, url, keywords, intervalSeconds: existing?.intervalSeconds ?? DEFAULT_INTERVAL_SECONDS, maxItems: existing?.maxItems ?? DEFAULT_MAX_ITEMS },
        interaction.user.id,
      );
      ctx.logger.info({ feed: row.id, story: storyLabel(story), user: interaction.user.id, created }, 'feed added');
      const what = keywords.length ? `items holding ${keywords.map((k) => `“${escapeText(k)}”`).join(', ')}` : 'every new item';
      const text = `${created ? 'Following' : 'Already following; keywords updated for'} ${escapeText(url)} into **${escapeText(storyLabel(story))}**: ${what}, up to ${row.maxItems} a poll, every ${row.intervalSeconds / 60} minutes. The first poll runs within a few seconds; \`/feed list\` shows how it went.`;
      return { pages: [notice(created ? 'Feed added' : 'Feed updated', text, OK)], ephemeral: true };
    }
    if (sub === 'list') {
      const rows = feeds.list(guildId);
      return {
        pages: pagesOf({
          title: 'Feeds of this server',
          blocks: rows.map(feedBlock),
          empty: 'No feeds yet: `/feed add url:` follows one.',
          perPage: 5,
          footer: `${rows.length} of at most ${MAX_FEEDS_PER_SERVER}`,
        }),
        ephemeral: true,
      };
    }
    if (sub === 'remove') {
      const value = (interaction.options.getString('feed') ?? '').trim();
      const id = /^\d{1,15}$/.test(value) ? Number(value) : NaN;
      // Only this server's feeds: an id of another server's is "no such feed", as a typo is.
      const gone = Number.isFinite(id) ? feeds.remove(guildId, id) : undefined;
      if (!gone)
        throw new UserError(`This server follows no feed “${userInput(value, 80)}”. Choose one from the list \`/feed remove\` offers, or see \`/feed list\`.`);
      ctx.logger.info({ feed: gone.id, user: interaction.user.id }, 'feed removed');
      const text = `No longer following ${escapeText(gone.url)} into **${escapeText(gone.story.name)}**. The ${gone.itemsTaken} article${gone.itemsTaken === 1 ? '' : 's'} it added stay in the story.`;
      return { pages: [notice('Feed removed', text, OK)], ephemeral: true };
    }
    if (sub === 'notify') {
      const channels = new WhatsNewChannels(ctx.stories.state);
      const on = interaction.options.getString('state') === 'on';
      const label = `**${escapeText(storyLabel(story))}**`;
      if (on) {
        const added = channels.on(guildId, interaction.channelId, story);
        const text = `${added ? 'From now on this channel' : 'This channel already'} gets a short message when new articles of ${label} bring new dates, crowd figures or names (at most one every few minutes). \`/feed notify state:off\` stops it.`;
        return { pages: [notice("What's new: on", text, OK)], ephemeral: true };
      }
      const removed = channels.off(interaction.channelId, story);
      const text = removed ? `This channel no longer gets what's new in ${label}.` : `This channel was not getting what's new in ${label}.`;
      return { pages: [notice("What's new: off", text, OK)], ephemeral: true };
    }
    throw new UserError('Choose what to do: one of the sub-commands offered after the command name.');
  },
  autocomplete: (_corpus, focused, where) => {
    if (!where?.guildId) return [];
    if (focused.name !== 'feed') return [];
    const typed = focused.value.trim().toLowerCase();
    return new FeedStore(where.stories.state)
      .list(where.guildId)
      .filter((f) => !typed || f.url.toLowerCase().includes(typed) || f.story.name.includes(typed))
      .map((f) => ({ name: plainText(`${f.story.name}: ${f.url}`).slice(0, 100), value: String(f.id) }));
  },
};
