import { z } from 'zod';

/**
 * A story is named within its owner: a Discord server (its id) or the host
 * (stories made from the terminal). The bot's default story (the articles
 * folder of the settings, the bundled reports unless changed) has no owner
 * and is called `sample` in Discord, where servers can read it and copy it
 * but not change it.
 */
export interface StoryRef {
  /** A server id, `host`, or '' for the default story. */
  owner: string;
  name: string;
}

export const SAMPLE: StoryRef = { owner: '', name: 'sample' };
export const HOST = 'host';

/** Names a story may not take: they mean something else in commands and folders. */
export const RESERVED_NAMES = ['sample', 'default', 'all', 'none', 'host', 'new', 'list', 'trash', 'help', 'story', 'stories', 'server'];

export const StoryNameSchema = z
  .string()
  .trim()
  .min(1, 'a story name must not be empty')
  .max(32, 'a story name is at most 32 characters')
  .regex(/^[a-z0-9-]+$/, 'a story name is lower-case letters, digits and hyphens, such as "chile-protests"')
  .regex(/^[a-z0-9](.*[a-z0-9])?$/, 'a story name starts and ends with a letter or a digit')
  .refine((n) => !RESERVED_NAMES.includes(n), { message: `that name is reserved (${RESERVED_NAMES.join(', ')}): choose another` });

export const isSample = (ref: StoryRef) => ref.owner === '';

/** One string for a story: `sample`, or `OWNER/NAME`. */
export const storyKey = (ref: StoryRef) => (isSample(ref) ? SAMPLE.name : `${ref.owner}/${ref.name}`);

export function parseStoryKey(key: string): StoryRef | null {
  if (key === SAMPLE.name) return SAMPLE;
  const m = /^(host|\d{15,21})\/([a-z0-9-]{1,32})$/.exec(key);
  return m ? { owner: m[1]!, name: m[2]! } : null;
}
