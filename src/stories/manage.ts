import { cp, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { listArticleFiles } from '../corpus/readArticles.js';
import { StoryError } from './articles.js';
import type { StoryCatalog } from './catalog.js';
import { storyCacheDir, storyDir, type StoryFolders } from './folders.js';
import { isSample, storyKey, type StoryRef } from './names.js';

/** Makes a story: its row, then its folder, with a copy of `from`'s articles when given. Returns how many were copied. */
export async function createStory(input: { folders: StoryFolders; catalog: StoryCatalog; ref: StoryRef; by: string | null; from?: StoryRef }): Promise<number> {
  const { folders, catalog, ref, from } = input;
  if (isSample(ref)) throw new StoryError('"sample" is the sample story; choose another name');
  if (!catalog.create(ref, input.by)) throw new StoryError(`there is a story called ${ref.name} already`);
  const dir = storyDir(folders, ref);
  await mkdir(dir, { recursive: true });
  if (!from) return 0;
  const names = await listArticleFiles(storyDir(folders, from));
  for (const n of names) await cp(path.join(storyDir(folders, from), n), path.join(dir, n), { errorOnExist: false, force: false });
  return names.length;
}

export interface StoryUsage {
  channels: string[];
  defaultOf: string[];
  pinnedIn: string[];
}

/** What uses a story, in words (empty when nothing does): said before a deletion is confirmed. */
export function describeUsage(usage: StoryUsage, channel: (id: string) => string = (id) => `channel ${id}`): string[] {
  return [
    ...usage.channels.map((c) => `${channel(c)} uses it`),
    ...(usage.defaultOf.length ? ['it is the server default'] : []),
    ...usage.pinnedIn.map((c) => `${channel(c)} has its summary pinned`),
  ];
}

/** Deletes a story: its rows and bindings in one transaction, then its folder (articles and trash) and its snapshots. */
export async function deleteStory(input: { folders: StoryFolders; catalog: StoryCatalog; ref: StoryRef }): Promise<StoryUsage> {
  const { folders, catalog, ref } = input;
  if (isSample(ref)) throw new StoryError('the sample story cannot be deleted');
  if (!catalog.exists(ref)) throw new StoryError(`there is no story ${storyKey(ref)}`);
  const usage = catalog.usage(ref);
  catalog.delete(ref);
  await rm(storyDir(folders, ref), { recursive: true, force: true });
  if (folders.cacheDir) await rm(storyCacheDir(folders.cacheDir, ref), { recursive: true, force: true });
  return usage;
}
