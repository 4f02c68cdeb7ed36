import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { INGEST_EXTENSIONS } from './readSource.js';
import type { IngestSource } from './types.js';

/**
 * Command-line words -> sources: a link stays a link, a folder becomes its
 * article files (not recursive, sorted), anything else is taken as a file and
 * refused later with a clear message if it is not one.
 */
export async function expandInputs(words: string[]): Promise<{ sources: IngestSource[]; notes: string[] }> {
  const sources: IngestSource[] = [];
  const notes: string[] = [];
  for (const word of words) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(word)) {
      sources.push({ kind: 'url', url: word });
      continue;
    }
    const info = await stat(word).catch(() => null);
    if (!info?.isDirectory()) {
      sources.push({ kind: 'file', path: word });
      continue;
    }
    const names = (await readdir(word, { withFileTypes: true }))
      .filter((e) => e.isFile() && INGEST_EXTENSIONS.includes(path.extname(e.name).toLowerCase()))
      .map((e) => e.name)
      .sort();
    if (!names.length) notes.push(`${word} holds no ${INGEST_EXTENSIONS.join(', ')} files`);
    for (const name of names) sources.push({ kind: 'file', path: path.join(word, name) });
  }
  return { sources, notes };
}
