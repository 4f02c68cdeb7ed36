import {
  InteractionContextType,
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
} from 'discord.js';
import type { Logger } from 'pino';
import { plainText } from '../render/discord/markdown.js';
import { COLOR, notice, withStoryFooter, type DiscordPage } from '../render/discord/pages.js';
import { resolveStory, storyChoices, storyLabel, type Stories } from './stories.js';
import type { CommandContext, CommandModule, CommandReply } from './command.js';
import { Cooldown, cooldownMessage } from './cooldown.js';
import { UserError } from './errors.js';
import { parsePageButton, parseWhyButton, Pager } from './paging.js';
import type { PinStore } from './pinStore.js';
import type { InteractionRecord } from '../ops/metrics.js';
import type { FeedbackStore, Vote } from '../state/feedback.js';
import { storyKey, type StoryRef } from '../stories/names.js';
import type { CorpusStore } from '../pipeline/store.js';
import { parseVoteButton, voteRow } from './votes.js';

const VOTE_COLOR = 0x2f855a;

/** Set on every message the bot sends, edits or follows up: nothing in an article or a query can ping anyone. */
export const NO_MENTIONS = { parse: [] as never[] };

export interface Choice {
  name: string;
  value: string;
}

/** Autocomplete suggestions within Discord's limits: at most 25, each name and value 1-100 characters, no duplicates. */
export function toChoices(suggestions: readonly (string | Choice)[]): Choice[] {
  const seen = new Set<string>();
  const out: Choice[] = [];
  for (const raw of suggestions) {
    const name = plainText(String(typeof raw === 'string' ? raw : raw.name));
    const full = typeof raw === 'string' ? name : plainText(String(raw.value));
    if (!name || !full) continue;
    const clipped = [...name].length > 100 ? `${[...name].slice(0, 99).join('')}…` : name;
    const value = [...full].slice(0, 100).join('');
    if (seen.has(value)) continue;
    seen.add(value);
    out.push({ name: clipped, value });
    if (out.length === 25) break;
  }
  return out;
}

/** The values of a chat command's options, by name. */
export function optionValues(interaction: ChatInputCommandInteraction): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const option of interaction.options.data) if (option.value !== undefined) values[option.name] = option.value;
  return values;
}

export interface RouterDeps {
  commands: readonly CommandModule[];
  pins: PinStore;
  logger: Logger;
  pageTtlMs: number;
  cooldownMs: number;
  allowPrivateLinks?: boolean;
  stories: Stories;
  /** Told of every interaction once answered (the metrics count them). */
  onInteraction?: (record: InteractionRecord) => void;
  /** Where answers and their 👍/👎 are recorded; without it, answers carry no vote buttons. */
  feedback?: FeedbackStore;
}

/**
 * Work that took longer than this is deferred next time: the answers are
 * synchronous, so a slow one is only known by having been slow, and Discord
 * drops an interaction not acknowledged within three seconds.
 */
const SLOW_MS = 800;

type Outcome = 'ok' | 'invalid' | 'forbidden' | 'unavailable' | 'cooldown' | 'refused' | 'expired' | 'unknown' | 'error';

/**
 * Turns interactions into replies. `handle` never throws: every failure
 * becomes an ephemeral message to the user and one log line.
 */
export class Router {
  readonly pager: Pager;
  private readonly byName: Map<string, CommandModule>;
  private readonly commandCooldown: Cooldown;
  private readonly pageCooldown: Cooldown;
  /** How long each command's work took last time: one that took long is deferred from then on. */
  private readonly lastWorkMs = new Map<string, number>();
  /** Interactions being answered now: a shutdown waits for them. */
  private readonly inFlight = new Set<Promise<void>>();
  private draining = false;

  constructor(private readonly deps: RouterDeps) {
    this.pager = new Pager(deps.pageTtlMs);
    this.byName = new Map(deps.commands.map((c) => [c.data.name, c]));
    this.commandCooldown = new Cooldown(5, deps.cooldownMs);
    this.pageCooldown = new Cooldown(20, deps.cooldownMs);
  }

