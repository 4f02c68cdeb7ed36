import { REST, Routes } from 'discord.js';
import { COMMANDS } from '../../commands/index.js';
import { fromEnvironment, loadConfig } from '../config/settings.js';
import { runMain } from '../process/runMain.js';

/**
 * `npm run deploy-commands`: registers every command in commands/index.ts.
 * To one guild when DISCORD_GUILD_ID is set (instant, for testing),
 * globally otherwise (may take up to an hour to show everywhere).
 * Registration replaces the whole list, so removed commands disappear.
 */
async function main(): Promise<number> {
  const config = fromEnvironment(loadConfig);
  if (!config) return 1;
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const body = COMMANDS.map((c) => c.data);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  try {
    const saved = (await rest.put(route, { body })) as { name: string }[];
    const where = config.guildId ? `guild ${config.guildId}` : 'every server (global; allow up to an hour to appear)';
    process.stdout.write(`registered ${saved.length} command(s) for ${where}: ${saved.map((c) => `/${c.name}`).join(' ')}\n`);
    return 0;
  } catch (err) {
    const status = (err as { status?: number }).status;
    const hint =
      status === 401
        ? ' (check DISCORD_TOKEN)'
        : status === 403 || status === 404
          ? ' (check DISCORD_CLIENT_ID and DISCORD_GUILD_ID, and that the bot is in that guild)'
          : '';
    process.stderr.write(`error: could not register the commands: ${err instanceof Error ? err.message : String(err)}${hint}\n`);
    return 1;
  }
}

runMain(main);
