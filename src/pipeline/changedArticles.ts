import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Clock } from '../corpus/clock.js';
import { parseArticleFiles, type ArticleFile } from '../corpus/readArticles.js';
import type { CorpusProblem } from '../corpus/types.js';
import { timed } from './assemble.js';
import { corpusDataFrom } from './build.js';
import type { ChangedArticles } from './buildProtocol.js';
import { fileDigest, hashOfDigests, type FileDigest } from './corpusHash.js';
import type { RememberedDigests } from './fileDigests.js';

// Kept apart from delta.ts: this loads the extractors, which the main thread imports only when it reads articles itself.

/**
 * The folder's content hash, and a few of its files read as a build reads
 * them (each from its kept segment when there is one), with the corpus's
 * passes run on those articles alone. The hash counts every file of
 * `listing` by its digest: remembered when the file is listed as it was when
 * last read, else read now (at 100,000 passages, reading every file again
 * was most of an update); only the named files are parsed. `digests` is
 * updated (the files read now in, the files gone out) and returned.
 */
export async function readChangedArticles(
  dir: string,
  names: string[],
  listing: Array<[string, string]>,
  options: { cacheDir?: string | null; remembered?: Map<string, string>; digests?: RememberedDigests; clock?: Clock } = {},
): Promise<ChangedArticles> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  const onPhase = (phase: string, ms: number) => (phases[phase] = ms);
  const digests = options.digests ?? new Map();
  const wanted = new Set(names);
  const files: ArticleFile[] = [];
  const readProblems: CorpusProblem[] = [];
  const order: FileDigest[] = [];
  for (const [name, listed] of listing) {
    const known = digests.get(name);
    if (known && known.listed === listed && !wanted.has(name)) {
      order.push(known.digest);
      continue;
    }
    try {
      const file = { name, bytes: await readFile(path.join(dir, name)) };
      const digest = fileDigest(file);
      digests.set(name, { listed, digest });
      order.push(digest);
      if (wanted.has(name)) files.push(file);
    } catch (err) {
      readProblems.push({ file: name, message: `could not be read (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    }
  }
  const listed = new Set(listing.map(([n]) => n));
  for (const name of digests.keys()) if (!listed.has(name)) digests.delete(name);
  const hash = hashOfDigests(order);
  phases['delta-digests'] = performance.now() - started;
  const { sources, problems } = timed(onPhase, 'delta-parse', () => parseArticleFiles(files, options.clock ? { clock: options.clock } : {}));
  const built = await corpusDataFrom(hash, sources, problems, {
    cacheDir: options.cacheDir ?? null,
    remembered: options.remembered ?? new Map(),
    onPhase: (phase, ms) => onPhase(`delta-${phase}`, ms),
  });
  // Remembered for the exact build that follows, which then reads none of these again.
  for (const [key, json] of built.segments) options.remembered?.set(key, json);
  return { hash, names: listing.map(([n]) => n), readProblems, data: built.data, digests, phases };
}
