import { parentPort } from 'node:worker_threads';
import { parseArticleFiles, readArticleFiles } from '../corpus/readArticles.js';
import { buildPassageIndex, packPassageIndex } from '../search/passageIndex.js';
import { timed } from './assemble.js';
import { writeSegments } from './articleWork.js';
import { corpusDataFrom } from './build.js';
import { corpusHash } from './corpusHash.js';
import type { ArticlesReply, ArticlesRequest, BuildReply, BuildRequest } from './buildProtocol.js';
import { readChangedArticles, type RememberedDigests } from './changedArticles.js';
import { encodeSnapshot, joinSnapshot, writeSnapshotBytes } from './snapshot.js';

/**
 * Builds a corpus off the main thread, so a bot rebuilding thousands of
 * articles keeps answering from the corpus it has (buildProtocol.ts says
 * what it is asked and answers). Between two builds of a worker kept warm
 * (builder.ts), `remembered` holds the last build's article segments, so the
 * next reads only the articles changed, from memory rather than the disk.
 */
async function build({ dir, cacheDir }: BuildRequest, remembered: Map<string, string>): Promise<BuildReply> {
  const phases: Record<string, number> = {};
  const onPhase = (phase: string, ms: number) => (phases[phase] = ms);
  const t0 = performance.now();
  const { files, problems: readProblems } = await readArticleFiles(dir);
  const hash = corpusHash(files);
  onPhase('read', performance.now() - t0);
  const { sources, problems } = timed(onPhase, 'parse', () => parseArticleFiles(files));
  // Only what the snapshot needs: no lookup maps, no warmed search index, as the main thread's load makes those.
  const { data, keys, made, segments } = await corpusDataFrom(hash, sources, [...readProblems, ...problems], { cacheDir, onPhase, remembered });
  remembered.clear();
  for (const [key, json] of segments) remembered.set(key, json);
  const packedIndex = timed(onPhase, 'index', () => packPassageIndex(buildPassageIndex(data.articles, data.passages)));
  const snapshot = timed(onPhase, 'encode', () => encodeSnapshot(data, packedIndex));
  if (cacheDir) {
    // Before the snapshot: its write prunes the segments no kept snapshot's list names.
    const t1 = performance.now();
    await writeSegments(cacheDir, hash, made, keys);
    const written = await writeSnapshotBytes(cacheDir, hash, snapshot).then(
      () => true,
      () => false,
    );
    onPhase('snapshot-write', performance.now() - t1);
    if (written) return { ok: true, hash, written, phases };
  }
  return { ok: true, hash, written: false, bytes: joinSnapshot(snapshot), phases };
}

if (parentPort) {
  const port = parentPort;
  const remembered = new Map<string, string>();
  const digests: RememberedDigests = new Map();
  const failed = (err: unknown) => port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies BuildReply);
  port.on('message', (request: BuildRequest | ArticlesRequest) => {
    if ('kind' in request) {
      readChangedArticles(request.dir, request.names, request.listing, { cacheDir: request.cacheDir, remembered, digests }).then(
        (changed) => port.postMessage({ ok: true, ...changed } satisfies ArticlesReply),
        failed,
      );
      return;
    }
    build(request, remembered).then((reply) => port.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []), failed);
  });
}
