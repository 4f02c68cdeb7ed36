import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { forEachPosting, PackedPostings } from './packedPostings.js';
import { processTerm, tokenize } from './terms.js';

export interface IndexedPassage {
  id: string;
  text: string;
  title: string;
  publisher: string;
}

export type PassageIndex = MiniSearch<IndexedPassage>;

// Building the index stems every word of every passage, and tokenizes the same
// title and publisher once per passage of the article: both are remembered.
const MEMO_LIMIT = 200_000;
const processed = new Map<string, string | null>();
const tokenizedFields = new Map<string, string[]>();

function memoProcessTerm(term: string): string | null {
  let out = processed.get(term);
  if (out === undefined) {
    if (processed.size >= MEMO_LIMIT) processed.clear();
    out = processTerm(term);
    processed.set(term, out);
  }
  return out;
}

function memoTokenize(text: string, field?: string): string[] {
  if (field !== 'title' && field !== 'publisher') return tokenize(text);
  let out = tokenizedFields.get(text);
  if (!out) {
    if (tokenizedFields.size >= MEMO_LIMIT) tokenizedFields.clear();
    out = tokenize(text);
    tokenizedFields.set(text, out);
  }
  return out;
}

export const INDEX_OPTIONS: Options<IndexedPassage> = {
  fields: ['text', 'title', 'publisher'],
  storeFields: [],
  tokenize: memoTokenize,
  processTerm: memoProcessTerm,
};

/**
 * Prefix matching from three characters and fuzziness by term length keep
 * short queries from expanding to most of the vocabulary on a large corpus.
 */
export const SEARCH_OPTIONS: SearchOptions = {
  boost: { text: 2, title: 0.5, publisher: 1 },
  prefix: (term) => term.length >= 3,
  fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
  maxFuzzy: 2,
  combineWith: 'OR',
  weights: { fuzzy: 0.3, prefix: 0.6 },
};

export function buildPassageIndex(articles: Article[], passages: Passage[]): PassageIndex {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const index = new MiniSearch<IndexedPassage>(INDEX_OPTIONS);
  index.addAll(
    passages.map((p) => {
      const article = byId.get(p.articleId);
      return { id: p.id, text: p.text, title: article?.title ?? '', publisher: article?.publisher ?? '' };
    }),
  );
  return index;
}

export function loadPassageIndex(json: unknown): PassageIndex {
  return MiniSearch.loadJS(json as Parameters<typeof MiniSearch.loadJS>[0], INDEX_OPTIONS);
}

export interface PassageHit {
  id: string;
  score: number;
}

/**
 * A fixed set of passages to search among, marked once per index: for a
 * filter used by many queries (the timeline's dated passages), each
 * candidate then costs one array read instead of a call and two map lookups.
 */
export interface PassageFilter {
  index: PassageIndex;
  allowed: Uint8Array;
}

export function passageFilter(index: PassageIndex, keep: (id: string) => boolean): PassageFilter {
  const ix = index as unknown as SearchInternals;
  const allowed = new Uint8Array(ix._nextId);
  for (const [doc, id] of ix._documentIds) if (keep(id)) allowed[doc] = 1;
  return { index, allowed };
}

export interface SearchPassagesOptions {
  limit?: number;
  /** Narrows by passage id before ranking. */
  filter?: ((id: string) => boolean) | PassageFilter;
}

function filterFunction(index: PassageIndex, filter: SearchPassagesOptions['filter']): ((id: string) => boolean) | undefined {
  if (typeof filter !== 'object') return filter;
  const ix = index as unknown as { _idToShortId: Map<string, number> };
  return (id) => filter.allowed[ix._idToShortId.get(id) ?? -1] === 1;
}

/** Best passages for free text, best first. */
export function searchPassages(index: PassageIndex, query: string, options: SearchPassagesOptions = {}): PassageHit[] {
  return scorePassages(index, query, options) ?? searchPassagesWithMiniSearch(index, query, options);
}

/** The same search through minisearch's own `search`: the reference the fast scorer is checked against. */
export function searchPassagesWithMiniSearch(index: PassageIndex, query: string, options: SearchPassagesOptions = {}): PassageHit[] {
  const keep = filterFunction(index, options.filter);
  const hits = index.search(query, {
    ...SEARCH_OPTIONS,
    ...(keep ? { filter: (r) => keep(String(r.id)) } : {}),
  });
  const out = hits.map((h) => ({ id: String(h.id), score: h.score }));
  return options.limit === undefined ? out : out.slice(0, options.limit);
}

