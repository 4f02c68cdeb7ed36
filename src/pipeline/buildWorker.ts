import { parentPort } from 'node:worker_threads';
import { parseArticleFiles, readArticleFiles } from '../corpus/readArticles.js';
import { buildPassageIndex, packPassageIndex, type PackedIndex } from '../search/passageIndex.js';
import { timed } from './assemble.js';
import { writeSegments } from './articleWork.js';
import { corpusDataFrom } from './build.js';
import { corpusHashSteps, type FileDigest } from './corpusHash.js';
import type { ArticlesReply, ArticlesRequest, BuildReply, BuildRequest } from './buildProtocol.js';
import { readChangedArticles } from './changedArticles.js';
import { folderListing, rememberedFrom, writeDigests } from './fileDigests.js';
import { finish } from './steps.js';
import { gcFunction } from './fullGc.js';
import { encodeSnapshot, joinSnapshot, writeSnapshotBytes } from './snapshot.js';

/**
 * Builds a corpus off the main thread, so a bot rebuilding thousands of
 * articles keeps answering from the corpus it has (buildProtocol.ts says
 * what it is asked and answers). Between two builds of a worker kept warm
 * (builder.ts), `remembered` holds the last build's article segments, so the
 * next reads only the articles changed, from memory rather than the disk.
 */
async function build({ dir, cacheDir, remember = true }: BuildRequest, remembered: Map<string, string>): Promise<BuildReply> {
  const phases: Record<string, number> = {};
  const onPhase = (phase: string, ms: number) => (phases[phase] = ms);
  const { hash, sources, problems, digests } = await readAndParse(dir, onPhase);
  // Only what the snapshot needs: no lookup maps, no warmed search index, as the main thread's load makes those.
  if (!remember) remembered.clear();
  let packedIndex: PackedIndex | undefined;
  // A worker that ends with this build collects, between its stages, what the last one left dead (minisearch's
  // maps once packed, the findings once annotated): else V8 leaves it until the heap reaches a limit set by the
  // largest heap seen so far, and the build's peak is that garbage (about 150 MB at 100,000 passages).
  const gc = remember ? undefined : gcFunction();
  let gcMs = 0;
  const collect = () => {
    if (!gc) return;
    const t0 = performance.now();
    gc();
    gcMs += performance.now() - t0;
  };
  const { data, keys, made, segments } = await corpusDataFrom(hash, sources, problems, {
    cacheDir,
    onPhase,
    remembered: remember ? remembered : undefined,
    keepSegments: remember,
    // Indexed before the extractors run, and packed: minisearch's maps and the garbage of making them are
    // gone before the findings fill the heap (at 100,000 passages, indexing last made the build's peak).
    withPassages: (articles, passages) => {
      packedIndex = timed(onPhase, 'index', () => packPassageIndex(buildPassageIndex(articles, passages)));
      collect();
    },
  });
  remembered.clear();
  for (const [key, json] of segments) remembered.set(key, json);
  // The new segments are written before the snapshot is encoded, so that their JSON is not held beside it;
  // and before the snapshot is written, since its write prunes the segments no kept snapshot's list names.
  const t1 = performance.now();
  if (cacheDir) await writeSegments(cacheDir, hash, made.splice(0), keys);
  if (cacheDir) await writeDigests(cacheDir, hash, digests);
  const segmentsWriteMs = performance.now() - t1;
  collect();
  if (gc) onPhase('gc', gcMs);
  const snapshot = timed(onPhase, 'encode', () => encodeSnapshot(data, packedIndex!));
  if (cacheDir) {
    const t2 = performance.now();
    const written = await writeSnapshotBytes(cacheDir, hash, snapshot).then(
      () => true,
      () => false,
    );
    onPhase('snapshot-write', segmentsWriteMs + performance.now() - t2);
    if (written) return { ok: true, hash, written, phases, digests };
  }
  return { ok: true, hash, written: false, bytes: joinSnapshot(snapshot), phases, digests };
}

/** The folder's articles parsed, and their content hash; the files' bytes are not held past this (a function of its own for that). */
async function readAndParse(dir: string, onPhase: (phase: string, ms: number) => void) {
  const t0 = performance.now();
  // Listed before the files are read: each digest is remembered under the entry its file had then.
  const listing = await folderListing(dir);
  const { files, problems: readProblems } = await readArticleFiles(dir);
  const fileDigests: FileDigest[] = [];
  const hash = finish(corpusHashSteps(files, fileDigests));
  onPhase('read', performance.now() - t0);
  const { sources, problems } = timed(onPhase, 'parse', () => parseArticleFiles(files));
  return { hash, sources, problems: [...readProblems, ...problems], digests: rememberedFrom(listing, fileDigests) };
}

if (parentPort) {
  const port = parentPort;
  const remembered = new Map<string, string>();
  const failed = (err: unknown) => port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies BuildReply);
  port.on('message', (request: BuildRequest | ArticlesRequest) => {
    if ('kind' in request) {
      readChangedArticles(request.dir, request.names, { digestOnly: request.digestOnly, cacheDir: request.cacheDir, remembered }).then(
        (changed) => port.postMessage({ ok: true, ...changed } satisfies ArticlesReply),
        failed,
      );
      return;
    }
    build(request, remembered).then((reply) => port.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []), failed);
  });
}
