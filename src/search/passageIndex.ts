import MiniSearch, { type Options, type SearchOptions } from 'minisearch';
import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';
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

/** Best passages for free text; `filter` narrows by passage id before ranking. */
export function searchPassages(
  index: PassageIndex,
  query: string,
  options: { limit?: number; filter?: (id: string) => boolean } = {},
): PassageHit[] {
  const hits = index.search(query, {
    ...SEARCH_OPTIONS,
    ...(options.filter ? { filter: (r) => options.filter!(String(r.id)) } : {}),
  });
  const out = hits.map((h) => ({ id: String(h.id), score: h.score }));
  return options.limit === undefined ? out : out.slice(0, options.limit);
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
  const out: number[] = [];
  for (const [term, data] of ix._index) {
    terms.push(term);
    out.push(data.size);
    for (const [fieldId, docs] of data) {
      out.push(fieldId, docs.size);
      for (const doc of docs.keys()) out.push(doc);
      for (const tf of docs.values()) out.push(tf);
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
    postings: Uint32Array.from(out),
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
    ix._fieldLength.set(shortId, Array.from(fieldLength.subarray(d * fields, (d + 1) * fields)));
    if (d % 20_000 === 19_999) await pause();
  }
  let at = 0;
  let sincePause = 0;
  for (const term of meta.terms) {
    const data = new Map<number, Map<number, number>>();
    const fieldCount = postings[at++]!;
    for (let f = 0; f < fieldCount; f++) {
      const fieldId = postings[at++]!;
      const count = postings[at++]!;
      const docs = new Map<number, number>();
      for (let i = 0; i < count; i++) docs.set(postings[at + i]!, postings[at + count + i]!);
      at += 2 * count;
      sincePause += count;
      data.set(fieldId, docs);
    }
    ix._index.set(term, data);
    if (sincePause >= 100_000) {
      sincePause = 0;
      await pause();
    }
  }
  if (at !== postings.length) throw new Error('packed index is inconsistent');
  return index;
}