  /** Never rejects. While draining (shutting down), a new command is told to try again shortly. */
  handle(interaction: Interaction): Promise<void> {
    const work = this.draining ? this.refuseWhileStopping(interaction) : this.answer(interaction);
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }

  /**
   * Stops taking new interactions and waits for those in flight (their
   * deferred replies included) to be answered, at most `timeoutMs`. Returns
   * how many were still unfinished when it gave up.
   */
  async drain(timeoutMs: number): Promise<number> {
    this.draining = true;
    let timer: NodeJS.Timeout | undefined;
    const waited = Promise.all([...this.inFlight]).then(() => true);
    const gaveUp = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const done = await Promise.race([waited, gaveUp]);
    clearTimeout(timer);
    return done ? 0 : this.inFlight.size;
  }

  private async refuseWhileStopping(interaction: Interaction): Promise<void> {
    try {
      if (interaction.isAutocomplete()) await interaction.respond([]);
      else if (interaction.isRepliable()) {
        const page = notice('Restarting', 'I am restarting and will be back in a minute. Please ask again shortly.');
        await interaction.reply({ embeds: page.embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      }
    } catch (err) {
      this.deps.logger.warn({ error: errorSummary(err) }, 'could not answer during shutdown');
    }
  }

  private async answer(interaction: Interaction): Promise<void> {
    const started = performance.now();
    let kind = 'other';
    let command: string | undefined;
    let outcome: Outcome;
    try {
      if (interaction.isChatInputCommand()) {
        kind = 'command';
        command = interaction.commandName;
        outcome = await this.command(interaction);
      } else if (interaction.isAutocomplete()) {
        kind = 'autocomplete';
        command = interaction.commandName;
        outcome = await this.autocomplete(interaction);
      } else if (interaction.isButton()) {
        kind = 'button';
        const turned = await this.button(interaction);
        command = turned.command;
        outcome = turned.outcome;
      } else return;
    } catch (err) {
      outcome = 'error';
      this.deps.logger.error({ error: errorSummary(err), interaction: kind, command }, 'interaction failed');
    }
    const latencyMs = Math.round(performance.now() - started);
    const name = command ? plainText(command).slice(0, 32) : undefined;
    this.deps.logger.info({ interaction: kind, command: name, latencyMs, outcome }, 'interaction');
    this.deps.onInteraction?.({ kind, command: name, outcome, latencyMs });
  }

  private async command(interaction: ChatInputCommandInteraction): Promise<Outcome> {
    const state = { deferred: false, ephemeral: false };
    const module = this.byName.get(interaction.commandName);
    if (!module) {
      await this.fail(interaction, state, 'I do not know that command. The command list may be out of date: ask an admin to run `npm run deploy-commands`.');
      return 'unknown';
    }
    if (await this.slowedDown(this.commandCooldown, interaction, state)) return 'cooldown';
    const defer = async (options: { ephemeral?: boolean } = {}) => {
      if (state.deferred || interaction.replied) return;
      await interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
      state.deferred = true;
      state.ephemeral = Boolean(options.ephemeral);
    };
    try {
      const name = module.data.name;
      if (!interaction.inGuild() && !(module.data.contexts ?? []).includes(InteractionContextType.BotDM)) {
        throw new UserError(`/${name} works in a server channel, not in direct messages. Use it in a server where I am installed.`);
      }
      const { story: requested, ...options } = optionValues(interaction);
      const story = await resolveStory(this.deps.stories.catalog, interaction, requested);
      const ephemeral = module.defer === 'ephemeral';
      const store = await this.openStory(story, () => defer({ ephemeral }));
      const ctx: CommandContext = {
        interaction,
        corpus: store.current(),
        store,
        story,
        stories: this.deps.stories,
        options,
        defer,
        pins: this.deps.pins,
        ...(this.deps.feedback ? { feedback: this.deps.feedback } : {}),
        commands: this.deps.commands,
        logger: this.deps.logger,
        allowPrivateLinks: this.deps.allowPrivateLinks ?? false,
      };
      module.validate?.(ctx);
      if (module.defer || (this.lastWorkMs.get(name) ?? 0) > SLOW_MS) await ctx.defer({ ephemeral });
      const workStarted = performance.now();
      const reply = await module.execute(ctx);
      this.lastWorkMs.set(name, performance.now() - workStarted);
      const takesStory = (module.data.options ?? []).some((o) => o.name === 'story');
      await this.send(
        interaction,
        state,
        module.data.name,
        takesStory ? { ...reply, pages: withStoryFooter(reply.pages, storyLabel(story)) } : reply,
        storyKey(story),
      );
      return 'ok';
    } catch (err) {
      if (err instanceof UserError) {
        await this.fail(interaction, state, err.message);
        return err.outcome;
      }
      this.deps.logger.error({ error: errorSummary(err), command: module.data.name }, 'command failed');
      await this.fail(interaction, state, `Something went wrong answering /${module.data.name}. It has been logged; please try again later.`);
      return 'error';
    }
  }

  /**
   * Sends the first page; with more, adds buttons that only the asker can use, and under an answer with
   * explained items a "Why?" button; all disabled when they expire, before the interaction's token dies.
   * Under a public answer, 👍 and 👎, and the answer is recorded for the feedback report.
   */
  private async send(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    state: { deferred: boolean },
    command: string,
    reply: CommandReply,
    story: string,
  ): Promise<void> {
    const pages: DiscordPage[] = reply.pages.length ? reply.pages : [notice('Nothing to show', 'This answer is empty.')];
    const votable = Boolean(reply.feedback && this.deps.feedback && !reply.ephemeral);
    const extra = [...(reply.components ?? []), ...(votable ? [voteRow()] : [])];
    let components: InteractionReplyOptions['components'] = extra;
    const why = reply.pages.length ? reply.why : undefined;
    if (pages.length > 1 || why) {
      const { rows } = this.pager.open({
        userId: interaction.user.id,
        command,
        pages,
        createdAt: interaction.createdTimestamp,
        extra,
        ...(why ? { why } : {}),
        onExpire: async (disabled) => {
          await interaction.editReply({ components: [...disabled, ...extra], allowedMentions: NO_MENTIONS });
        },
      });
      components = [...rows, ...extra];
    }
    const payload = { embeds: pages[0]!.embeds, components, allowedMentions: NO_MENTIONS };
    let messageId: string | undefined;
    if (state.deferred) messageId = (await interaction.editReply(payload)).id;
    else {
      const sent = await interaction.reply({ ...payload, ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}), withResponse: true });
      messageId = sent.resource?.message?.id;
    }
    if (votable && messageId) this.recordAnswer(interaction, messageId, command, story, reply.feedback!);
  }

