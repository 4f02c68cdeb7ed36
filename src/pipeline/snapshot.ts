import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { loadPassageIndex, type PassageIndex } from '../search/passageIndex.js';
import type { Corpus, CorpusData } from './corpus.js';

const FORMAT = 1;
/** Snapshots kept per cache folder; older ones are removed. */
const KEEP = 6;

export function snapshotPath(cacheDir: string, hash: string): string {
  return path.join(cacheDir, `snapshot-${hash}.json`);
}

/** Reads a snapshot; any failure (missing, truncated, wrong format) returns null so the caller rebuilds. */
export async function readSnapshot(
  cacheDir: string,
  hash: string,
): Promise<{ data: CorpusData; index: PassageIndex } | null> {
  let raw: string;
  try {
    raw = await readFile(snapshotPath(cacheDir, hash), 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = JSON.parse(raw) as { format: number; data: CorpusData; index: unknown };
    if (parsed.format !== FORMAT || parsed.data?.hash !== hash || !Array.isArray(parsed.data.passages)) return null;
    return { data: parsed.data, index: loadPassageIndex(parsed.index) };
  } catch {
    return null;
  }
}

/** Writes atomically: a temporary file renamed into place, so a reader never sees half a snapshot. */
export async function writeSnapshot(cacheDir: string, corpus: Corpus): Promise<string> {
  await mkdir(cacheDir, { recursive: true });
  const data: CorpusData = {
    hash: corpus.hash,
    articles: corpus.articles,
    passages: corpus.passages,
    annotations: corpus.annotations,
    problems: corpus.problems,
  };
  const target = snapshotPath(cacheDir, corpus.hash);
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, JSON.stringify({ format: FORMAT, data, index: corpus.index }));
  await rename(tmp, target);
  await pruneSnapshots(cacheDir);
  return target;
}

async function pruneSnapshots(cacheDir: string): Promise<void> {
  const names = (await readdir(cacheDir)).filter((n) => /^snapshot-[0-9a-f]+\.json$/.test(n));
  if (names.length <= KEEP) return;
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(path.join(cacheDir, n)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(KEEP).map(({ n }) => rm(path.join(cacheDir, n), { force: true })));
}