// What the fast scorer reads of minisearch's index (the same fields its own search reads).
interface SearchInternals {
  _index: {
    get(term: string): Map<number, Map<number, number>> | undefined;
    atPrefix(prefix: string): Iterable<[string, Map<number, Map<number, number>>]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [Map<number, Map<number, number>>, number]>;
  };
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _documentCount: number;
  _nextId: number;
  _fieldLength: Map<number, number[]>;
  _documentIds: Map<number, string>;
}

/**
 * A posting list as flat arrays with each passage's BM25 score for the term
 * already computed: the index does not change once built, so a term costs
 * this once, and every later query only adds numbers. Keyed by the posting
 * map itself; a change in its size or in the document count recomputes it.
 */
interface ScoredPostings {
  size: number;
  documentCount: number;
  docs: Int32Array;
  bm25: Float64Array;
}
const scoredCache = new WeakMap<Map<number, number>, ScoredPostings>();

function scoredPostings(ix: SearchInternals, fieldId: number, postings: Map<number, number>): ScoredPostings {
  const cached = scoredCache.get(postings);
  if (cached && cached.size === postings.size && cached.documentCount === ix._documentCount) return cached;
  const matching = postings.size;
  const avg = ix._avgFieldLength[fieldId]!;
  const idf = Math.log(1 + (ix._documentCount - matching + 0.5) / (matching + 0.5));
  const docs = new Int32Array(matching);
  const bm25 = new Float64Array(matching);
  let n = 0;
  forEachPosting(postings, (doc, tf) => {
    const length = ix._fieldLength.get(doc)?.[fieldId];
    if (length === undefined) return; // a removed document, as minisearch skips it
    docs[n] = doc;
    bm25[n++] = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
  });
  const out = { size: postings.size, documentCount: ix._documentCount, docs: docs.subarray(0, n), bm25: bm25.subarray(0, n) };
  scoredCache.set(postings, out);
  return out;
}

/** Per-index buffers reused across queries: one score, matched-terms mask and first-seen flag per document. */
interface Scratch {
  score: Float64Array;
  mask: Uint32Array;
  touched: Int32Array;
}
const scratches = new WeakMap<PassageIndex, Scratch>();

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FIELD_BOOSTS = SEARCH_OPTIONS.boost as Record<string, number>;
const WEIGHTS = SEARCH_OPTIONS.weights as { fuzzy: number; prefix: number };
const prefixOf = SEARCH_OPTIONS.prefix as (term: string) => boolean;
const fuzzyOf = SEARCH_OPTIONS.fuzzy as (term: string) => number | false;

/**
 * minisearch's ranking (BM25 per field, prefix and fuzzy weights, times the
 * number of query terms matched), computed into flat arrays instead of an
 * object per matching passage, and only the best `limit` kept. A common word
 * matches tens of thousands of passages at 100,000; this keeps such a query
 * to a few milliseconds. Returns null when it cannot score the query the same
 * way (more than 31 distinct terms, or an index shaped otherwise).
 */
