import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ArticleFindings } from '../annotate/index.js';
import type { CrowdClaimFound } from '../annotate/crowd/index.js';
import type { ArticleSource } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { pipelineFingerprint } from './fingerprint.js';

/**
 * What reading one article costs, kept so that the next build of a corpus
 * with one article more or less reads only that article: its passages and
 * what the extractors find in them on their own (annotate's ArticleFindings).
 * The passes over the whole corpus run again from these.
 *
 * On disk, in the cache folder: `articles/<key>.json`, one segment per
 * article content, and beside each snapshot a small list of the segments its
 * corpus used (`segments-<corpus hash>.json`), pruned with the snapshots; a
 * segment no kept list names is removed.
 */
export interface ArticleWork {
  passages: Passage[];
  findings: ArticleFindings;
}

/** The segment's key: the article as parsed (id, dates, title…), its text and the pipeline's code. */
export function articleKey(source: ArticleSource): string {
  return createHash('sha256')
    .update(pipelineFingerprint())
    .update('\0')
    .update(JSON.stringify(source.article))
    .update('\0')
    .update(source.text)
    .digest('hex')
    .slice(0, 32);
}

const FORMAT = 1;

interface Segment {
  format: number;
  key: string;
  /** Passages without their text, which is the article's text between start and end. */
  passages: Array<Omit<Passage, 'text'>>;
  dates: ArticleFindings['dates'];
  /** A claim's relation names the other claim by its position in this list. */
  crowd: Array<Omit<CrowdClaimFound, 'relation'> & { relation?: EncodedRelation }>;
  names: ArticleFindings['names'];
}

type EncodedRelation =
  | { kind: 'same-gathering'; head: number }
  | { kind: 'part-of'; whole: number; place: NonNullable<Extract<CrowdClaimFound['relation'], { kind: 'part-of' }>>['place'] };

/**
 * One article's work as a segment's JSON, or null when it cannot be written
 * as one (a claim related to one outside the article): then it is not kept.
 * Call before the corpus's passes, which change the claims in place.
 */
export function encodeArticleWork(key: string, work: ArticleWork): string | null {
  const position = new Map(work.findings.crowd.map((c, i) => [c, i]));
  let whole = true;
  const crowd = work.findings.crowd.map(({ relation, ...claim }): Segment['crowd'][number] => {
    if (!relation) return claim;
    const other = position.get(relation.kind === 'same-gathering' ? relation.head : relation.whole);
    if (other === undefined) whole = false;
    return {
      ...claim,
      relation:
        relation.kind === 'same-gathering' ? { kind: relation.kind, head: other ?? -1 } : { kind: relation.kind, whole: other ?? -1, place: relation.place },
    };
  });
  if (!whole) return null;
  const segment: Segment = {
    format: FORMAT,
    key,
    passages: work.passages.map(({ text: _text, ...p }) => p),
    dates: work.findings.dates,
    crowd,
    names: work.findings.names,
  };
  return JSON.stringify(segment);
}

/** A segment's JSON -> the article's work (fresh objects, the passages' text from `source`), or null when it is not one of `key`. */
export function decodeArticleWork(json: string, key: string, source: ArticleSource): ArticleWork | null {
  let segment: Segment;
  try {
    segment = JSON.parse(json) as Segment;
  } catch {
    return null;
  }
  if (segment?.format !== FORMAT || segment.key !== key || !Array.isArray(segment.crowd) || !Array.isArray(segment.passages)) return null;
  const passages = segment.passages.map((p) => ({ ...p, text: source.text.slice(p.start, p.end) }) as Passage);
  const crowd: CrowdClaimFound[] = segment.crowd.map(({ relation: _relation, ...claim }) => claim);
  for (const [i, { relation }] of segment.crowd.entries()) {
    if (!relation) continue;
    const other = crowd[relation.kind === 'same-gathering' ? relation.head : relation.whole];
    if (!other) return null;
    crowd[i]!.relation =
      relation.kind === 'same-gathering' ? { kind: relation.kind, head: other } : { kind: relation.kind, whole: other, place: relation.place };
  }
  return { passages, findings: { dates: segment.dates, crowd, names: segment.names } };
}

