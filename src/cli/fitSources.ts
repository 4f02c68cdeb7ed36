import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { htmlParagraphs, sgmStories, textParagraphs } from '../annotate/names/locales/en/wordCase/sources.js';

/** The files under a source (a file itself, or a folder read recursively), sorted. */
export async function filesUnder(source: string): Promise<string[]> {
  if (!(await stat(source)).isDirectory()) return [source];
  const entries = await readdir(source, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => filesUnder(path.join(source, e.name))));
  return nested.flat().sort();
}

/** A file's text: Latin-1, read again as UTF-8 when its bytes show UTF-8 read as Latin-1. */
export async function sourceText(file: string): Promise<string> {
  const text = await readFile(file, 'latin1');
  return /[\u00c2\u00c3\u00e2][\u0080-\u00bf]/.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;
}

/** The paragraphs of one file by its kind (Reuters-21578 .sgm, a web page, a text file), or none for a kind not read. */
export function paragraphsOf(file: string, text: string, newIds: ReadonlySet<string> | null): string[] {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.sgm')
    return sgmStories(text)
      .filter((s) => !newIds || newIds.has(s.newId))
      .flatMap((s) => s.paragraphs);
  if (ext === '.html' || ext === '.htm' || ext === '.php') return htmlParagraphs(text);
  if (ext === '.txt') return textParagraphs(text);
  return [];
}
