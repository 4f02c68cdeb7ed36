import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Passage, PassageKind } from '../passages/types.js';
import { packPassageIndex, unpackPassageIndex, type PackedIndex, type PassageIndex } from '../search/passageIndex.js';
import { pruneSegments } from './articleWork.js';
import { pruneDigests } from './fileDigests.js';
import type { Corpus, CorpusData } from './corpus.js';

/**
 * A snapshot is one binary file: sections (passage columns, passage text and
 * the index postings as typed arrays; articles and annotations as JSON in
 * pieces), then a small JSON header (problems, index metadata, where each
 * section and piece is). At 100,000 passages this loads in a fraction of the
 * time JSON takes, which is what keeps a cold start short, and in slices short
 * enough that a serving bot keeps answering.
 */
const FORMAT = 5;
const MAGIC = 'EDSN';
/** Snapshots kept per cache folder; older ones are removed. */
const KEEP = 6;
const PASSAGE_KEYS = ['id', 'articleId', 'paragraph', 'start', 'end', 'text', 'kind'].sort().join(',');
/** Numbers per passage in the passage columns: article, paragraph, start, end, kind, text length. */
const COLUMNS = 6;

export function snapshotPath(cacheDir: string, hash: string): string {
  return path.join(cacheDir, `snapshot-${hash}.bin`);
}

interface Header {
  format: number;
  hash: string;
  /** The articles are in the articles section, in pieces of JSON (byte lengths here). */
  articles: number[];
  problems: CorpusData['problems'];
  /** Annotations are stored in the annotations section in pieces (byte lengths here), so no one parse is long. */
  annotations: Array<{ key: string; array: boolean; pieces: number[] }>;
  /** Columnar passages, or plain JSON when a passage carries fields this format does not know. */
  /** textPieces: byte lengths of the passage text in pieces that end at passage boundaries. */
  passages: { count: number; kinds: string[]; ids: string[] | null; textPieces: Array<{ bytes: number; passages: number }> } | { json: Passage[] };
  /** documentIds is null when it is the passages' ids in order, as it is when the index was built from them. */
  index: Omit<PackedIndex['meta'], 'documentIds'> & { documentIds: string[] | null };
  sections: Record<SectionName, { offset: number; length: number }>;
}

type SectionName = 'articles' | 'texts' | 'columns' | 'shortIds' | 'fieldLength' | 'postings' | 'annotations';

/** A pause between slices of work; by default none. */
export type Pause = () => Promise<void>;

/** Bytes per piece of annotations or passage text: each is decoded and parsed in a few milliseconds. */
const PIECE_BYTES = 256 * 1024;

/** Items as JSON arrays of about PIECE_BYTES each, whatever size one item is: no one parse is long. */
function packJsonPieces(items: readonly unknown[], into: Buffer[]): number[] {
  const sizes: number[] = [];
  let group: string[] = [];
  let length = 0;
  const flush = () => {
    const piece = Buffer.from(`[${group.join(',')}]`, 'utf8');
    into.push(piece);
    sizes.push(piece.byteLength);
    group = [];
    length = 0;
  };
  for (const item of items) {
    const json = JSON.stringify(item ?? null);
    group.push(json);
    length += json.length;
    if (length >= PIECE_BYTES) flush();
  }
  if (group.length || !sizes.length) flush();
  return sizes;
}

/** Parses pieces written by packJsonPieces from `bytes` at `at`; returns the items and where the next data starts. */
async function unpackJsonPieces(bytes: Buffer, at: number, pieces: number[], pause: Pause): Promise<{ items: unknown[]; at: number }> {
  const items: unknown[] = [];
  for (const size of pieces) {
    parsePiece(bytes, at, size, items);
    at += size;
    await pause();
  }
  return { items, at };
}

function parsePiece(bytes: Buffer, at: number, size: number, into: unknown[]): void {
  for (const item of JSON.parse(bytes.toString('utf8', at, at + size)) as unknown[]) into.push(item);
}

/**
 * A kind of annotation of at most this many bytes of JSON is parsed when it is first read, not at load: the
 * first answer from a cold story parses only the kinds it reads (search and sources none), and one such parse
 * takes a few milliseconds. Larger kinds (a corpus of tens of thousands of passages) are parsed at load, in
 * slices, so that no one parse holds up the event loop.
 */
const LAZY_ANNOTATION_BYTES = 2 * 1024 * 1024;

