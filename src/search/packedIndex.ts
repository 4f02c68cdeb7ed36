import MiniSearch from 'minisearch';
import { INDEX_OPTIONS, type PassageIndex } from './indexOptions.js';
import { fillerOf, internalsOf, type TermData } from './minisearchInternals.js';
import { forEachPosting, PackedPostings } from './packedPostings.js';

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

export function packPassageIndex(index: PassageIndex): PackedIndex {
  // The packer reads minisearch's private fields exactly as its toJSON does; the unpacker fills them as its loadJS does.
  const ix = internalsOf(index);
  const { documentIds: ids, fieldLength: lengthsOf, terms: tree } = ix;
  const fields = Object.keys(ix.fieldIds).length;
  const shortIds = new Uint32Array(ids.size);
  const documentIds: string[] = [];
  const fieldLength = new Uint32Array(ids.size * fields);
  let d = 0;
  for (const [shortId, id] of ids) {
    shortIds[d] = shortId;
    documentIds.push(id);
    const lengths = lengthsOf.get(shortId) ?? [];
    for (let f = 0; f < fields; f++) fieldLength[d * fields + f] = lengths[f] ?? 0;
    d++;
  }
  const terms: string[] = [];
  // Sized first, then filled: a plain array of millions of numbers would cost several times the memory.
  let words = 0;
  for (const [, data] of tree) {
    words += 1;
    for (const docs of data.values()) words += 2 + 2 * docs.size;
  }
  const postings = new Uint32Array(words);
  let at = 0;
  for (const [term, data] of tree) {
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
      documentCount: ix.documentCount,
      nextId: ix.nextId,
      fieldIds: ix.fieldIds,
      averageFieldLength: ix.avgFieldLength,
      dirtCount: ix.dirtCount,
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
  const fill = fillerOf(index);
  const fields = Object.keys(meta.fieldIds).length;
  if (meta.documentIds.length !== shortIds.length || fieldLength.length !== shortIds.length * fields) {
    throw new Error('packed index is inconsistent');
  }
  for (let d = 0; d < shortIds.length; d++) {
    const shortId = shortIds[d]!;
    const id = meta.documentIds[d]!;
    const lengths = new Array<number>(fields);
    for (let f = 0; f < fields; f++) lengths[f] = fieldLength[d * fields + f]!;
    fill.addDocument(shortId, id, lengths);
    if (d % 4096 === 4095) await pause();
  }
  // Its own copy: a view would keep the whole snapshot file alive.
  const source = postings.slice();
  let at = 0;
  for (const [t, term] of meta.terms.entries()) {
    const data: TermData = new Map();
    const fieldCount = source[at++]!;
    for (let f = 0; f < fieldCount; f++) {
      const fieldId = source[at++]!;
      const count = source[at++]!;
      if (at + 2 * count > source.length) throw new Error('packed index is inconsistent');
      data.set(fieldId, new PackedPostings({ source, at, count }));
      at += 2 * count;
    }
    fill.setTerm(term, data);
    if (t % 4096 === 4095) await pause();
  }
  if (at !== source.length) throw new Error('packed index is inconsistent');
  return index;
}
