import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Passage, PassageKind } from '../passages/types.js';
import { packPassageIndex, unpackPassageIndex, type PackedIndex, type PassageIndex } from '../search/passageIndex.js';
import type { Corpus, CorpusData } from './corpus.js';

/**
 * A snapshot is one binary file: typed-array sections (passage columns,
 * passage text, the index postings), then a JSON header (articles, problems,
 * annotations, index metadata, where each section is). At 100,000 passages this loads in a
 * fraction of the time JSON takes, which is what keeps a cold start short.
 */
const FORMAT = 4;
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
  articles: CorpusData['articles'];
  problems: CorpusData['problems'];
  /** Annotations are stored in the annotations section in pieces (byte lengths here), so no one parse is long. */
  annotations: Array<{ key: string; array: boolean; pieces: number[] }>;
  /** Columnar passages, or plain JSON when a passage carries fields this format does not know. */
  /** textPieces: byte lengths of the passage text in pieces that end at passage boundaries. */
  passages: { count: number; kinds: string[]; ids: string[] | null; textPieces: Array<{ bytes: number; passages: number }> } | { json: Passage[] };
  index: PackedIndex['meta'];
  sections: Record<SectionName, { offset: number; length: number }>;
}

type SectionName = 'texts' | 'columns' | 'shortIds' | 'fieldLength' | 'postings' | 'annotations';

/** A pause between slices of work; by default none. */
export type Pause = () => Promise<void>;

/** Bytes per piece of annotations or passage text: each is decoded and parsed in a few milliseconds. */
const PIECE_BYTES = 256 * 1024;

function packAnnotations(annotations: CorpusData['annotations']): { header: Header['annotations']; bytes: Buffer } {
  const header: Header['annotations'] = [];
  const pieces: Buffer[] = [];
  for (const [key, value] of Object.entries(annotations)) {
    const sizes: number[] = [];
    const items = Array.isArray(value) ? value.map((item) => JSON.stringify(item ?? null)) : [JSON.stringify(value ?? null)];
    // Items grouped into JSON arrays of about PIECE_BYTES, whatever size one item is.
    let group: string[] = [];
    let length = 0;
    const flush = () => {
      const piece = Buffer.from(`[${group.join(',')}]`, 'utf8');
      pieces.push(piece);
      sizes.push(piece.byteLength);
      group = [];
      length = 0;
    };
    for (const item of items) {
      group.push(item);
      length += item.length;
      if (length >= PIECE_BYTES) flush();
    }
    if (group.length || !sizes.length) flush();
    header.push({ key, array: Array.isArray(value), pieces: sizes });
  }
  return { header, bytes: Buffer.concat(pieces) };
}

async function unpackAnnotations(header: Header['annotations'], bytes: Buffer, pause: Pause): Promise<CorpusData['annotations']> {
  const out: Record<string, unknown> = {};
  let at = 0;
  for (const { key, array, pieces } of header) {
    const items: unknown[] = [];
    for (const size of pieces) {
      for (const item of JSON.parse(bytes.toString('utf8', at, at + size)) as unknown[]) items.push(item);
      at += size;
      await pause();
    }
    out[key] = array ? items : items[0];
  }
  if (at !== bytes.byteLength) throw new Error('annotations section is inconsistent');
  return out as unknown as CorpusData['annotations'];
}

function packPassages(data: CorpusData): { header: Header['passages']; texts: Buffer; columns: Uint32Array } {
  const articleIndex = new Map(data.articles.map((a, i) => [a.id, i]));
  const regular = data.passages.every((p) => Object.keys(p).sort().join(',') === PASSAGE_KEYS && articleIndex.has(p.articleId));
  if (!regular) return { header: { json: data.passages }, texts: Buffer.alloc(0), columns: new Uint32Array(0) };
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
  for (let i = 0; i < data.passages.length; ) {
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
    texts: Buffer.concat(buffers),
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
      return bytes.byteOffset % 4 === 0
        ? new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4)
        : new Uint32Array(bytes.slice().buffer);
    };
    const annotations = await unpackAnnotations(header.annotations, section('annotations'), pause);
    const passages = await unpackPassages(header.passages, header.articles, section('texts'), words('columns'), pause);
    const index = await unpackPassageIndex(
      { meta: header.index, shortIds: words('shortIds'), fieldLength: words('fieldLength'), postings: words('postings') },
      pause,
    );
    return {
      data: { hash: header.hash, articles: header.articles, passages, annotations, problems: header.problems },
      index,
    };
  } catch {
    return null;
  }
}