  /** Keeps an answer message for the feedback report; a failure costs the votes on it, never the answer. */
  private recordAnswer(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    messageId: string,
    command: string,
    story: string,
    feedback: NonNullable<CommandReply['feedback']>,
  ): void {
    try {
      this.deps.feedback!.recordAnswer({ messageId, guildId: interaction.guildId, command, story, ...feedback });
    } catch (err) {
      this.deps.logger.warn({ error: errorSummary(err), command }, 'could not record an answer for feedback');
    }
  }

  /** A 👍 or 👎: stored for this person (replacing their earlier vote on the message), acknowledged privately. */
  private async vote(interaction: ButtonInteraction, vote: Vote): Promise<{ command?: string; outcome: Outcome }> {
    const state = { deferred: false, ephemeral: false };
    if (await this.slowedDown(this.pageCooldown, interaction, state)) return { outcome: 'cooldown' };
    const feedback = this.deps.feedback;
    const record = feedback?.answer(interaction.message.id);
    if (!feedback || !record || !feedback.vote(interaction.message.id, interaction.user.id, vote)) {
      await this.fail(interaction, state, 'This answer can no longer be rated. Ask again to rate the new answer.', 'Not recorded');
      return { outcome: 'expired' };
    }
    const page = notice(
      'Thanks',
      `Your ${vote > 0 ? '👍' : '👎'} on this answer is recorded (you can change it). Moderators see the ratings with /feedback.`,
      VOTE_COLOR,
    );
    await interaction.reply({ embeds: page.embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return { command: record.command, outcome: 'ok' };
  }

  /** An ephemeral message to the user, whatever state the interaction is in. Never throws. */
  /** The story's corpus store, loaded first when it is not in memory, which may take longer than Discord waits: acknowledged first then. */
  private async openStory(story: StoryRef, acknowledge: () => Promise<void>): Promise<CorpusStore> {
    const { library } = this.deps.stories;
    if (!library.peek(story)) await acknowledge();
    try {
      const store = await library.open(story);
      store.current();
      return store;
    } catch {
      throw new UserError('The articles of this story could not be loaded just now. Try again in a few seconds.', 'unavailable');
    }
  }

  /** Whether this person has to wait before their next turn of `cooldown`: if so, they are told how long, and nothing else runs. */
  private async slowedDown(
    cooldown: Cooldown,
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    state: { deferred: boolean; ephemeral: boolean },
  ): Promise<boolean> {
    const turn = cooldown.take(interaction.user.id);
    if (turn.ok) return false;
    await this.fail(interaction, state, cooldownMessage(turn.retryAfterMs), 'Slow down a little');
    return true;
  }

  private async fail(
    interaction: ChatInputCommandInteraction | ButtonInteraction,
    state: { deferred: boolean; ephemeral: boolean },
    text: string,
    title = 'Could not answer that',
  ): Promise<void> {
    const page = notice(title, text);
    try {
      if (!state.deferred && !interaction.replied && !interaction.deferred) {
        await interaction.reply({ embeds: page.embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      } else if (state.deferred || interaction.deferred) {
        // Discord's documented path after a deferral: edit the loading message. A public "thinking…" stays
        // public (its visibility is fixed at the deferral), which is why options are checked before deferring.
        await interaction.editReply({ embeds: page.embeds, components: [], allowedMentions: NO_MENTIONS });
      } else {
        await interaction.followUp({ embeds: page.embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
      }
    } catch (err) {
      this.deps.logger.warn({ error: errorSummary(err) }, 'could not deliver an error message');
    }
  }

  private async button(interaction: ButtonInteraction): Promise<{ command?: string; outcome: Outcome }> {
    const state = { deferred: false, ephemeral: false };
    const vote = parseVoteButton(interaction.customId);
    if (vote) return this.vote(interaction, vote);
    const own = /^eventdesk:([a-z-]{1,32}):(.*)$/.exec(interaction.customId);
    const owner = own && !own[0].startsWith('eventdesk:page:') ? this.byName.get(own[1]!) : undefined;
    if (owner?.button) {
      try {
        const reply = await owner.button({
          interaction,
          args: own![2]!.split(':'),
          stories: this.deps.stories,
          pins: this.deps.pins,
          ...(this.deps.feedback ? { feedback: this.deps.feedback } : {}),
          logger: this.deps.logger,
        });
        if (reply.ephemeral) await this.send(interaction, state, owner.data.name, reply, '');
        else await interaction.update({ embeds: reply.pages[0]?.embeds ?? [], components: reply.components ?? [], allowedMentions: NO_MENTIONS });
        return { command: owner.data.name, outcome: 'ok' };
      } catch (err) {
        if (!(err instanceof UserError)) throw err;
        await this.fail(interaction, state, err.message);
        return { command: owner.data.name, outcome: err.outcome };
      }
    }
    const why = parseWhyButton(interaction.customId);
    if (why) return this.why(interaction, why.sessionId);
    const parsed = parsePageButton(interaction.customId);
    if (!parsed) {
      await this.fail(interaction, state, 'This button no longer does anything. Run the command again.', 'Expired');
      return { outcome: 'unknown' };
    }
    if (await this.slowedDown(this.pageCooldown, interaction, state)) return { outcome: 'cooldown' };
    const result = this.pager.turn(parsed.sessionId, interaction.user.id, parsed.action);
    if (result.kind === 'expired') {
      await this.fail(interaction, state, 'These page buttons have expired. Run the command again for a fresh answer.', 'Expired');
      return { outcome: 'expired' };
    }
    const command = result.session.command;
    if (result.kind === 'refused') {
      await this.fail(interaction, state, `Only the person who asked can turn these pages. Run /${command} yourself to get your own copy.`, 'Not your answer');
      return { command, outcome: 'refused' };
    }
    await interaction.update({ embeds: result.page.embeds, components: [...result.rows, ...result.session.extra], allowedMentions: NO_MENTIONS });
    return { command, outcome: 'ok' };
  }

  /** "Why?": the rules behind the items of the page the answer shows now, to whoever asked, and to no one else. */
  private async why(interaction: ButtonInteraction, sessionId: string): Promise<{ command?: string; outcome: Outcome }> {
    const state = { deferred: false, ephemeral: false };
    if (await this.slowedDown(this.pageCooldown, interaction, state)) return { outcome: 'cooldown' };
    const result = this.pager.why(sessionId);
    if (result.kind === 'expired') {
      await this.fail(interaction, state, 'This Why? button has expired. Run the command again for a fresh answer.', 'Expired');
      return { outcome: 'expired' };
    }
    const page = result.page ?? notice('Why?', 'Nothing on this page comes from an extraction rule.', COLOR);
    await interaction.reply({ embeds: page.embeds, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return { command: result.session.command, outcome: 'ok' };
  }

  private async autocomplete(interaction: AutocompleteInteraction): Promise<Outcome> {
    const module = this.byName.get(interaction.commandName);
    let choices: Choice[] = [];
    let outcome: Outcome = 'ok';
    try {
      const focused = interaction.options.getFocused(true);
      const { catalog, library } = this.deps.stories;
      if (focused.name === 'story') choices = toChoices(await storyChoices(catalog, interaction.guildId, String(focused.value ?? '')));
      else if (!module?.autocomplete) outcome = 'unknown';
      else {
        // No time to load a story here (3 s, and the user is typing): suggest from it once it is in memory.
        // Found under a sub-command too (/article restore), where Discord nests the options.
        const requested = interaction.options.get('story')?.value;
        let story;
        try {
          story = await resolveStory(catalog, interaction, requested);
        } catch {
          story = undefined;
        }
        const corpus = story ? library.peek(story) : undefined;
        if (story && !corpus) void library.open(story).catch(() => undefined);
        if (corpus)
          choices = toChoices(
            await module.autocomplete(
              corpus,
              { name: focused.name, value: String(focused.value ?? '') },
              { stories: this.deps.stories, guildId: interaction.guildId, story, subcommand: interaction.options.getSubcommand(false) },
            ),
          );
      }
    } catch (err) {
      this.deps.logger.warn({ error: errorSummary(err), command: interaction.commandName }, 'autocomplete failed');
      outcome = 'error';
    }
    await interaction.respond(choices);
    return outcome;
  }
}

/** An error for the log: its type, message and stack, never a request's headers (where the token travels). */
export function errorSummary(err: unknown): Record<string, unknown> {
  if (err instanceof Error) {
    const status = (err as { status?: unknown }).status;
    const code = (err as { code?: unknown }).code;
    return { type: err.name, message: err.message, ...(status !== undefined ? { status } : {}), ...(code !== undefined ? { code } : {}), stack: err.stack };
  }
  return { type: typeof err, message: String(err) };
}
