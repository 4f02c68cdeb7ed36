import { parentPort, workerData } from 'node:worker_threads';
import { parseArticleFiles, readArticleFiles } from '../corpus/readArticles.js';
import { assembleCorpus, timed } from './assemble.js';
import { corpusDataFrom } from './build.js';
import { corpusHash } from './loadCorpus.js';
import { encodeSnapshot } from './snapshot.js';

/**
 * Builds a corpus off the main thread and hands back its snapshot bytes, so a
 * bot rebuilding thousands of articles keeps answering from the corpus it has.
 */
export interface BuildRequest {
  dir: string;
}

export type BuildReply =
  | { ok: true; hash: string; bytes: Uint8Array; phases: Record<string, number> }
  | { ok: false; message: string };

async function build({ dir }: BuildRequest): Promise<BuildReply> {
  const phases: Record<string, number> = {};
  const onPhase = (phase: string, ms: number) => (phases[phase] = ms);
  const t0 = performance.now();
  const { files, problems: readProblems } = await readArticleFiles(dir);
  const hash = corpusHash(files);
  onPhase('read', performance.now() - t0);
  const { sources, problems } = timed(onPhase, 'parse', () => parseArticleFiles(files));
  const corpus = assembleCorpus(corpusDataFrom(hash, sources, [...readProblems, ...problems], onPhase), undefined, onPhase);
  const bytes = timed(onPhase, 'encode', () => encodeSnapshot(corpus));
  return { ok: true, hash, bytes, phases };
}

if (parentPort) {
  const port = parentPort;
  build(workerData as BuildRequest).then(
    (reply) => port.postMessage(reply, reply.ok ? [reply.bytes.buffer as ArrayBuffer] : []),
    (err: unknown) => port.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) } satisfies BuildReply),
  );
}
