import { PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { findAnswer, runAnswer } from '../src/answers/registry.js';
import type { CommandModule } from '../src/bot/command.js';
import { addAnswerOptions, validateAnswerOptions, withStoryOption } from '../src/bot/answerReply.js';
import { storyKey } from '../src/stories/names.js';
import { ANYWHERE } from '../src/bot/contexts.js';
import { UserError } from '../src/bot/errors.js';
import { describeMissing, missingPermissions } from '../src/bot/permissions.js';
import { publishPinnedSummary, refreshPinnedSummary, SummaryRenderer, type RefreshOutcome, type SummaryRest } from '../src/bot/pinnedSummary.js';
import type { PinRecord, PinStore } from '../src/bot/pinStore.js';
import type { Corpus } from '../src/pipeline/corpus.js';
import { slicedPause } from '../src/pipeline/steps.js';
import { escapeText } from '../src/render/discord/markdown.js';
import { notice, type DiscordPage } from '../src/render/discord/pages.js';
import { renderWhy } from '../src/render/discord/why.js';
import type { SummaryAnswer } from '../src/answers/summary/answer.js';
import { isNoArticlesAnswer } from '../src/answers/noArticles.js';
import { renderDiscord } from '../src/render/discord/index.js';
import { renderSummary } from '../src/answers/summary/discord.js';

/** The summary answer of the registry, whose options /summary offers after its own `pin`. */
function summarySpec() {
  const spec = findAnswer('summary');
  if (!spec) throw new Error('no summary answer in src/answers/registry.ts');
  return spec;
}

/** What the bot needs in the channel to post and pin the summary; in a thread, posting takes Send Messages in Threads instead. */
export function botNeeds(inThread: boolean): bigint[] {
  const send = inThread ? PermissionFlagsBits.SendMessagesInThreads : PermissionFlagsBits.SendMessages;
  return [PermissionFlagsBits.ViewChannel, send, PermissionFlagsBits.EmbedLinks, PermissionFlagsBits.PinMessages];
}

/**
 * /summary: the digest a moderator would pin. Without `pin` it is the
 * public reply. With `pin: true` (members with Pin Messages only) it is
 * posted in the channel and pinned, or, when the channel already has one,
 * that message is edited in place; the channel-to-message record lives in
 * EVENTDESK_STATE_DIR and survives restarts.
 */
export const summary: CommandModule = {
  data: withStoryOption(
    addAnswerOptions(
      new SlashCommandBuilder()
        .setName('summary')
        .setDescription(summarySpec().discord.description)
        // Discord's only: the answer itself is the same pinned or not.
        .addBooleanOption((o) => o.setName('pin').setDescription('Post and pin it in this channel, or update the one already pinned (needs Pin Messages)')),
      summarySpec(),
    )
      .setContexts(...ANYWHERE.contexts)
      .setIntegrationTypes(...ANYWHERE.integrationTypes)
      .toJSON(),
  ),
  validate: ({ options: { pin, ...options } }) => {
    if (pin !== undefined && typeof pin !== 'boolean') throw new UserError('pin must be true or false');
    validateAnswerOptions('summary', options);
  },
  async execute(ctx) {
    const { interaction } = ctx;
    const { pin: rawPin, ...options } = ctx.options;
    if (rawPin !== undefined && typeof rawPin !== 'boolean') throw new UserError('pin must be true or false');
    const pin = rawPin === true;
    if (pin) {
      if (!interaction.inGuild()) throw new UserError('Pinning works in a server channel, not in direct messages. Run /summary without pin here.');
      const problem = describeMissing(
        missingPermissions(interaction.memberPermissions, [PermissionFlagsBits.PinMessages]),
        missingPermissions(interaction.appPermissions, botNeeds(interaction.channel?.isThread() ?? false)),
      );
      if (problem) throw new UserError(`To pin the summary:\n${problem}`, 'forbidden');
      if (!ctx.corpus.articles.length) {
        throw new UserError('There are no articles yet, so there is no summary to pin. A moderator can add some with `/ingest` first.');
      }
    }
    await ctx.defer({ ephemeral: pin });
    // A story's answers are not warmed when it is loaded: its structures are built here, in slices.
    await summarySpec()
      .prepare?.(ctx.corpus, slicedPause())
      .catch(() => undefined);
    if (!pin) {
      // Asked in the channel: made with its explanations, which the "Why?" button under it shows (a pinned one has none);
      // the public digest is an answer like the others, rated with 👍/👎 (the pinned one is a channel post, not a reply).
      const { page, answer } = summaryOf(ctx.corpus, { ...options, explain: true });
      return { pages: [page], feedback: { question: null, options, shape: 'digest' }, why: (index) => renderWhy(answer, index) };
    }
    const page = summaryPage(ctx.corpus, options);

    const published = await publishPinnedSummary({
      rest: interaction.client.rest,
      pins: ctx.pins,
      channelId: interaction.channelId,
      guildId: interaction.guildId,
      corpusHash: ctx.corpus.hash,
      options,
      story: storyKey(ctx.story),
      page,
    });
    const url = `https://discord.com/channels/${interaction.guildId}/${published.channelId}/${published.messageId}`;
    const text =
      published.action === 'updated'
        ? `Updated the [summary pinned in this channel](${url}) with the current articles.`
        : `Posted the [summary](${url}) in this channel and pinned it. Running \`/summary pin:true\` again here updates it in place.`;
    return { pages: [notice(published.action === 'updated' ? 'Summary updated' : 'Summary pinned', text, 0x2f855a)], ephemeral: true };
  },
};

/** The summary of a corpus as one Discord page; a UserError when the options are refused. */
function summaryPage(corpus: Corpus, options: Record<string, unknown>): DiscordPage {
  return summaryOf(corpus, options).page;
}

/** The summary answer of a corpus and its Discord page; a UserError when the options are refused. */
function summaryOf(corpus: Corpus, options: Record<string, unknown>): { page: DiscordPage; answer: { command: string } } {
  const spec = findAnswer('summary');
  if (!spec) throw new UserError('/summary is not available in this version of the bot yet.', 'unavailable');
  const result = runAnswer(spec, corpus, options);
  if (!result.ok) throw new UserError(escapeText(result.message));
  // No articles: the same notice every answer gives (a pinned summary is edited into it, and back once articles come).
  if (isNoArticlesAnswer(result.value)) return { page: renderDiscord(result.value)[0]!, answer: result.value };
  return { page: renderSummary(result.value as SummaryAnswer), answer: result.value };
}

/**
 * Brings the pinned summaries this process looks after up to date with
 * `corpus`, each remade with the options it was pinned with and edited in
 * place, one channel at a time (discord.js queues for rate limits). Called
 * when the articles change and when the bot starts. Never throws. Channels
 * pinned with the same options share one summary, and a large one is
 * rendered on a worker thread, so a refresh of many channels on a large
 * corpus never holds up the replies to commands for long.
 */
export async function refreshPinnedSummaries(input: {
  rest: SummaryRest;
  pins: PinStore;
  corpus: Corpus;
  /** Whether this process (this shard) looks after a record's channel. */
  owns: (record: PinRecord) => boolean;
  /** Renders the summaries; by default one made for this refresh and closed after it. */
  renderer?: SummaryRenderer;
}): Promise<Array<{ channelId: string; outcome: RefreshOutcome }>> {
  const done: Array<{ channelId: string; outcome: RefreshOutcome }> = [];
  const records = await input.pins.list().catch(() => []);
  const renderer = input.renderer ?? new SummaryRenderer();
  const pages = new Map<string, Promise<DiscordPage>>();
  const pageFor = (options: Record<string, unknown>): Promise<DiscordPage> => {
    const key = JSON.stringify(Object.entries(options).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    let page = pages.get(key);
    if (!page) {
      page = (async () => {
        // On a turn of the event loop of its own: a summary of a large corpus is tens of ms to make, and the
        // structures it reads (not warmed when the corpus was loaded) are built first, in slices.
        await new Promise<void>((resolve) => setImmediate(resolve));
        await summarySpec()
          .prepare?.(input.corpus, slicedPause())
          .catch(() => undefined);
        const spec = findAnswer('summary');
        const result = spec ? runAnswer(spec, input.corpus, options) : null;
        if (result?.ok && result.value.command === 'summary') {
          // Handing a large answer to the render worker copies it (several ms): on a turn of its own too.
          await new Promise<void>((resolve) => setImmediate(resolve));
          return renderer.render(result.value as SummaryAnswer);
        }
        // Refused options, no articles: as /summary words them.
        return summaryPage(input.corpus, options);
      })();
      pages.set(key, page);
    }
    return page;
  };
  try {
    for (const record of records) {
      if (record.corpusHash === input.corpus.hash || !input.owns(record)) continue;
      const outcome = await refreshPinnedSummary({
        rest: input.rest,
        pins: input.pins,
        record,
        corpusHash: input.corpus.hash,
        page: () => pageFor(record.options ?? {}),
      }).catch((): RefreshOutcome => 'failed');
      done.push({ channelId: record.channelId, outcome });
    }
  } finally {
    if (!input.renderer) renderer.close();
  }
  return done;
}
