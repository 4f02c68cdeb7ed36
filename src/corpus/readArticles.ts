import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readDateline } from './dateline.js';
import { readFrontMatter } from './frontMatter.js';
import type { ArticleSource, CorpusProblem } from './types.js';
import { chromeKind, isShortLabel, looksLikeHeadline } from '../passages/boilerplate.js';

export const ARTICLE_EXTENSIONS = ['.md', '.txt'];
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

/** Lists the article files of a folder, sorted so ids and hashes are stable. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => e.name)
    .sort();
}

/** Reads the bytes of every article file in a folder. */
export async function readArticleFiles(dir: string): Promise<{ files: ArticleFile[]; problems: CorpusProblem[] }> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) {
    return { files: [], problems: [{ file: dir, message: 'corpus folder does not exist or is not a folder' }] };
  }
  const names = await listArticleFiles(dir);
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
export function parseArticleFiles(files: ArticleFile[]): ReadResult {
  const sources: ArticleSource[] = [];
  const problems: CorpusProblem[] = [];
  const seenIds = new Map<string, string>();
  for (const { name, bytes } of files) {
    const result = parseArticleFile(name, bytes);
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
export async function readArticles(dir: string): Promise<ReadResult> {
  const { files, problems } = await readArticleFiles(dir);
  const parsed = parseArticleFiles(files);
  return { sources: parsed.sources, problems: [...problems, ...parsed.problems] };
}

/** Validates one article file's bytes. Pure, so it also serves ingest and tests. */
export function parseArticleFile(file: string, bytes: Uint8Array): ArticleSource | CorpusProblem {
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
  const dateline = meta?.published && meta.publisher ? null : readDateline(body);
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
  const lines = body
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => /\p{L}/u.test(l) && !chromeKind(l, null));
  const title = lines.find((line, i) => !(isShortLabel(line) && looksLikeHeadline(lines[i + 1] ?? '')));
  if (!title) return null;
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}