function scorePassages(index: PassageIndex, query: string, options: SearchPassagesOptions): PassageHit[] | null {
  const ix = index as unknown as SearchInternals;
  if (typeof ix._index?.atPrefix !== 'function' || !(ix._fieldLength instanceof Map)) return null;
  const terms = memoTokenize(query).map(memoProcessTerm).filter((t): t is string => !!t);
  const distinct = [...new Set(terms)];
  if (distinct.length > 31) return null;

  let scratch = scratches.get(index);
  if (!scratch || scratch.score.length < ix._nextId) {
    scratch = { score: new Float64Array(ix._nextId), mask: new Uint32Array(ix._nextId), touched: new Int32Array(ix._nextId) };
    scratches.set(index, scratch);
  }
  const { score, mask, touched } = scratch;
  let touchedCount = 0;
  const fields = Object.keys(FIELD_BOOSTS).map((f) => ({ boost: FIELD_BOOSTS[f]!, id: ix._fieldIds[f]! }));

  const add = (bit: number, weight: number, data: Map<number, Map<number, number>> | undefined) => {
    if (!data) return;
    for (const { boost, id } of fields) {
      const postings = data.get(id);
      if (!postings) continue;
      const { docs, bm25 } = scoredPostings(ix, id, postings);
      const w = weight * boost;
      for (let i = 0; i < docs.length; i++) {
        const doc = docs[i]!;
        if (mask[doc] === 0) touched[touchedCount++] = doc;
        score[doc] = score[doc]! + w * bm25[i]!;
        mask[doc] = mask[doc]! | bit;
      }
    }
  };

  for (const term of terms) {
    const bit = 1 << distinct.indexOf(term);
    add(bit, 1, ix._index.get(term));
    const prefixTerms = new Set<string>();
    if (prefixOf(term)) {
      for (const [derived, data] of ix._index.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        prefixTerms.add(derived);
        add(bit, (WEIGHTS.prefix * derived.length) / (derived.length + 0.3 * distance), data);
      }
    }
    const maxDistance = fuzzyOf(term);
    if (maxDistance) {
      for (const [derived, [data, distance]] of ix._index.fuzzyGet(term, Math.min(maxDistance, SEARCH_OPTIONS.maxFuzzy ?? 6))) {
        if (!distance || prefixTerms.has(derived)) continue;
        add(bit, (WEIGHTS.fuzzy * derived.length) / (derived.length + distance), data);
      }
    }
  }

  // Rank: score times the number of distinct query terms matched; ties keep the order passages were first found.
  const limit = options.limit ?? Infinity;
  const allowed = typeof options.filter === 'object' && options.filter.index === index ? options.filter.allowed : null;
  const keep = allowed ? undefined : filterFunction(index, options.filter);
  const best: Array<{ doc: number; score: number; order: number }> = [];
  for (let i = 0; i < touchedCount; i++) {
    const doc = touched[i]!;
    let bits = mask[doc]!;
    let quality = 0;
    for (; bits; bits &= bits - 1) quality++;
    const final = score[doc]! * (quality || 1);
    score[doc] = 0;
    mask[doc] = 0;
    if (best.length >= limit && final <= best[best.length - 1]!.score) continue;
    if (allowed ? allowed[doc] !== 1 : keep && !keep(ix._documentIds.get(doc)!)) continue;
    if (limit === Infinity) {
      best.push({ doc, score: final, order: i });
      continue;
    }
    // After every equal score (binary search: `limit` can be in the thousands for a timeline's filter).
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (best[mid]!.score >= final) lo = mid + 1;
      else hi = mid;
    }
    best.splice(lo, 0, { doc, score: final, order: i });
    if (best.length > limit) best.pop();
  }
  if (limit === Infinity) best.sort((a, b) => b.score - a.score || a.order - b.order);
  return best.map((b) => ({ id: ix._documentIds.get(b.doc)!, score: b.score }));
}

/**
 * The index in a compact form for the snapshot. minisearch's own JSON spells
 * every posting as an object key, which costs seconds to parse and convert at
 * 100,000 passages; typed arrays load in a fraction of that.
 */
export interface PackedIndex {
  meta: {
    documentCount: number;
    nextId: number;
    fieldIds: Record<string, number>;
    averageFieldLength: number[];
    dirtCount: number;
    /** Document ids in the order of `shortIds`. */
    documentIds: string[];
    terms: string[];
  };
  shortIds: Uint32Array;
  /** fieldLength of each document, `fields` numbers per document, in `shortIds` order. */
  fieldLength: Uint32Array;
  /** Per term, in `terms` order: field count, then per field its id, posting count, doc short ids, term frequencies. */
  postings: Uint32Array;
}

// minisearch keeps these private; the packer reads and the unpacker fills them exactly as its loadJS does.
interface MiniSearchInternals {
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _index: { set(term: string, data: Map<number, Map<number, number>>): unknown } & Iterable<[string, Map<number, Map<number, number>>]>;
  _documentCount: number;
  _nextId: number;
  _fieldIds: Record<string, number>;
  _avgFieldLength: number[];
  _dirtCount: number;
}

