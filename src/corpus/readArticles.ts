import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { futureDate, systemClock, utcDay, type Clock } from './clock.js';
import { readDateline } from './dateline.js';
import { readFrontMatter } from './frontMatter.js';
import type { ArticleSource, CorpusProblem } from './types.js';
import { listArticleFiles } from './articleFiles.js';
import { chromeKind, isShortLabel, looksLikeHeadline } from '../passages/boilerplate.js';

export { ARTICLE_EXTENSIONS, listArticleFiles } from './articleFiles.js';
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface ArticleFile {
  name: string;
  bytes: Uint8Array;
}

export interface ReadResult {
  sources: ArticleSource[];
  problems: CorpusProblem[];
}

export interface ParseOptions {
  /** What "today" is for publication dates (one after tomorrow is refused); the system clock by default. */
  clock?: Clock;
}

/** Why a corpus folder cannot be read at all. */
export type FolderProblemKind = 'missing' | 'not-a-folder' | 'unreadable';

export interface FolderProblem extends CorpusProblem {
  scope: 'folder';
  kind: FolderProblemKind;
}

const ERRNO_WORDS: Record<string, string> = { EACCES: 'permission denied', EPERM: 'permission denied', ELOOP: 'a link that loops' };

/**
 * Whether `dir` can be read as a corpus folder: null when it can (an empty
 * folder can: it is an empty corpus), else the problem, with the folder as
 * its `file`. A missing folder, a file given instead of a folder, or one
 * without permission to list it is not a corpus.
 */
