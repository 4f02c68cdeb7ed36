/**
 * The search libraries a user would pick instead, on the same passages and the same queries in the same
 * process: eventdesk's search as shipped (minisearch's index, its own scorer, src/search/), minisearch's
 * own `search` with the same options, flexsearch and orama. Each indexes a passage's text, its article's
 * title and publisher, and is asked for its best 10 with prefix matching and typo tolerance as close to
 * the product's settings as the library allows. Only the benchmark imports this file.
 */
import { create, insertMultiple, search as oramaSearch } from '@orama/orama';
import FlexSearch from 'flexsearch';
import type { Corpus } from '../pipeline/corpus.js';
import { buildPassageIndex, searchPassages, searchPassagesWithMiniSearch, SEARCH_OPTIONS } from '../search/passageIndex.js';
import { COMMAND_BUDGET_MS } from './measure.js';
import { latencyStats, type LatencyStats } from './stats.js';
import { textQuery, vocabularyOf, type QueryKind } from './workload.js';

const TOP = 10;
const WARMUP = 20;

export interface PeerResult {
  peer: string;
  /** What it was configured to do, so that the comparison can be judged. */
  settings: string;
  buildMs: number;
  latency: LatencyStats;
  /** Mean share of eventdesk's top 10 that this peer's top 10 also holds (queries it ran where eventdesk found any). */
  overlap: number;
  /** Queries for which it returned nothing while eventdesk returned something. */
  emptyWhereProductHits: number;
  /** Heap growth from building its index (after a GC), bytes; null without --expose-gc. */
  heapBytes: number | null;
}

export interface PeersReport {
  passages: number;
  queries: number;
  /** The queries by kind (two-word queries the most common, typos, prefixes, names, misses…). */
  kinds: Record<string, number>;
  peers: PeerResult[];
}

interface Peer {
  name: string;
  settings: string;
  build(corpus: Corpus): unknown;
  /** The ids of the best TOP passages, best first. */
  search(index: unknown, query: string): string[] | Promise<string[]>;
}

interface Doc {
  [field: string]: string;
  id: string;
  text: string;
  title: string;
  publisher: string;
}

function docs(corpus: Corpus): Doc[] {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  return corpus.passages.map((p) => {
    const a = byId.get(p.articleId);
    return { id: p.id, text: p.text, title: a?.title ?? '', publisher: a?.publisher ?? '' };
  });
}

const BOOST = SEARCH_OPTIONS.boost as Record<string, number>;

const PEERS: Peer[] = [
  {
    name: 'eventdesk (minisearch index, own scorer)',
    settings: 'as shipped: src/search/passageIndex.ts',
    build: (corpus) => buildPassageIndex(corpus.articles, corpus.passages),
    search: (index, query) => searchPassages(index as ReturnType<typeof buildPassageIndex>, query, { limit: TOP }).map((h) => h.id),
  },
  {
    name: 'minisearch 7.2 search()',
    settings: 'the same index and SEARCH_OPTIONS (prefix from 3 letters, fuzzy 1 from 5 and 2 from 9, boosts, OR)',
    build: (corpus) => buildPassageIndex(corpus.articles, corpus.passages),
    search: (index, query) => searchPassagesWithMiniSearch(index as ReturnType<typeof buildPassageIndex>, query, { limit: TOP }).map((h) => h.id),
  },
  {
    name: 'flexsearch 0.8',
    settings:
      'Document over text, title, publisher; tokenize "forward" (prefixes), LatinBalance encoder (folds and merges similar letters, its stand-in for typos), suggest (OR), merged, limit 10',
    build: (corpus) => {
      const index = new FlexSearch.Document({
        document: { id: 'id', index: ['text', 'title', 'publisher'] },
        tokenize: 'forward',
        encoder: FlexSearch.Charset.LatinBalance,
      });
      for (const d of docs(corpus)) index.add(d);
      return index;
    },
    search: (index, query) => {
      const hits = (index as InstanceType<typeof FlexSearch.Document>).search(query, { limit: TOP, suggest: true, merge: true }) as unknown as Array<{
        id: string | number;
      }>;
      return hits.slice(0, TOP).map((h) => String(h.id));
    },
  },
  {
    name: 'orama 3.1',
    settings: 'text, title, publisher as strings; prefix matching (its default), tolerance 1, the same boosts, threshold 1 (OR), limit 10',
    build: async (corpus) => {
      const db = create({ schema: { id: 'string', text: 'string', title: 'string', publisher: 'string' } as const });
      await insertMultiple(db, docs(corpus), 1000);
      return db;
    },
    search: async (db, query) => {
      // The schema's types are left out: orama's generics are too deep for the compiler here.
      const params = { term: query, properties: ['text', 'title', 'publisher'], tolerance: 1, boost: BOOST, threshold: 1, limit: TOP };
      const result = await oramaSearch(db as any, params as any);
      return result.hits.map((h) => String((h.document as { id: string }).id));
    },
  },
];

function heapUsed(): number | null {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return null;
  gc();
  return process.memoryUsage().heapUsed;
}

/** Builds each peer's index in turn and times its searches on the same queries; eventdesk's top 10 is the reference. */
export async function measurePeers(corpus: Corpus, options: { queries: number; seed: number; log?: (line: string) => void }): Promise<PeersReport> {
  const vocabulary = vocabularyOf(corpus, options.seed);
  const queries = Array.from({ length: options.queries }, () => textQuery(vocabulary));
  const kinds: Record<string, number> = {};
  for (const q of queries) kinds[q.kind] = (kinds[q.kind] ?? 0) + 1;
  let reference: string[][] = [];
  const peers: PeerResult[] = [];
  for (const peer of PEERS) {
    options.log?.(`  ${peer.name}: indexing ${corpus.passages.length} passages…`);
    const before = heapUsed();
    const t0 = performance.now();
    let index: unknown = peer.build(corpus);
    if (index instanceof Promise) index = await index;
    const buildMs = performance.now() - t0;
    const after = heapUsed();
    for (const q of queries.slice(0, WARMUP)) await peer.search(index, q.text);
    const samples: number[] = [];
    const found: string[][] = [];
    const started = performance.now();
    for (const q of queries) {
      // A peer too slow to finish the queries in the budget is stopped there; `latency.count` says how many it ran.
      if (performance.now() - started > COMMAND_BUDGET_MS) break;
      const t = performance.now();
      let ids = peer.search(index, q.text);
      if (ids instanceof Promise) ids = await ids;
      samples.push(performance.now() - t);
      found.push(ids);
    }
    if (!reference.length) reference = found;
    let shared = 0;
    let counted = 0;
    let empty = 0;
    found.forEach((ids, i) => {
      const ref = reference[i]!;
      if (!ref.length) return;
      counted++;
      const set = new Set(ids);
      shared += ref.filter((id) => set.has(id)).length / ref.length;
      if (!ids.length) empty++;
    });
    peers.push({
      peer: peer.name,
      settings: peer.settings,
      buildMs: Math.round(buildMs),
      latency: latencyStats(samples),
      overlap: counted ? Math.round((shared / counted) * 1000) / 1000 : 0,
      emptyWhereProductHits: empty,
      heapBytes: before !== null && after !== null ? Math.max(0, after - before) : null,
    });
  }
  return { passages: corpus.passages.length, queries: queries.length, kinds: kinds as Record<QueryKind, number>, peers };
}