/** The snapshot file's bytes for a corpus. */
export function encodeSnapshot(corpus: Corpus): Buffer {
  const data: CorpusData = {
    hash: corpus.hash,
    articles: corpus.articles,
    passages: corpus.passages,
    annotations: corpus.annotations,
    problems: corpus.problems,
  };
  const packedPassages = packPassages(data);
  const packedIndex = packPassageIndex(corpus.index);
  const packedAnnotations = packAnnotations(data.annotations);
  const bodies: Array<[SectionName, Uint8Array]> = [
    ['texts', packedPassages.texts],
    ['columns', new Uint8Array(packedPassages.columns.buffer, packedPassages.columns.byteOffset, packedPassages.columns.byteLength)],
    ['shortIds', new Uint8Array(packedIndex.shortIds.buffer, packedIndex.shortIds.byteOffset, packedIndex.shortIds.byteLength)],
    ['fieldLength', new Uint8Array(packedIndex.fieldLength.buffer, packedIndex.fieldLength.byteOffset, packedIndex.fieldLength.byteLength)],
    ['postings', new Uint8Array(packedIndex.postings.buffer, packedIndex.postings.byteOffset, packedIndex.postings.byteLength)],
    ['annotations', packedAnnotations.bytes],
  ];
  // Sections first, from byte 12 and 4-byte aligned; the header, which records their offsets, last.
  const sections = {} as Header['sections'];
  let offset = 12;
  for (const [name, body] of bodies) {
    sections[name] = { offset, length: body.byteLength };
    offset = align4(offset + body.byteLength);
  }
  const header: Header = {
    format: FORMAT,
    hash: data.hash,
    articles: data.articles,
    problems: data.problems,
    annotations: packedAnnotations.header,
    passages: packedPassages.header,
    index: packedIndex.meta,
    sections,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const out = Buffer.alloc(offset + headerBytes.byteLength);
  out.write(MAGIC, 0, 'latin1');
  out.writeUInt32LE(offset, 4);
  out.writeUInt32LE(headerBytes.byteLength, 8);
  for (const [name, body] of bodies) out.set(body, sections[name].offset);
  headerBytes.copy(out, offset);
  return out;
}

function align4(n: number): number {
  return (n + 3) & ~3;
}

/** Writes atomically: a temporary file renamed into place, so a reader never sees half a snapshot. */
export async function writeSnapshot(cacheDir: string, corpus: Corpus): Promise<string> {
  return writeSnapshotBytes(cacheDir, corpus.hash, encodeSnapshot(corpus));
}

export async function writeSnapshotBytes(cacheDir: string, hash: string, bytes: Uint8Array): Promise<string> {
  await mkdir(cacheDir, { recursive: true });
  const target = snapshotPath(cacheDir, hash);
  const tmp = `${target}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, target);
  await pruneSnapshots(cacheDir);
  return target;
}

async function pruneSnapshots(cacheDir: string): Promise<void> {
  const names = await readdir(cacheDir);
  await pruneNewest(cacheDir, names.filter((n) => /^snapshot-[0-9a-f]+\.bin$/.test(n)), KEEP);
  // The small files loadCorpus keeps to find a snapshot without hashing every article.
  await pruneNewest(cacheDir, names.filter((n) => /^listing-[0-9a-f]+$/.test(n)), KEEP * 4);
}

async function pruneNewest(cacheDir: string, names: string[], keep: number): Promise<void> {
  if (names.length <= keep) return;
  const dated = await Promise.all(
    names.map(async (n) => ({ n, t: (await stat(path.join(cacheDir, n)).catch(() => null))?.mtimeMs ?? 0 })),
  );
  dated.sort((a, b) => b.t - a.t);
  await Promise.all(dated.slice(keep).map(({ n }) => rm(path.join(cacheDir, n), { force: true })));
}
