import { ANSWERS } from '../src/answers/registry.js';
import { answerCommand } from '../src/bot/answerReply.js';
import type { CommandModule } from '../src/bot/command.js';
import { article } from './article.js';
import { feed } from './feed.js';
import { help } from './help.js';
import { ingestCommand } from './ingest.js';
import { story } from './story.js';
import { summary } from './summary.js';

/**
 * Answer commands with a module of their own here (more than the answer:
 * /summary also pins). Every other answer in src/answers/registry.ts is a
 * slash command derived from its declaration alone (answerCommand).
 */
const OWN_MODULES: Record<string, CommandModule> = { summary };

/**
 * Every slash command the bot has. deploy-commands registers this list and
 * the bot routes interactions by it. An answer from src/answers/registry.ts
 * needs nothing here; any other command is one file here (a CommandModule:
 * `data` from SlashCommandBuilder, and `execute`, plus `autocomplete` and
 * `defer` when needed; see commands/article.ts) and one entry in this list.
 */
export const COMMANDS: readonly CommandModule[] = [
  ...ANSWERS.map((spec) => OWN_MODULES[spec.name] ?? answerCommand(spec.name)),
  ingestCommand,
  story,
  article,
  feed,
  help,
];

export function findCommand(name: string): CommandModule | undefined {
  return COMMANDS.find((c) => c.data.name === name);
}
