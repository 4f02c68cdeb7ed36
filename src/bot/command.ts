import type { OptionChoice } from '../answers/crowdSize/choices.js';
import type {
  APIActionRowComponent,
  APIButtonComponent,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Corpus } from '../pipeline/corpus.js';
import type { CorpusStore } from '../pipeline/store.js';
import type { DiscordPage } from '../render/discord/pages.js';
import type { PinStore } from './pinStore.js';
import type { FeedbackStore } from '../state/feedback.js';
import type { StoryRef } from '../stories/names.js';
import type { Stories } from './stories.js';

/** What a command handler gets for one interaction. */
export interface CommandContext {
  interaction: ChatInputCommandInteraction;
  /** Read once when the interaction arrived: a reload mid-request does not change it. */
  corpus: Corpus;
  /** The live corpus of the story asked about, for a command that changes its folder (/ingest): its `dir`, and `reload()`. */
  store: CorpusStore;
  /** The story the interaction is about: its `story` option, else the channel's, the server's default, the sample. */
  story: StoryRef;
  stories: Stories;
  /** The option values Discord sent, by option name, unvalidated. */
  options: Record<string, unknown>;
  /** Acknowledges now, before slow work (Discord allows three seconds); later replies edit it. */
  defer(options?: { ephemeral?: boolean }): Promise<void>;
  pins: PinStore;
  /** Answer messages and their votes, for /feedback; absent when the bot keeps none. */
  feedback?: FeedbackStore;
  /** Every command module, for /help. */
  commands: readonly CommandModule[];
  logger: Logger;
  /** Links given to /ingest may point into the bot's own network (EVENTDESK_INGEST_ALLOW_PRIVATE_LINKS, for a test setup on one machine). */
  allowPrivateLinks: boolean;
}

/** What a command's button handler gets: the click, and the bot's stories. */
export interface ButtonContext {
  interaction: ButtonInteraction;
  /** The custom id's parts after `eventdesk:<command>:`. */
  args: string[];
  stories: Stories;
  pins: PinStore;
  /** Answer messages and their votes (the ask buttons find the question here). */
  feedback?: FeedbackStore;
  logger: Logger;
}

/** The custom id of a command's own button. */
export const commandButtonId = (command: string, ...args: string[]) => ['eventdesk', command, ...args].join(':');

/** What a handler answers: pages (turned with buttons when more than one), optionally only for the asker. */
export interface CommandReply {
  pages: DiscordPage[];
  ephemeral?: boolean;
  /** Buttons of the command's own, under every page (beside the page buttons). From a button, with `ephemeral`: a new private message, not an edit of the clicked one. */
  components?: APIActionRowComponent<APIButtonComponent>[];
  /** An answer: the router adds 👍/👎 under it and records it with these (the question, its options, the answer's shape). */
  feedback?: { question: string | null; options: Record<string, unknown>; shape: string };
  /** What a "Why?" button under the answer shows for page `index` (the rules behind its items); null: nothing there to explain. */
  why?: (index: number) => DiscordPage | null;
}

/**
 * One slash command: its definition (what deploy-commands registers) and its
 * handler, side by side in one file under commands/. Handlers return a reply
 * or throw a UserError; the router does the sending, paging, cooldowns,
 * error messages and logging.
 */
export interface CommandModule {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /**
   * The work may take over a second: the router defers before calling
   * execute ('ephemeral': privately, for a command whose outcome only the
   * asker should see). A command that turns out slow is deferred the same way.
   */
  defer?: boolean | 'ephemeral';
  /**
   * Checks the options before anything is sent, throwing a UserError: a bad
   * option is then a private message from the start, never a public
   * "thinking…" that has to be turned into an error.
   */
  validate?(ctx: CommandContext): void;
  execute(ctx: CommandContext): Promise<CommandReply> | CommandReply;
  /**
   * A click on one of this command's buttons (custom id `eventdesk:<command>:…`, such as a
   * confirmation); the reply replaces the message the button was on.
   */
  button?(ctx: ButtonContext): Promise<CommandReply> | CommandReply;
  /** Suggestions for the focused option as the user types; the router trims them to Discord's limits. */
  autocomplete?(
    corpus: Corpus,
    focused: { name: string; value: string },
    where?: { stories: Stories; guildId: string | null; story?: StoryRef; subcommand?: string | null },
  ): (string | OptionChoice)[] | Promise<(string | OptionChoice)[]>;
}
