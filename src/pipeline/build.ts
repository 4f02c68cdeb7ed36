import { annotateFrom, findInArticle } from '../annotate/index.js';
import type { Article, ArticleSource, CorpusProblem } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { extractPassages } from '../passages/extract.js';
import { timed, type PhaseTimer } from './assemble.js';
import { articleKey, decodeArticleWork, encodeArticleWork, readSegments, SEGMENT_BATCH, writeSegmentFiles, type ArticleWork } from './articleWork.js';
import type { CorpusData } from './corpus.js';

// Kept apart from corpus.ts so that a start from a snapshot never loads the
// extractors (compromise and chrono-node alone take about half a second to import).

export interface BuiltCorpusData {
  data: CorpusData;
  /** Each article's segment key, in the articles' order. */
  keys: string[];
  /** Segments made by this build (key, JSON) and not yet written, to keep for the next one. */
  made: Array<[string, string]>;
  /** Every segment this corpus uses, by key: what a build worker kept warm remembers for its next build (empty unless `keepSegments`). */
  segments: Map<string, string>;
}

/**
 * Articles -> the corpus's data. Each article's passages and findings come
 * from its kept segment when `cacheDir` has one for that content, and are
 * made otherwise; the passes over the whole corpus then run on them all.
 */
export async function corpusDataFrom(
  hash: string,
  sources: ArticleSource[],
  problems: CorpusProblem[],
  options: {
    cacheDir?: string | null;
    onPhase?: PhaseTimer;
    remembered?: ReadonlyMap<string, string>;
    /** Return every segment's JSON (`segments`), to remember for the next build; by default when given `remembered`. */
    keepSegments?: boolean;
    /**
     * Called with every passage once all are made, before the extractors run: what needs only the
     * passages (the build worker's search index) is made then, while the heap holds little else.
     */
    withPassages?: (articles: Article[], passages: Passage[]) => void;
  } = {},
): Promise<BuiltCorpusData> {
  const { cacheDir, onPhase, remembered } = options;
  const keep = options.keepSegments ?? remembered !== undefined;
  const t0 = performance.now();
  const keys = sources.map(articleKey);
  const stored = new Map<string, string>();
  for (const key of keys) {
    const json = remembered?.get(key);
    if (json !== undefined) stored.set(key, json);
  }
  if (cacheDir && stored.size < keys.length) {
    for (const [key, json] of await readSegments(
      cacheDir,
      keys.filter((k) => !stored.has(k)),
    ))
      stored.set(key, json);
  }
  const works: Array<ArticleWork | null> = sources.map((source, i) => {
    const json = stored.get(keys[i]!);
    // Not kept, a segment's JSON goes once decoded: at 100,000 passages they are tens of megabytes.
    if (!keep) stored.delete(keys[i]!);
    return json === undefined ? null : decodeArticleWork(json, keys[i]!, source);
  });
  onPhase?.('segments', performance.now() - t0);
  const made: Array<[string, string]> = [];
  const fresh = works.flatMap((w, i) => (w ? [] : [i]));
  const passagesOf = timed(onPhase, 'passages', () => new Map(fresh.map((i) => [i, extractPassages(sources[i]!)])));
  const articles = sources.map((s) => s.article);
  const passages = works.flatMap((w, i) => w?.passages ?? passagesOf.get(i)!);
  options.withPassages?.(articles, passages);
  // Segments kept in memory anyway are written by the caller; the others are written as they are made, as
  // held to the end they were a one-shot build's peak (about 120 MB of JSON at 100,000 passages).
  const writeAsMade = cacheDir && !keep ? cacheDir : null;
  let findMs = 0;
  let writeMs = 0;
  for (const i of fresh) {
    const t1 = performance.now();
    const passages = passagesOf.get(i)!;
    const work = { passages, findings: findInArticle(sources[i]!.article, passages) };
    works[i] = work;
    // Encoded now: the corpus's passes change the claims in place.
    const json = cacheDir || keep ? encodeArticleWork(keys[i]!, work) : null;
    if (json !== null) {
      if (cacheDir) made.push([keys[i]!, json]);
      if (keep) stored.set(keys[i]!, json);
    }
    const t2 = performance.now();
    findMs += t2 - t1;
    if (writeAsMade && made.length >= SEGMENT_BATCH) {
      // One that cannot be written is made again by the next build.
      await writeSegmentFiles(writeAsMade, made.splice(0)).catch(() => undefined);
      writeMs += performance.now() - t2;
    }
  }
  onPhase?.('find', findMs);
  if (writeAsMade) onPhase?.('segments-write', writeMs);
  const annotations = timed(onPhase, 'annotate', () =>
    annotateFrom(
      articles,
      passages,
      works.map((w) => w!.findings),
    ),
  );
  const segments = new Map<string, string>();
  for (const key of keep ? keys : []) {
    const json = stored.get(key);
    if (json !== undefined) segments.set(key, json);
  }
  return { data: { hash, articles, passages, annotations, problems }, keys, made, segments };
}
