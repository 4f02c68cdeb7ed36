import path from 'node:path';
import { isSample, type StoryRef } from './names.js';

/** Where stories keep their articles: the default story in the articles folder, every other in its own folder. */
export interface StoryFolders {
  /** The default story's articles (EVENTDESK_CORPUS_DIR). */
  corpusDir: string;
  /** Every other story: `<storiesDir>/<owner>/<name>/` (EVENTDESK_STORIES_DIR). */
  storiesDir: string;
  /** The snapshots (EVENTDESK_CACHE_DIR): when given, deleting a story deletes its cache folder too. */
  cacheDir?: string;
}

export function storyDir(folders: StoryFolders, ref: StoryRef): string {
  return isSample(ref) ? folders.corpusDir : path.join(folders.storiesDir, ref.owner, ref.name);
}

/**
 * A story's snapshots: the default story's in the cache folder itself, every
 * other's in `<cacheDir>/stories/<owner>/<name>/`. A cache folder keeps only
 * its few newest snapshots (KEEP in src/pipeline/snapshot.ts), so stories
 * sharing one would evict each other's and every cold load would rebuild.
 */
export function storyCacheDir(cacheDir: string, ref: StoryRef): string {
  return isSample(ref) ? cacheDir : path.join(cacheDir, 'stories', ref.owner, ref.name);
}

/** Removed articles wait here (a dot folder, which the loader never reads) until restored or purged. */
export const trashDir = (folders: StoryFolders, ref: StoryRef) => path.join(storyDir(folders, ref), '.trash');
