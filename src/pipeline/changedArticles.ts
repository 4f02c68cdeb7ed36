import type { Clock } from '../corpus/clock.js';
import { parseArticleFiles, readArticleFiles } from '../corpus/readArticles.js';
import { corpusDataFrom } from './build.js';
import type { ChangedArticles } from './buildProtocol.js';
import { corpusHash } from './corpusHash.js';

// Kept apart from delta.ts: this loads the extractors, which the main thread imports only when it reads articles itself.

/**
 * The folder's content hash, and a few of its files read as a build reads
 * them (each from its kept segment when there is one), with the corpus's
 * passes run on those articles alone. Every file is read for the hash (bytes
 * only: some 15 MB at 100,000 passages); only the named ones are parsed.
 */
export async function readChangedArticles(
  dir: string,
  names: string[],
  options: { cacheDir?: string | null; remembered?: Map<string, string>; clock?: Clock } = {},
): Promise<ChangedArticles> {
  const { files, problems: readProblems } = await readArticleFiles(dir);
  const hash = corpusHash(files);
  const wanted = new Set(names);
  const { sources, problems } = parseArticleFiles(
    files.filter((f) => wanted.has(f.name)),
    options.clock ? { clock: options.clock } : {},
  );
  const built = await corpusDataFrom(hash, sources, problems, { cacheDir: options.cacheDir ?? null, remembered: options.remembered ?? new Map() });
  // Remembered for the exact build that follows, which then reads none of these again.
  for (const [key, json] of built.segments) options.remembered?.set(key, json);
  return { hash, names: [...files.map((f) => f.name), ...readProblems.map((p) => p.file)].sort(), readProblems, data: built.data };
}