/**
 * `key` of `out` as a property that parses its pieces at its first read (its own copy of the bytes, so the
 * snapshot file is not kept alive; dropped once parsed). Assigning it sets it, as on a plain object.
 */
function defineParsedOnRead(out: Record<string, unknown>, key: string, array: boolean, bytes: Buffer, pieces: number[]): void {
  let pending: Buffer | null = bytes;
  let value: unknown;
  Object.defineProperty(out, key, {
    enumerable: true,
    configurable: true,
    get() {
      if (pending) {
        const items: unknown[] = [];
        let at = 0;
        for (const size of pieces) {
          parsePiece(pending, at, size, items);
          at += size;
        }
        value = array ? items : items[0];
        pending = null;
      }
      return value;
    },
    set(next: unknown) {
      value = next;
      pending = null;
    },
  });
}

function packAnnotations(annotations: CorpusData['annotations']): { header: Header['annotations']; chunks: Buffer[] } {
  const header: Header['annotations'] = [];
  const chunks: Buffer[] = [];
  for (const [key, value] of Object.entries(annotations)) {
    const array = Array.isArray(value);
    header.push({ key, array, pieces: packJsonPieces(array ? value : [value], chunks) });
  }
  return { header, chunks };
}

async function unpackAnnotations(header: Header['annotations'], bytes: Buffer, pause: Pause): Promise<CorpusData['annotations']> {
  const out: Record<string, unknown> = {};
  let at = 0;
  for (const { key, array, pieces } of header) {
    const size = pieces.reduce((sum, n) => sum + n, 0);
    if (size <= LAZY_ANNOTATION_BYTES) {
      // Checked now as far as it can be without parsing: each piece a JSON array, within the section.
      let end = at;
      for (const n of pieces) {
        if (n < 2 || end + n > bytes.byteLength || bytes[end] !== 0x5b || bytes[end + n - 1] !== 0x5d) throw new Error('annotations section is inconsistent');
        end += n;
      }
      defineParsedOnRead(out, key, array, Buffer.from(bytes.subarray(at, end)), pieces);
      at = end;
      continue;
    }
    const unpacked = await unpackJsonPieces(bytes, at, pieces, pause);
    at = unpacked.at;
    out[key] = array ? unpacked.items : unpacked.items[0];
  }
  if (at !== bytes.byteLength) throw new Error('annotations section is inconsistent');
  return out as unknown as CorpusData['annotations'];
}

function packPassages(data: CorpusData): { header: Header['passages']; texts: Buffer[]; columns: Uint32Array } {
  const articleIndex = new Map(data.articles.map((a, i) => [a.id, i]));
  const regular = data.passages.every((p) => Object.keys(p).sort().join(',') === PASSAGE_KEYS && articleIndex.has(p.articleId));
  if (!regular) return { header: { json: data.passages }, texts: [], columns: new Uint32Array(0) };
  const kinds: string[] = [];
  const columns = new Uint32Array(data.passages.length * COLUMNS);
  const counts = new Map<string, number>();
  let derivedIds = true;
  data.passages.forEach((p, i) => {
    let kind = kinds.indexOf(p.kind);
    if (kind < 0) kind = kinds.push(p.kind) - 1;
    const n = counts.get(p.articleId) ?? 0;
    counts.set(p.articleId, n + 1);
    if (p.id !== `${p.articleId}#${n}`) derivedIds = false;
    columns.set([articleIndex.get(p.articleId)!, p.paragraph, p.start, p.end, kind, p.text.length], i * COLUMNS);
  });
  const textPieces: Array<{ bytes: number; passages: number }> = [];
  const buffers: Buffer[] = [];
  for (let i = 0; i < data.passages.length;) {
    let bytes = 0;
    const from = i;
    const parts: string[] = [];
    while (i < data.passages.length && bytes < PIECE_BYTES) {
      parts.push(data.passages[i]!.text);
      bytes += data.passages[i]!.text.length;
      i++;
    }
    const piece = Buffer.from(parts.join(''), 'utf8');
    buffers.push(piece);
    textPieces.push({ bytes: piece.byteLength, passages: i - from });
  }
  return {
    header: { count: data.passages.length, kinds, ids: derivedIds ? null : data.passages.map((p) => p.id), textPieces },
    texts: buffers,
    columns,
  };
}

