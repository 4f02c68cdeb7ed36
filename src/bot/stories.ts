import type { Interaction } from 'discord.js';
import type { StateDatabase } from '../state/database.js';
import type { StoryCatalog } from '../stories/catalog.js';
import type { StoryLibrary } from '../stories/library.js';
import { isSample, SAMPLE, type StoryRef } from '../stories/names.js';
import { plainText } from '../render/discord/markdown.js';
import { UserError } from './errors.js';

/**
 * What the bot knows of stories: which exist and who follows which (catalog), and their loaded corpora (library).
 * `state` is the state database, for the stores not yet behind an interface of their own (feeds, what's new).
 */
export interface Stories {
  catalog: StoryCatalog;
  library: StoryLibrary;
  state: StateDatabase;
}

/** How an answer names its story: `sample`, or the server's own name for it. */
export const storyLabel = (ref: StoryRef) => (isSample(ref) ? SAMPLE.name : ref.name);

/**
 * The story an interaction is about: the `story` option when given (one of
 * this server's stories, or `sample`), else the channel's, else the server's
 * default, else the sample. A server can never reach another server's story:
 * a name is looked up among the asking server's own.
 */
export async function resolveStory(catalog: StoryCatalog, interaction: Pick<Interaction, 'guildId' | 'channelId'>, requested: unknown): Promise<StoryRef> {
  if (typeof requested === 'string' && requested.trim()) {
    const name = requested.trim().toLowerCase();
    if (name === SAMPLE.name) return SAMPLE;
    if (!interaction.guildId) throw new UserError('In direct messages only the **sample** story is available.');
    const ref = { owner: interaction.guildId, name };
    if (!(await catalog.exists(ref)))
      throw new UserError(`This server has no story called “${plainText(requested).slice(0, 40)}”. \`/story list\` shows them.`);
    return ref;
  }
  return catalog.storyFor(interaction.guildId, interaction.channelId);
}

/** Autocomplete for a `story` option: the sample and this server's stories, those starting with what was typed first. */
export async function storyChoices(catalog: StoryCatalog, guildId: string | null, typed: string): Promise<string[]> {
  const names = [SAMPLE.name, ...(guildId ? (await catalog.list(guildId)).map((s) => s.name) : [])];
  const t = typed.trim().toLowerCase();
  return [...names.filter((n) => n.startsWith(t)), ...names.filter((n) => !n.startsWith(t) && n.includes(t))];
}