/** The folder of a cache folder's article segments. */
export const segmentsDir = (cacheDir: string) => path.join(cacheDir, 'articles');
const segmentPath = (cacheDir: string, key: string) => path.join(segmentsDir(cacheDir), `${key}.json`);
const listPath = (cacheDir: string, corpusHash: string) => path.join(cacheDir, `segments-${corpusHash}.json`);
export const isSegmentListFile = (name: string) => /^segments-[0-9a-f]+\.json$/.test(name);

/** The segments kept for these articles (by key), as JSON; a missing or unreadable one is left out. */
export async function readSegments(cacheDir: string, keys: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const BATCH = 64;
  for (let i = 0; i < keys.length; i += BATCH) {
    const batch = keys.slice(i, i + BATCH);
    const texts = await Promise.all(batch.map((k) => readFile(segmentPath(cacheDir, k), 'utf8').catch(() => null)));
    texts.forEach((t, j) => t !== null && out.set(batch[j]!, t));
  }
  return out;
}

/**
 * Writes the new segments (each atomically) and the list of every segment
 * the corpus `corpusHash` uses. Never fails: a cache that cannot be written
 * costs speed, not an answer.
 */
export async function writeSegments(cacheDir: string, corpusHash: string, added: Array<[string, string]>, used: string[]): Promise<void> {
  try {
    await writeSegmentFiles(cacheDir, added);
    await writeAtomically(listPath(cacheDir, corpusHash), JSON.stringify(used));
  } catch {
    // Left for the next build to make again.
  }
}

/** Segments written this many at a time. */
export const SEGMENT_BATCH = 64;

/** Segment files only, without the list that names a corpus's segments (`writeSegments` writes that). */
export async function writeSegmentFiles(cacheDir: string, added: Array<[string, string]>): Promise<void> {
  await mkdir(segmentsDir(cacheDir), { recursive: true });
  for (let i = 0; i < added.length; i += SEGMENT_BATCH) {
    await Promise.all(added.slice(i, i + SEGMENT_BATCH).map(([key, json]) => writeAtomically(segmentPath(cacheDir, key), json)));
  }
}

/** A temporary file renamed into place: a reader never sees half of it. */
export async function writeAtomically(target: string, text: string): Promise<void> {
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    await writeFile(tmp, text);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
}

/**
 * Removes the segment lists of snapshots no longer kept, then every segment
 * that no list left names (`keepHashes`: the corpora whose snapshots remain).
 */
export async function pruneSegments(cacheDir: string, keepHashes: Set<string>): Promise<void> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const used = new Set<string>();
  for (const name of names) {
    const match = /^segments-([0-9a-f]+)\.json$/.exec(name);
    if (!match) continue;
    if (!keepHashes.has(match[1]!)) {
      await rm(path.join(cacheDir, name), { force: true }).catch(() => undefined);
      continue;
    }
    const keys = await readFile(path.join(cacheDir, name), 'utf8')
      .then((t) => JSON.parse(t) as unknown)
      .catch(() => null);
    if (Array.isArray(keys)) for (const k of keys) used.add(String(k));
  }
  const dir = segmentsDir(cacheDir);
  const segments = await readdir(dir).catch(() => [] as string[]);
  // A segment written in the last minute may belong to a build whose list is not written yet (another process).
  const recent = Date.now() - 60_000;
  for (const name of segments) {
    if (name.endsWith('.json') && used.has(name.slice(0, -'.json'.length))) continue;
    const st = await stat(path.join(dir, name)).catch(() => null);
    if (st && st.mtimeMs < recent) await rm(path.join(dir, name), { force: true }).catch(() => undefined);
  }
}
