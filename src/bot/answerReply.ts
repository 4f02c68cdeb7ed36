import { findAnswer, runAnswer } from '../answers/registry.js';
import { renderDiscord } from '../render/discord/index.js';
import { escapeText } from '../render/discord/markdown.js';
import type { CommandContext, CommandReply } from './command.js';
import { UserError } from './errors.js';

/**
 * Runs an answer from the registry with the interaction's options, validated
 * by the same schema the CLI uses, and renders it as Discord pages.
 */
export function answerReply(ctx: Pick<CommandContext, 'corpus' | 'options'>, name: string): CommandReply {
  const spec = findAnswer(name);
  if (!spec) throw new UserError(`/${name} is not available in this version of the bot yet.`, 'unavailable');
  const result = runAnswer(spec, ctx.corpus, ctx.options);
  if (!result.ok) throw new UserError(escapeText(result.message));
  return { pages: renderDiscord(result.value) };
}
