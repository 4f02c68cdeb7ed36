import { cp, mkdir, readdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { withCorpusLock } from '../ingest/corpusLock.js';
import { listArticleFiles } from '../corpus/readArticles.js';
import { readHealth } from './health.js';
import { STATE_FILE, StateDatabase } from '../state/database.js';

/**
 * A backup is a folder holding `articles/` (every article file, as written),
 * `state/` (what the bot keeps across restarts; not its health reports) and
 * `backup.json` (when, from where, how many articles). The index cache is
 * left out: it is rebuilt from the articles.
 */
export interface BackupManifest {
  createdAt: string;
  corpusDir: string;
  stateDir: string;
  articles: number;
  /** Story folders copied (each with its articles and trash). */
  stories: number;
}

/** A folder's article files and its trash, under its ingest lock; returns how many articles. */
async function copyArticleFolder(from: string, to: string): Promise<number> {
  await mkdir(to, { recursive: true });
  return withCorpusLock(from, async () => {
    const names = await listArticleFiles(from);
    for (const name of names) await cp(path.join(from, name), path.join(to, name), { preserveTimestamps: true });
    if (await exists(path.join(from, '.trash'))) await cp(path.join(from, '.trash'), path.join(to, '.trash'), { recursive: true, preserveTimestamps: true });
    return names.length;
  });
}

const exists = (p: string) =>
  stat(p).then(
    () => true,
    () => false,
  );
const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-');

/**
 * Copies the articles and the state into a new folder under `into`. Holds the
 * corpus folder's ingest lock while copying the articles, so an ingest from
 * the bot or the terminal cannot land half in, half out of the copy.
 */
export async function backup(options: {
  corpusDir: string;
  stateDir: string;
  storiesDir?: string;
  cacheDir?: string;
  into: string;
  now?: Date;
}): Promise<{ folder: string; manifest: BackupManifest }> {
  const now = options.now ?? new Date();
  if (
    !(await stat(options.corpusDir).then(
      (s) => s.isDirectory(),
      () => false,
    ))
  ) {
    throw new Error(`${options.corpusDir}: the corpus folder does not exist or is not a folder`);
  }
  const folder = path.join(path.resolve(options.into), `eventdesk-backup-${stamp(now)}`);
  for (const source of [options.corpusDir, options.stateDir, ...(options.storiesDir ? [options.storiesDir] : [])]) {
    const rel = path.relative(path.resolve(source), folder);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) throw new Error(`a backup cannot go inside ${source}, the folder it copies: name another folder`);
  }
  if (await exists(folder)) throw new Error(`${folder} already exists`);
  const articles = await copyArticleFolder(options.corpusDir, path.join(folder, 'articles'));
  let stories = 0;
  if (options.storiesDir) {
    await mkdir(path.join(folder, 'stories'), { recursive: true });
    for (const owner of await readdir(options.storiesDir).catch(() => [] as string[])) {
      for (const name of await readdir(path.join(options.storiesDir, owner)).catch(() => [] as string[])) {
        await copyArticleFolder(path.join(options.storiesDir, owner, name), path.join(folder, 'stories', owner, name));
        stories++;
      }
    }
  }
  await mkdir(path.join(folder, 'state'));
  if (await exists(options.stateDir)) {
    await cp(options.stateDir, path.join(folder, 'state'), {
      recursive: true,
      // Health reports describe a running process, and the index cache is rebuilt from the articles: neither is
      // restored. The database is copied below, through SQLite, never as files a writer may be halfway through.
      filter: (src) => {
        const top = path.relative(options.stateDir, src).split(path.sep)[0]!;
        return top !== 'health' && !top.startsWith(STATE_FILE) && (!options.cacheDir || path.resolve(src) !== path.resolve(options.cacheDir));
      },
    });
    if (await exists(path.join(options.stateDir, STATE_FILE))) {
      const db = StateDatabase.open(options.stateDir);
      try {
        await db.backupTo(path.join(folder, 'state', STATE_FILE));
      } finally {
        db.close();
      }
    }
  }
  const manifest: BackupManifest = { createdAt: now.toISOString(), corpusDir: options.corpusDir, stateDir: options.stateDir, articles, stories };
  await writeFile(path.join(folder, 'backup.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { folder, manifest };
}

/**
 * Puts a backup back: the articles into `corpusDir`, the state into
 * `stateDir`, the stories into `storiesDir`. Refused while a bot reports itself running on that state
 * folder. What the folders held before is moved aside (renamed with
 * `.before-restore-<time>`), never deleted, so a restore of the wrong backup
 * loses nothing.
 */
export async function restore(options: {
  from: string;
  corpusDir: string;
  stateDir: string;
  storiesDir?: string;
  now?: Date;
}): Promise<{ articles: number; movedAside: string[] }> {
  const from = path.resolve(options.from);
  if (!(await exists(path.join(from, 'backup.json'))) || !(await exists(path.join(from, 'articles')))) {
    throw new Error(`${from} is not an eventdesk backup (no backup.json and articles/ in it)`);
  }
  if ((await readHealth(options.stateDir)).reports.length) {
    throw new Error('a bot is running on this state folder: stop it before restoring (npm run health shows it)');
  }
  const suffix = `.before-restore-${stamp(options.now ?? new Date())}`;
  const movedAside: string[] = [];
  const hasStories = options.storiesDir !== undefined && (await exists(path.join(from, 'stories')));
  for (const target of [options.corpusDir, options.stateDir, ...(hasStories ? [options.storiesDir!] : [])]) {
    if ((await readdir(target).catch(() => [])).length) {
      await rename(target, `${target}${suffix}`);
      movedAside.push(`${target}${suffix}`);
    }
  }
  await cp(path.join(from, 'articles'), options.corpusDir, { recursive: true, preserveTimestamps: true });
  await mkdir(options.stateDir, { recursive: true });
  if (await exists(path.join(from, 'state'))) await cp(path.join(from, 'state'), options.stateDir, { recursive: true });
  if (hasStories) await cp(path.join(from, 'stories'), options.storiesDir!, { recursive: true, preserveTimestamps: true });
  return { articles: (await listArticleFiles(options.corpusDir)).length, movedAside };
}
