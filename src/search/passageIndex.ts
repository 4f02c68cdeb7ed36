import MiniSearch from 'minisearch';
import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
import { hasSearchInternals, internalsOf, type MiniSearchInternals, type Postings, type TermData } from './minisearchInternals.js';
import { forEachPosting } from './packedPostings.js';
import { INDEX_OPTIONS, memoProcessTerm, memoTokenize, SEARCH_OPTIONS, type IndexedPassage, type PassageIndex } from './indexOptions.js';

export { INDEX_OPTIONS, SEARCH_OPTIONS, type IndexedPassage, type PassageIndex } from './indexOptions.js';
export { packPassageIndex, unpackPassageIndex, type PackedIndex } from './packedIndex.js';

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
  const ix = internalsOf(index);
  const allowed = new Uint8Array(ix.nextId);
  for (const [doc, id] of ix.documentIds) if (keep(id)) allowed[doc] = 1;
  return { index, allowed };
}

export interface SearchPassagesOptions {
  limit?: number;
  /** Narrows by passage id before ranking. */
  filter?: ((id: string) => boolean) | PassageFilter;
}

function filterFunction(index: PassageIndex, filter: SearchPassagesOptions['filter']): ((id: string) => boolean) | undefined {
  if (typeof filter !== 'object') return filter;
  const idToShortId = internalsOf(index).idToShortId;
  return (id) => filter.allowed[idToShortId.get(id) ?? -1] === 1;
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

/**
 * A posting list as flat arrays with each passage's BM25 score for the term
 * already computed: the index does not change once built, so a term costs
 * this once, and every later query only adds numbers. Keyed by the posting
 * map itself; a change in its size, the document count or the field's average
 * length (an index updated in place, pipeline/delta.ts) recomputes it.
 */
interface ScoredPostings {
  size: number;
  documentCount: number;
  avg: number;
  docs: Int32Array;
  bm25: Float64Array;
}
// Derived data, keyed weakly by the index's own postings (checked against their size): not state.
const scoredCache = new WeakMap<Postings, ScoredPostings>();

function scoredPostings(ix: MiniSearchInternals, fieldId: number, postings: Postings): ScoredPostings {
  const documentCount = ix.documentCount;
  const cached = scoredCache.get(postings);
  const avg = ix.avgFieldLength[fieldId]!;
  if (cached && cached.size === postings.size && cached.documentCount === documentCount && cached.avg === avg) return cached;
  const matching = postings.size;
  const fieldLengths = ix.fieldLength;
  const idf = Math.log(1 + (documentCount - matching + 0.5) / (matching + 0.5));
  const docs = new Int32Array(matching);
  const bm25 = new Float64Array(matching);
  let n = 0;
  forEachPosting(postings, (doc, tf) => {
    const length = fieldLengths.get(doc)?.[fieldId];
    if (length === undefined) return; // a removed document, as minisearch skips it
    docs[n] = doc;
    bm25[n++] = idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / avg)));
  });
  const out = { size: postings.size, documentCount, avg, docs: docs.subarray(0, n), bm25: bm25.subarray(0, n) };
  scoredCache.set(postings, out);
  return out;
}

/** Per-index buffers reused across queries: one score, matched-terms mask and first-seen flag per document. */
interface Scratch {
  score: Float64Array;
  mask: Uint32Array;
  touched: Int32Array;
}
// Keyed weakly by the index; zeroed after every query, so no result depends on what a query before left in them.
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
  if (!hasSearchInternals(index)) return null;
  const ix = internalsOf(index);
  const terms = memoTokenize(query)
    .map(memoProcessTerm)
    .filter((t): t is string => !!t);
  if (new Set(terms).size > 31) return null;
  let scratch = scratches.get(index);
  if (!scratch || scratch.score.length < ix.nextId) {
    scratch = { score: new Float64Array(ix.nextId), mask: new Uint32Array(ix.nextId), touched: new Int32Array(ix.nextId) };
    scratches.set(index, scratch);
  }
  const touchedCount = addTermScores(ix, terms, scratch);
  return rankScored(index, ix, scratch, touchedCount, options);
}

/**
 * Adds each query term's BM25 score (and those of the terms it is a prefix of, or a typo away from, at
 * their weights) into the scratch's per-document scores, setting the term's bit in each document's
 * mask; returns how many documents it touched, listed first in `scratch.touched`.
 */
function addTermScores(ix: MiniSearchInternals, terms: string[], scratch: Scratch): number {
  const { terms: tree, fieldIds } = ix;
  const { score, mask, touched } = scratch;
  const distinct = [...new Set(terms)];
  let touchedCount = 0;
  const fields = Object.keys(FIELD_BOOSTS).map((f) => ({ boost: FIELD_BOOSTS[f]!, id: fieldIds[f]! }));

  const add = (bit: number, weight: number, data: TermData | undefined) => {
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
    add(bit, 1, tree.get(term));
    const prefixTerms = new Set<string>();
    if (prefixOf(term)) {
      for (const [derived, data] of tree.atPrefix(term)) {
        const distance = derived.length - term.length;
        if (!distance) continue;
        prefixTerms.add(derived);
        add(bit, (WEIGHTS.prefix * derived.length) / (derived.length + 0.3 * distance), data);
      }
    }
    const maxDistance = fuzzyOf(term);
    if (maxDistance) {
      for (const [derived, [data, distance]] of tree.fuzzyGet(term, Math.min(maxDistance, SEARCH_OPTIONS.maxFuzzy ?? 6))) {
        if (!distance || prefixTerms.has(derived)) continue;
        add(bit, (WEIGHTS.fuzzy * derived.length) / (derived.length + distance), data);
      }
    }
  }
  return touchedCount;
}

/**
 * The touched documents ranked: score times the number of distinct query terms matched; ties keep the
 * order passages were first found. Zeroes the scratch as it reads it, for the next query.
 */
function rankScored(index: PassageIndex, ix: MiniSearchInternals, scratch: Scratch, touchedCount: number, options: SearchPassagesOptions): PassageHit[] {
  const { score, mask, touched } = scratch;
  const documentIds = ix.documentIds;
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
    if (allowed ? allowed[doc] !== 1 : keep && !keep(documentIds.get(doc)!)) continue;
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
  return best.map((b) => ({ id: documentIds.get(b.doc)!, score: b.score }));
}

/**
 * Computes every term's scored postings ahead of the first queries, in slices
 * between which the process answers as usual (and which never keep it alive).
 * Without it the first query to meet a common word pays
 * for converting its postings.
 */
export function warmPassageIndex(index: PassageIndex, options: { sliceMs?: number; /** Stops once this is false. */ while?: () => boolean } = {}): void {
  if (!hasSearchInternals(index)) return;
  const { sliceMs = 10, while: wanted = () => true } = options;
  const ix = internalsOf(index);
  const terms = ix.terms.entries();
  const step = () => {
    if (!wanted()) return;
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
