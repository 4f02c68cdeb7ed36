import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../corpus/clock.js';
import { parseArticleFiles, type ArticleFile } from '../corpus/readArticles.js';
import type { CorpusProblem } from '../corpus/types.js';
import { timed } from './assemble.js';
import { corpusDataFrom } from './build.js';
import type { ChangedArticles } from './buildProtocol.js';
import { fileDigest, type FileDigest } from './corpusHash.js';

// Kept apart from delta.ts: this loads the extractors, which the main thread imports only when it reads articles itself.

/**
 * A few of a folder's files read as a build reads them (each from its kept
 * segment when there is one), with the corpus's passes run on those articles
 * alone, and the digest of each file read: the `names` parsed, the
 * `digestOnly` read for their digest alone (files whose digest the caller
 * does not know; it makes the folder's content hash from them all).
 */
export async function readChangedArticles(
  dir: string,
  names: string[],
  options: { digestOnly?: string[]; cacheDir?: string | null; remembered?: Map<string, string>; clock?: Clock } = {},
): Promise<ChangedArticles> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  const onPhase = (phase: string, ms: number) => (phases[phase] = ms);
  const files: ArticleFile[] = [];
  const readProblems: CorpusProblem[] = [];
  const read: FileDigest[] = [];
  const wanted = new Set(names);
  for (const name of [...names, ...(options.digestOnly ?? [])]) {
    try {
      const file = { name, bytes: await readFile(path.join(dir, name)) };
      read.push(fileDigest(file));
      if (wanted.has(name)) files.push(file);
    } catch (err) {
      readProblems.push({ file: name, message: `could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  phases['delta-read'] = performance.now() - started;
  const { sources, problems } = timed(onPhase, 'delta-parse', () => parseArticleFiles(files, options.clock ? { clock: options.clock } : {}));
  // The folder's hash is the caller's to make; a corpus updated in place takes it from there.
  const built = await corpusDataFrom('', sources, problems, {
    cacheDir: options.cacheDir ?? null,
    remembered: options.remembered ?? new Map(),
    onPhase: (phase, ms) => onPhase(`delta-${phase}`, ms),
  });
  // Remembered for the exact build that follows, which then reads none of these again.
  for (const [key, json] of built.segments) options.remembered?.set(key, json);
  return { read, readProblems, data: built.data, phases };
}
