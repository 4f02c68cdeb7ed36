import { ApplicationIntegrationType, InteractionContextType } from 'discord.js';

/**
 * Where a command can be used (Discord's `contexts` and `integration_types`).
 * The bot is installed to servers only. Reading answers works in a server and
 * in a DM with the bot; changing or pinning anything needs a server, where
 * moderators and permissions exist.
 */
export const ANYWHERE = {
  contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
  integrationTypes: [ApplicationIntegrationType.GuildInstall],
} as const;

export const SERVERS_ONLY = {
  contexts: [InteractionContextType.Guild],
  integrationTypes: [ApplicationIntegrationType.GuildInstall],
} as const;