async function unpackPassages(
  header: Header['passages'],
  articles: CorpusData['articles'],
  textBytes: Buffer,
  columns: Uint32Array,
  pause: Pause,
): Promise<Passage[]> {
  if ('json' in header) return header.json;
  const passages: Passage[] = new Array(header.count);
  const counts = new Array<number>(articles.length).fill(0);
  let i = 0;
  let byte = 0;
  for (const piece of header.textPieces) {
    // One string per piece; each passage is a slice of it, no copy of its own.
    const texts = textBytes.toString('utf8', byte, byte + piece.bytes);
    byte += piece.bytes;
    let at = 0;
    for (const end = i + piece.passages; i < end; i++) {
      const c = i * COLUMNS;
      const article = articles[columns[c]!]!;
      const length = columns[c + 5]!;
      passages[i] = {
        id: header.ids ? header.ids[i]! : `${article.id}#${counts[columns[c]!]!++}`,
        articleId: article.id,
        paragraph: columns[c + 1]!,
        start: columns[c + 2]!,
        end: columns[c + 3]!,
        text: texts.slice(at, at + length),
        kind: header.kinds[columns[c + 4]!] as PassageKind,
      };
      at += length;
    }
    await pause();
  }
  if (i !== header.count || byte !== textBytes.byteLength) throw new Error('passage text is inconsistent');
  return passages;
}

/** Reads a snapshot; any failure (missing, truncated, wrong format) returns null so the caller rebuilds. */
export async function readSnapshot(
  cacheDir: string,
  hash: string,
  pause: Pause = async () => undefined,
): Promise<{ data: CorpusData; index: PassageIndex } | null> {
  let file: Buffer;
  try {
    file = await readFile(snapshotPath(cacheDir, hash));
  } catch {
    return null;
  }
  return decodeSnapshot(file, hash, pause);
}

/** A snapshot's bytes -> the corpus data and index, or null when they are not a whole snapshot of `hash`. */
export async function decodeSnapshot(
  file: Buffer,
  hash: string,
  pause: Pause = async () => undefined,
): Promise<{ data: CorpusData; index: PassageIndex } | null> {
  try {
    if (file.byteLength < 12 || file.toString('latin1', 0, 4) !== MAGIC) return null;
    const headerOffset = file.readUInt32LE(4);
    const headerLength = file.readUInt32LE(8);
    if (headerOffset + headerLength !== file.byteLength) return null;
    const header = JSON.parse(file.toString('utf8', headerOffset, headerOffset + headerLength)) as Header;
    if (header.format !== FORMAT || header.hash !== hash) return null;
    await pause();
    const section = (name: SectionName): Buffer => {
      const { offset, length } = header.sections[name];
      if (offset + length > file.byteLength) throw new Error('truncated snapshot');
      return file.subarray(offset, offset + length);
    };
    const words = (name: SectionName): Uint32Array => {
      const bytes = section(name);
      // Sections are written 4-byte aligned; copy only if the buffer itself is not.
      return bytes.byteOffset % 4 === 0 ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Uint32Array(bytes.slice().buffer);
    };
    const articleBytes = section('articles');
    const unpacked = await unpackJsonPieces(articleBytes, 0, header.articles, pause);
    if (unpacked.at !== articleBytes.byteLength) throw new Error('articles section is inconsistent');
    const articles = unpacked.items as CorpusData['articles'];
    const annotations = await unpackAnnotations(header.annotations, section('annotations'), pause);
    const passages = await unpackPassages(header.passages, articles, section('texts'), words('columns'), pause);
    const index = await unpackPassageIndex(
      {
        meta: { ...header.index, documentIds: header.index.documentIds ?? passages.map((p) => p.id) },
        shortIds: words('shortIds'),
        fieldLength: words('fieldLength'),
        postings: words('postings'),
      },
      pause,
    );
    return { data: { hash: header.hash, articles, passages, annotations, problems: header.problems }, index };
  } catch {
    return null;
  }
}

/** A snapshot as the pieces of one file, in order: written out as they are, or joined to be handed over. */
export interface EncodedSnapshot {
  chunks: Uint8Array[];
  byteLength: number;
}

const asBytes = (words: Uint32Array) => new Uint8Array(words.buffer, words.byteOffset, words.byteLength);

/**
 * A corpus's data and index -> the snapshot file's bytes, in pieces. Given the
 * index already packed, a caller that drops the index first keeps the build's
 * peak memory lower (minisearch's maps and the JSON are not held at once).
 */