export async function corpusFolderProblem(dir: string): Promise<FolderProblem | null> {
  const problem = (kind: FolderProblemKind, message: string): FolderProblem => ({ file: dir, message, scope: 'folder', kind });
  let info;
  try {
    info = await stat(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    if (code === 'ENOENT' || code === 'ENOTDIR') return problem('missing', 'the corpus folder does not exist');
    return problem('unreadable', `the corpus folder could not be read (${ERRNO_WORDS[code] ?? code})`);
  }
  if (!info.isDirectory()) {
    return problem('not-a-folder', `is ${info.isFile() ? 'a file' : 'not a folder'}, not a folder of articles`);
  }
  try {
    await readdir(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return problem('unreadable', `the corpus folder could not be read (${ERRNO_WORDS[code] ?? code})`);
  }
  return null;
}

/**
 * A folder problem as one sentence naming the folder as the person gave it
 * (`shown`): "the corpus folder /srv/articles does not exist".
 */
export function describeFolderProblem(problem: Pick<FolderProblem, 'kind' | 'message'>, shown: string): string {
  switch (problem.kind) {
    case 'missing':
      return `the corpus folder ${shown} does not exist`;
    case 'not-a-folder':
      return `${shown} ${problem.message}`;
    case 'unreadable':
      return problem.message.replace('the corpus folder', `the corpus folder ${shown}`);
  }
}

export function isFolderProblem(problem: CorpusProblem): problem is FolderProblem {
  return problem.scope === 'folder';
}

/**
 * Reads the bytes of every article file in a folder. A folder that cannot be
 * read gives no files and one problem with `scope: 'folder'`; a file that
 * cannot be read, a problem naming it. Both are about this folder on this
 * machine now, not about the files' content: a snapshot must never keep them.
 */
export async function readArticleFiles(dir: string): Promise<{ files: ArticleFile[]; problems: CorpusProblem[] }> {
  const folder = await corpusFolderProblem(dir);
  if (folder) return { files: [], problems: [folder] };
  let names: string[];
  try {
    names = await listArticleFiles(dir);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    const problem: FolderProblem = {
      file: dir,
      message: `the corpus folder could not be read (${ERRNO_WORDS[code] ?? code})`,
      scope: 'folder',
      kind: 'unreadable',
    };
    return { files: [], problems: [problem] };
  }
  const files: ArticleFile[] = [];
  const problems: CorpusProblem[] = [];
  for (const name of names) {
    try {
      files.push({ name, bytes: await readFile(path.join(dir, name)) });
    } catch (err) {
      problems.push({ file: name, message: `could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  return { files, problems };
}

/** Validates article files; a bad file becomes a problem, never an exception. */
export function parseArticleFiles(files: ArticleFile[], options: ParseOptions = {}): ReadResult {
  const sources: ArticleSource[] = [];
  const problems: CorpusProblem[] = [];
  const seenIds = new Map<string, string>();
  for (const { name, bytes } of files) {
    const result = parseArticleFile(name, bytes, options);
    if ('message' in result) {
      problems.push(result);
      continue;
    }
    const clash = seenIds.get(result.article.id);
    if (clash) {
      problems.push({ file: name, message: `has the same id as ${clash}; rename one of them` });
      continue;
    }
    seenIds.set(result.article.id, name);
    sources.push(result);
  }
  return { sources, problems };
}

/** Reads and validates every article file of a folder. */
export async function readArticles(dir: string, options: ParseOptions = {}): Promise<ReadResult> {
  const { files, problems } = await readArticleFiles(dir);
  const parsed = parseArticleFiles(files, options);
  return { sources: parsed.sources, problems: [...problems, ...parsed.problems] };
}

/** Validates one article file's bytes. Pure, so it also serves ingest and tests. */
export function parseArticleFile(file: string, bytes: Uint8Array, options: ParseOptions = {}): ArticleSource | CorpusProblem {
  const clock = options.clock ?? systemClock;
  const problem = (message: string): CorpusProblem => ({ file, message });
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    return problem(`is ${bytes.byteLength} bytes; an article may be at most ${MAX_ARTICLE_BYTES}`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return problem('is not UTF-8 text');
  }
  if (text.includes('\u0000')) return problem('contains NUL bytes; it is not a text file');

  const fm = readFrontMatter(text);
  if (fm.kind === 'error') return problem(fm.message);
  const bodyStart = fm.kind === 'ok' ? fm.bodyStart : text.startsWith('\uFEFF') ? 1 : 0;
  const body = text.slice(bodyStart);
  if (!/\p{L}/u.test(body)) return problem('has no body text');

  const meta = fm.kind === 'ok' ? fm.data : undefined;
  const dateline = meta?.published && meta.publisher ? null : readDateline(body, clock);
  const now = clock();
  // A publication date after tomorrow is a typo or a scheduled post: refused, with the day it would become possible.
  if (meta?.published && futureDate(meta.published, now)) {
    return {
      file,
      message: `published ${meta.published} is after tomorrow (${utcDay(now, 1)}); check the date`,
      until: futureDate(meta.published, now)!.acceptableFrom,
    };
  }
  if (!meta?.published && dateline?.future) {
    return {
      file,
      message: `its dateline gives ${dateline.future}, which is after tomorrow (${utcDay(now, 1)}); check the date, or give the right one in front matter as published: YYYY-MM-DD`,
      until: futureDate(dateline.future, now)!.acceptableFrom,
    };
  }
  const id = path.basename(file, path.extname(file));
  return {
    text,
    article: {
      id,
      file,
      title: meta?.title ?? titleFromBody(body) ?? id,
      publisher: meta?.publisher ?? dateline?.publisher ?? null,
      published: meta?.published ?? dateline?.published ?? null,
      url: meta?.url ?? null,
      bodyStart,
    },
  };
}

/**
 * The first line of reporting: not chrome (a pitch, a button, a byline), nor a
 * section label above a headline ("World news" before "Chile protests: …").
 */
function titleFromBody(body: string): string | null {
  const raw = body.split(/\r?\n/);
  // The lines of reporting, read one at a time as far as needed: the title is near the top, and chromeKind is not cheap.
  let at = 0;
  const nextLine = (): string | undefined => {
    while (at < raw.length) {
      const line = raw[at++]!.trim();
      if (/\p{L}/u.test(line) && !chromeKind(line, null)) return line;
    }
    return undefined;
  };
  let title = nextLine();
  while (title !== undefined && isShortLabel(title)) {
    const next = nextLine();
    if (!looksLikeHeadline(next ?? '')) break;
    title = next;
  }
  if (!title) return null;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}
