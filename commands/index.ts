import type { CommandModule } from '../src/bot/command.js';
import { article } from './article.js';
import { crowdSize } from './crowdSize.js';
import { help } from './help.js';
import { ingestCommand } from './ingest.js';
import { search } from './search.js';
import { sources } from './sources.js';
import { story } from './story.js';
import { summary } from './summary.js';
import { timeline } from './timeline.js';
import { who } from './who.js';

/**
 * Every slash command the bot has. deploy-commands registers this list and
 * the bot routes interactions by it, so adding a command is one file here
 * (a CommandModule: `data` from SlashCommandBuilder, and `execute`, plus
 * `autocomplete` and `defer` when needed; see commands/search.ts) and one
 * entry in this list. Answers from src/answers/registry.ts need no more
 * than `execute: (ctx) => answerReply(ctx, '<answer name>')`.
 */
export const COMMANDS: readonly CommandModule[] = [timeline, crowdSize, who, search, sources, summary, ingestCommand, story, article, help];

export function findCommand(name: string): CommandModule | undefined {
  return COMMANDS.find((c) => c.data.name === name);
}