export function encodeSnapshot(data: CorpusData, index: PassageIndex | PackedIndex): EncodedSnapshot {
  const packedIndex = 'postings' in index ? index : packPassageIndex(index);
  const articleChunks: Buffer[] = [];
  const articlePieces = packJsonPieces(data.articles, articleChunks);
  const packedAnnotations = packAnnotations(data.annotations);
  const packedPassages = packPassages(data);
  const derivedIds = packedIndex.meta.documentIds.length === data.passages.length && packedIndex.meta.documentIds.every((id, i) => id === data.passages[i]!.id);
  const bodies: Array<[SectionName, Uint8Array[]]> = [
    ['articles', articleChunks],
    ['texts', packedPassages.texts],
    ['columns', [asBytes(packedPassages.columns)]],
    ['shortIds', [asBytes(packedIndex.shortIds)]],
    ['fieldLength', [asBytes(packedIndex.fieldLength)]],
    ['postings', [asBytes(packedIndex.postings)]],
    ['annotations', packedAnnotations.chunks],
  ];
  // Sections first, from byte 12 and 4-byte aligned; the header, which records their offsets, last.
  const chunks: Uint8Array[] = [];
  const sections = {} as Header['sections'];
  let offset = 12;
  for (const [name, body] of bodies) {
    const length = body.reduce((sum, chunk) => sum + chunk.byteLength, 0);
    sections[name] = { offset, length };
    chunks.push(...body);
    const padding = align4(offset + length) - (offset + length);
    if (padding) chunks.push(new Uint8Array(padding));
    offset += length + padding;
  }
  const header: Header = {
    format: FORMAT,
    hash: data.hash,
    articles: articlePieces,
    problems: data.problems,
    annotations: packedAnnotations.header,
    passages: packedPassages.header,
    index: { ...packedIndex.meta, documentIds: derivedIds ? null : packedIndex.meta.documentIds },
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const prefix = Buffer.alloc(12);
  prefix.write(MAGIC, 0, 'latin1');
  prefix.writeUInt32LE(offset, 4);
  prefix.writeUInt32LE(headerBytes.byteLength, 8);
  return { chunks: [prefix, ...chunks, headerBytes], byteLength: offset + headerBytes.byteLength };
}

/** The snapshot as one buffer (to hand it from a worker to the main thread). */
export function joinSnapshot(snapshot: EncodedSnapshot): Buffer {
  return Buffer.concat(snapshot.chunks, snapshot.byteLength);
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Writes atomically: a temporary file renamed into place, so a reader never sees half a snapshot. */
export async function writeSnapshot(cacheDir: string, corpus: Corpus): Promise<string> {
  return writeSnapshotBytes(cacheDir, corpus.hash, encodeSnapshot(corpus, corpus.index));
}

export async function writeSnapshotBytes(cacheDir: string, hash: string, bytes: Uint8Array | EncodedSnapshot): Promise<string> {
  await mkdir(cacheDir, { recursive: true });
  const target = snapshotPath(cacheDir, hash);
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  try {
    await writeFile(tmp, bytes instanceof Uint8Array ? bytes : bytes.chunks);
    await rename(tmp, target);
  } catch (err) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  }
  await pruneSnapshots(cacheDir);
  return target;
}

/** Whether a file in a cache folder is a snapshot (by its name). */
export const isSnapshotFile = (name: string) => /^snapshot-[0-9a-f]+\.bin$/.test(name);

async function pruneSnapshots(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir);
  const kept = await pruneNewest(cacheDir, names.filter(isSnapshotFile), KEEP);
  // The articles' segments (articleWork.ts) that the kept snapshots' corpora use stay; the rest go.
  const keptHashes = new Set(kept.map((n) => /^snapshot-([0-9a-f]+)\.bin$/.exec(n)![1]!));
  await pruneSegments(cacheDir, keptHashes);
  await pruneDigests(cacheDir, keptHashes);
  // The small files loadCorpus keeps to find a snapshot without hashing every article.
  await pruneNewest(
    cacheDir,
    names.filter((n) => /^listing-[0-9a-f]+$/.test(n)),
    KEEP * 4,
  );
}

/** Removes all but the `keep` newest of `names`; returns the names kept. */
async function pruneNewest(cacheDir: string, names: string[], keep: number): Promise<string[]> {
  if (names.length <= keep) return names;
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(cacheDir, n)).catch(() => null))?.mtimeMs ?? 0 })));
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(keep).map(({ n }) => rm(path.join(cacheDir, n), { force: true })));
  return dated.slice(0, keep).map(({ n }) => n);
}
