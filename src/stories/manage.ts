import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';
import { listArticleFiles } from '../corpus/readArticles.js';
import { knownContentHash, rememberContentHash } from '../pipeline/loadCorpus.js';
import { isSegmentListFile, segmentsDir } from '../pipeline/articleWork.js';
import { isSnapshotFile } from '../pipeline/snapshot.js';
import { StoryError } from './articles.js';
import type { StoryCatalog, StoryUsage } from './catalog.js';
import { storyCacheDir, storyDir, type StoryFolders } from './folders.js';
import { isSample, storyKey, type StoryRef } from './names.js';

/**
 * Makes a story: its row, then its folder, with a copy of `from`'s articles when given, and of its snapshots
 * and articles' segments (the copy has the same content, so its first load reads the snapshot instead of
 * building, and its first change reads the segments instead of annotating every article again). Returns how
 * many articles were copied.
 */
export async function createStory(input: { folders: StoryFolders; catalog: StoryCatalog; ref: StoryRef; by: string | null; from?: StoryRef }): Promise<number> {
  const { folders, catalog, ref, from } = input;
  if (isSample(ref)) throw new StoryError('"sample" is the sample story; choose another name');
  if (!(await catalog.create(ref, input.by))) throw new StoryError(`there is a story called ${ref.name} already`);
  const dir = storyDir(folders, ref);
  await mkdir(dir, { recursive: true });
  if (!from) return 0;
  const source = storyDir(folders, from);
  const caches = folders.cacheDir ? { from: storyCacheDir(folders.cacheDir, from), to: storyCacheDir(folders.cacheDir, ref) } : null;
  const known = caches ? await knownContentHash(source, caches.from) : null;
  const names = await listArticleFiles(source);
  // A copy of each file (a clone where the file system can), never a link: an article edited by hand in one
  // story must not change the other. Many at once: one at a time, thousands of files take seconds.
  // A file already there (a folder left behind) is kept.
  const copying = inBatches(names, (n) =>
    copyFile(path.join(source, n), path.join(dir, n), constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    }),
  );
  // The cache is linked while the files copy: both wait on the disk, not on each other.
  const linking = caches ? linkCache(caches.from, caches.to) : Promise.resolve();
  await Promise.all([copying, linking]);
  if (caches) {
    // The copy's content is the original's when the original's listing did not change while it was copied.
    const after = known ? await knownContentHash(source, caches.from) : null;
    if (known && after?.key === known.key) await rememberContentHash(dir, caches.to, known.hash, { dir: source, cacheDir: caches.from }).catch(() => undefined);
  }
  return names.length;
}

/**
 * The snapshots of one cache folder into another, with their segment lists and the articles' segments (a
 * segment's key is its article's content and the code, not the story), as hard links: none of them is ever
 * written in place (each is written aside and renamed), and pruning one folder unlinks only its own names.
 * Copies where a link cannot be made. Costs only speed if it fails.
 */
async function linkCache(from: string, to: string): Promise<void> {
  const names = (await readdir(from).catch(() => [] as string[])).filter((n) => isSnapshotFile(n) || isSegmentListFile(n));
  if (!names.length) return;
  const segments = (await readdir(segmentsDir(from)).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  await mkdir(segmentsDir(to), { recursive: true });
  const linkOrCopy = (a: string, b: string) =>
    link(a, b)
      .catch(() => copyFile(a, b))
      .catch(() => undefined);
  // The segments first: a segment list names only segments that are there.
  await inBatches(segments, (n) => linkOrCopy(path.join(segmentsDir(from), n), path.join(segmentsDir(to), n)));
  await inBatches(names, (n) => linkOrCopy(path.join(from, n), path.join(to, n)));
}

async function inBatches<T>(items: T[], work: (item: T) => Promise<unknown>, size = 64): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
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
  if (!(await catalog.exists(ref))) throw new StoryError(`there is no story ${storyKey(ref)}`);
  const usage = await catalog.usage(ref);
  await catalog.delete(ref);
  await rm(storyDir(folders, ref), { recursive: true, force: true });
  if (folders.cacheDir) await rm(storyCacheDir(folders.cacheDir, ref), { recursive: true, force: true });
  return usage;
}
