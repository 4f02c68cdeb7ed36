import { readdir } from 'node:fs/promises';
import path from 'node:path';

// Apart from readArticles.ts, which parses the files (front matter, chrome rules): a bot starting from a
// snapshot lists the folder to find its snapshot, and needs none of that.

export const ARTICLE_EXTENSIONS = ['.md', '.txt'];

/** Lists the article files of a folder, sorted so ids and hashes are stable. */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && ARTICLE_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
    .map((e) => e.name)
    .sort();
}
