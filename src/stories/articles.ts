import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { withCorpusLock } from '../ingest/corpusLock.js';
import { listArticleFiles, parseArticleFile, readArticles } from '../corpus/readArticles.js';
import type { StoryCatalog, TrashRow } from './catalog.js';
import { storyDir, trashDir, type StoryFolders } from './folders.js';
import type { StoryRef } from './names.js';

/** How long a removed article stays in the trash before it is deleted for good. */
export const TRASH_DAYS = 30;

export class StoryError extends Error {}

export interface ArticleListing {
  article: string;
  title: string;
  publisher: string | null;
  published: string | null;
  file: string;
}

/** The articles of a story, as its files say (no index needed). */
export async function listStoryArticles(folders: StoryFolders, ref: StoryRef): Promise<ArticleListing[]> {
  const { sources } = await readArticles(storyDir(folders, ref));
  return sources.map(({ article: a }) => ({ article: a.id, title: a.title, publisher: a.publisher, published: a.published, file: a.file }));
}

async function fileOf(dir: string, article: string): Promise<string | null> {
  const names = await listArticleFiles(dir).catch(() => [] as string[]);
  return names.find((n) => n.slice(0, -path.extname(n).length) === article) ?? null;
}

/**
 * Moves an article into the story's trash: its passages leave every answer
 * at the next reload. The trash row is written first and only once, so of
 * two moderators removing the same article one is told it is gone already;
 * if the file cannot be moved, the row is taken back.
 */
export async function removeArticle(input: {
  folders: StoryFolders;
  catalog: StoryCatalog;
  ref: StoryRef;
  article: string;
  by: string | null;
  now?: Date;
}): Promise<TrashRow> {
  const { folders, catalog, ref, article } = input;
  const dir = storyDir(folders, ref);
  return withCorpusLock(dir, async () => {
    const file = await fileOf(dir, article);
    if (!file) {
      if (await catalog.inTrash(ref, article)) throw new StoryError(`${article} is already in the trash; restore it to bring it back.`);
      throw new StoryError(`there is no article ${article} in this story; list them to see their ids.`);
    }
    // That file alone: reading every article for one title cost more than the rest of a removal.
    const parsed = await readFile(path.join(dir, file)).then(
      (bytes) => parseArticleFile(file, bytes),
      () => null,
    );
    const title = parsed && 'article' in parsed ? parsed.article.title : article;
    const row: TrashRow = { article, file, title, removedAt: (input.now ?? new Date()).toISOString(), removedBy: input.by };
    if (!(await catalog.addToTrash(ref, row))) throw new StoryError(`${article} is already in the trash; restore it to bring it back.`);
    try {
      await mkdir(trashDir(folders, ref), { recursive: true });
      await rename(path.join(dir, file), path.join(trashDir(folders, ref), file));
    } catch (err) {
      await catalog.takeFromTrash(ref, article);
      throw err;
    }
    return row;
  });
}

/** Brings an article back from the trash; refused when a file of that name came back meanwhile. */
export async function restoreArticle(input: { folders: StoryFolders; catalog: StoryCatalog; ref: StoryRef; article: string }): Promise<TrashRow> {
  const { folders, catalog, ref, article } = input;
  const dir = storyDir(folders, ref);
  return withCorpusLock(dir, async () => {
    const row = await catalog.inTrash(ref, article);
    if (!row) throw new StoryError(`${article} is not in this story's trash (removed articles are kept ${TRASH_DAYS} days).`);
    const from = path.join(trashDir(folders, ref), row.file);
    if (
      !(await stat(from).then(
        () => true,
        () => false,
      ))
    ) {
      await catalog.takeFromTrash(ref, article);
      throw new StoryError(`${article}'s file is no longer in the trash folder; it cannot be restored.`);
    }
    if (await fileOf(dir, article)) throw new StoryError(`${article} is in the story again already.`);
    await rename(from, path.join(dir, row.file));
    await catalog.takeFromTrash(ref, article);
    return row;
  });
}

/** Deletes for good what has been in the trash longer than TRASH_DAYS; returns the ids. */
export async function purgeTrash(input: { folders: StoryFolders; catalog: StoryCatalog; ref: StoryRef; now?: Date }): Promise<string[]> {
  const cutoff = (input.now ?? new Date()).getTime() - TRASH_DAYS * 86_400_000;
  const purged: string[] = [];
  for (const row of await input.catalog.trash(input.ref)) {
    if (Date.parse(row.removedAt) > cutoff) continue;
    await rm(path.join(trashDir(input.folders, input.ref), row.file), { force: true });
    await input.catalog.takeFromTrash(input.ref, row.article);
    purged.push(row.article);
  }
  return purged;
}

/** Empties every story's trash of what has been there longer than TRASH_DAYS; never throws. */
export async function purgeAllTrash(input: { folders: StoryFolders; catalog: StoryCatalog; now?: Date }): Promise<number> {
  let purged = 0;
  for (const ref of await input.catalog.all()) purged += (await purgeTrash({ ...input, ref }).catch(() => [])).length;
  return purged;
}

/** True when the folder holds no article and no trash: a story can be made there. */
export async function isEmptyFolder(dir: string): Promise<boolean> {
  const names = await readdir(dir).catch(() => null);
  return names === null || names.length === 0;
}