export function packPassageIndex(index: PassageIndex): PackedIndex {
  const ix = index as unknown as MiniSearchInternals;
  const fields = Object.keys(ix._fieldIds).length;
  const shortIds = new Uint32Array(ix._documentIds.size);
  const documentIds: string[] = [];
  const fieldLength = new Uint32Array(ix._documentIds.size * fields);
  let d = 0;
  for (const [shortId, id] of ix._documentIds) {
    shortIds[d] = shortId;
    documentIds.push(id);
    const lengths = ix._fieldLength.get(shortId) ?? [];
    for (let f = 0; f < fields; f++) fieldLength[d * fields + f] = lengths[f] ?? 0;
    d++;
  }
  const terms: string[] = [];
  // Sized first, then filled: a plain array of millions of numbers would cost several times the memory.
  let words = 0;
  for (const [, data] of ix._index) {
    words += 1;
    for (const docs of data.values()) words += 2 + 2 * docs.size;
  }
  const postings = new Uint32Array(words);
  let at = 0;
  for (const [term, data] of ix._index) {
    terms.push(term);
    postings[at++] = data.size;
    for (const [fieldId, docs] of data) {
      postings[at++] = fieldId;
      postings[at++] = docs.size;
      const count = docs.size;
      let i = at;
      forEachPosting(docs, (doc, tf) => {
        postings[i] = doc;
        postings[i++ + count] = tf;
      });
      at += 2 * count;
    }
  }
  return {
    meta: {
      documentCount: ix._documentCount,
      nextId: ix._nextId,
      fieldIds: ix._fieldIds,
      averageFieldLength: ix._avgFieldLength,
      dirtCount: ix._dirtCount,
      documentIds,
      terms,
    },
    shortIds,
    fieldLength,
    postings,
  };
}

/** Rebuilds the index from its packed form; `pause` is awaited between slices so a live process keeps answering. */
export async function unpackPassageIndex(packed: PackedIndex, pause: () => Promise<void> = async () => undefined): Promise<PassageIndex> {
  const { meta, shortIds, fieldLength, postings } = packed;
  const index = MiniSearch.loadJS(
    {
      documentCount: meta.documentCount,
      nextId: meta.nextId,
      documentIds: {},
      fieldIds: meta.fieldIds,
      fieldLength: {},
      averageFieldLength: meta.averageFieldLength,
      storedFields: {},
      dirtCount: meta.dirtCount,
      index: [],
      serializationVersion: 2,
    },
    INDEX_OPTIONS,
  );
  const ix = index as unknown as MiniSearchInternals;
  if (!(ix._documentIds instanceof Map) || !(ix._fieldLength instanceof Map) || typeof ix._index?.set !== 'function') {
    throw new Error('this minisearch version keeps its index differently; the packed snapshot cannot be loaded');
  }
  const fields = Object.keys(meta.fieldIds).length;
  if (meta.documentIds.length !== shortIds.length || fieldLength.length !== shortIds.length * fields) {
    throw new Error('packed index is inconsistent');
  }
  for (let d = 0; d < shortIds.length; d++) {
    const shortId = shortIds[d]!;
    const id = meta.documentIds[d]!;
    ix._documentIds.set(shortId, id);
    ix._idToShortId.set(id, shortId);
    const lengths = new Array<number>(fields);
    for (let f = 0; f < fields; f++) lengths[f] = fieldLength[d * fields + f]!;
    ix._fieldLength.set(shortId, lengths);
    if (d % 4096 === 4095) await pause();
  }
  // Its own copy: a view would keep the whole snapshot file alive.
  const source = postings.slice();
  let at = 0;
  for (const [t, term] of meta.terms.entries()) {
    const data = new Map<number, Map<number, number>>();
    const fieldCount = source[at++]!;
    for (let f = 0; f < fieldCount; f++) {
      const fieldId = source[at++]!;
      const count = source[at++]!;
      if (at + 2 * count > source.length) throw new Error('packed index is inconsistent');
      data.set(fieldId, new PackedPostings({ source, at, count }));
      at += 2 * count;
    }
    ix._index.set(term, data);
    if (t % 4096 === 4095) await pause();
  }
  if (at !== source.length) throw new Error('packed index is inconsistent');
  return index;
}

/**
 * Computes every term's scored postings ahead of the first queries, in slices
 * between which the process answers as usual (and which never keep it alive).
 * Without it the first query to meet a common word pays
 * for converting its postings.
 */
export function warmPassageIndex(index: PassageIndex, sliceMs = 10): void {
  const ix = index as unknown as SearchInternals & { _index: Iterable<[string, Map<number, Map<number, number>>]> };
  if (typeof (ix._index as { entries?: unknown }).entries !== 'function') return;
  const terms = (ix._index as unknown as { entries(): Iterator<[string, Map<number, Map<number, number>>]> }).entries();
  const step = () => {
    const until = performance.now() + sliceMs;
    try {
      while (performance.now() < until) {
        const next = terms.next();
        if (next.done) return;
        for (const [fieldId, postings] of next.value[1]) scoredPostings(ix, fieldId, postings);
      }
    } catch {
      // The index changed under the iterator (a document added or removed): what is left is scored when first searched.
      return;
    }
    setImmediate(step).unref();
  };
  setImmediate(step).unref();
}
