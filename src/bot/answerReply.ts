import { findAnswer, runAnswer } from '../answers/registry.js';
import { renderDiscord } from '../render/discord/index.js';
import { escapeText } from '../render/discord/markdown.js';
import { ApplicationCommandOptionType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { parseOptions } from '../answers/options.js';
import type { CommandContext, CommandModule, CommandReply } from './command.js';
import { UserError } from './errors.js';

/**
 * Runs an answer from the registry with the interaction's options, validated
 * by the same schema the CLI uses, and renders it as Discord pages.
 */
export function answerReply(ctx: Pick<CommandContext, 'corpus' | 'options'>, name: string): CommandReply {
  const spec = answerSpec(name);
  const result = runAnswer(spec, ctx.corpus, ctx.options);
  if (!result.ok) throw new UserError(escapeText(result.message));
  return { pages: renderDiscord(result.value) };
}

function answerSpec(name: string) {
  const spec = findAnswer(name);
  if (!spec) throw new UserError(`/${name} is not available in this version of the bot yet.`, 'unavailable');
  return spec;
}

/** The options of an answer command, checked by its schema (as the CLI checks them), before the router acknowledges. */
export function validateAnswerOptions(name: string, options: Record<string, unknown>): void {
  const parsed = parseOptions(answerSpec(name).options, options);
  if (!parsed.ok) throw new UserError(escapeText(parsed.message));
}

/** The `story` option every command that answers from a story takes, last (it is optional). */
export const STORY_OPTION = {
  type: ApplicationCommandOptionType.String,
  name: 'story',
  description: "Which story to answer from (default: this channel's, or the server's)",
  max_length: 32,
  autocomplete: true,
} as const;

/** A command's definition with the `story` option added. */
export function withStoryOption(data: RESTPostAPIChatInputApplicationCommandsJSONBody): RESTPostAPIChatInputApplicationCommandsJSONBody {
  return { ...data, options: [...(data.options ?? []), STORY_OPTION] };
}

/** A slash command that runs an answer from the registry: its options checked before deferring, its reply the rendered answer. */
export function answerCommand(name: string, data: RESTPostAPIChatInputApplicationCommandsJSONBody, extra: Partial<CommandModule> = {}): CommandModule {
  return { data: withStoryOption(data), validate: (ctx) => validateAnswerOptions(name, ctx.options), execute: (ctx) => answerReply(ctx, name), ...extra };
}
