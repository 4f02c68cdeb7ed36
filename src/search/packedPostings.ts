/**
 * One term's postings in one field, the Map from document short id to term
 * frequency that minisearch keeps, read from the snapshot's packed array
 * until something asks for the Map itself. Filling 2.6 million Map entries
 * was most of a cold start at 100,000 passages and a third of its heap; the
 * search scorer reads `packed` directly, and minisearch's own code (its
 * search, add, discard) still sees an ordinary Map, filled on first touch.
 */
export interface PackedSlice {
  /** Document short ids at `at`, then their term frequencies at `at + count`. */
  source: Uint32Array;
  at: number;
  count: number;
}

export class PackedPostings extends Map<number, number> {
  #packed: PackedSlice | null;

  constructor(packed: PackedSlice) {
    super();
    this.#packed = packed;
  }

  /** The packed ids and frequencies while untouched; null once this is a filled Map. */
  get packed(): PackedSlice | null {
    return this.#packed;
  }

  #fill(): void {
    const packed = this.#packed;
    if (!packed) return;
    this.#packed = null;
    const { source, at, count } = packed;
    for (let i = 0; i < count; i++) super.set(source[at + i]!, source[at + count + i]!);
  }

  override get size(): number {
    return this.#packed ? this.#packed.count : super.size;
  }
  override get(key: number): number | undefined {
    this.#fill();
    return super.get(key);
  }
  override has(key: number): boolean {
    this.#fill();
    return super.has(key);
  }
  override set(key: number, value: number): this {
    this.#fill();
    return super.set(key, value);
  }
  override delete(key: number): boolean {
    this.#fill();
    return super.delete(key);
  }
  override clear(): void {
    this.#packed = null;
    super.clear();
  }
  override forEach(visit: (value: number, key: number, map: Map<number, number>) => void, thisArg?: unknown): void {
    this.#fill();
    super.forEach(visit, thisArg);
  }
  override entries(): MapIterator<[number, number]> {
    this.#fill();
    return super.entries();
  }
  override keys(): MapIterator<number> {
    this.#fill();
    return super.keys();
  }
  override values(): MapIterator<number> {
    this.#fill();
    return super.values();
  }
  override [Symbol.iterator](): MapIterator<[number, number]> {
    return this.entries();
  }
}

/** Visits (document, term frequency) in insertion order, from the packed array when it is still there. */
export function forEachPosting(postings: Map<number, number>, visit: (doc: number, tf: number) => void): void {
  const packed = postings instanceof PackedPostings ? postings.packed : null;
  if (!packed) {
    for (const [doc, tf] of postings) visit(doc, tf);
    return;
  }
  const { source, at, count } = packed;
  for (let i = 0; i < count; i++) visit(source[at + i]!, source[at + count + i]!);
}
