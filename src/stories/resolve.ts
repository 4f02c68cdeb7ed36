import { HOST, SAMPLE, StoryNameSchema, type StoryRef } from './names.js';

/**
 * A story as the terminal names it: `sample` (the default story), `NAME`
 * (the host's own), `SERVER_ID/NAME` or `host/NAME`; `--server ID` makes a
 * plain NAME that server's. Returns the reference or one plain sentence.
 */
export function storyFromTerminal(value: string, server?: string): StoryRef | string {
  const text = value.trim();
  if (text === SAMPLE.name || text === 'default') return SAMPLE;
  const slash = text.indexOf('/');
  const owner = slash > 0 ? text.slice(0, slash) : (server ?? HOST);
  const name = slash > 0 ? text.slice(slash + 1) : text;
  if (owner !== HOST && !/^\d{15,21}$/.test(owner)) return `${owner} is not a server id (15 to 21 digits) or "host"`;
  const parsed = StoryNameSchema.safeParse(name);
  return parsed.success ? { owner, name: parsed.data } : parsed.error.issues[0]!.message;
}
