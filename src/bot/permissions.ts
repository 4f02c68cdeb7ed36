import { PermissionFlagsBits, PermissionsBitField } from 'discord.js';

/** Readable names for the permissions the bot checks. */
const NAMES = new Map<bigint, string>([
  [PermissionFlagsBits.ViewChannel, 'View Channel'],
  [PermissionFlagsBits.SendMessages, 'Send Messages'],
  [PermissionFlagsBits.SendMessagesInThreads, 'Send Messages in Threads'],
  [PermissionFlagsBits.EmbedLinks, 'Embed Links'],
  [PermissionFlagsBits.ReadMessageHistory, 'Read Message History'],
  // Split from Manage Messages in 2025 (1 << 51); discord.js 14.28 names it PinMessages.
  [PermissionFlagsBits.PinMessages, 'Pin Messages'],
]);

export function permissionName(flag: bigint): string {
  return NAMES.get(flag) ?? Object.entries(PermissionFlagsBits).find(([, v]) => v === flag)?.[0] ?? `permission ${flag}`;
}

/**
 * The required permissions that `granted` lacks, by name. Unknown
 * permissions (null: Discord did not send them) count as all missing.
 */
export function missingPermissions(granted: PermissionsBitField | bigint | string | null | undefined, required: bigint[]): string[] {
  if (granted === null || granted === undefined) return required.map(permissionName);
  const bits = granted instanceof PermissionsBitField ? granted : new PermissionsBitField(BigInt(granted));
  // Administrator implies everything, as Discord applies it.
  if (bits.has(PermissionFlagsBits.Administrator)) return [];
  return required.filter((flag) => !bits.has(flag, false)).map(permissionName);
}

function list(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** One message naming what is missing, for whom; null when nothing is. */
export function describeMissing(member: string[], bot: string[]): string | null {
  const parts: string[] = [];
  if (member.length) parts.push(`You need the **${list(member)}** permission${member.length > 1 ? 's' : ''} in this channel.`);
  if (bot.length)
    parts.push(
      `I need the **${list(bot)}** permission${bot.length > 1 ? 's' : ''} in this channel: ask a server admin to grant ${bot.length > 1 ? 'them' : 'it'} to my role.`,
    );
  return parts.length ? parts.join('\n') : null;
}
