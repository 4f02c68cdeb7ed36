/**
 * One term's postings in one field, the Map from document short id to term
 * frequency that minisearch keeps, read from the snapshot's packed array
 * until something asks for the Map itself. Filling 2.6 million Map entries
 * was most of a cold start at 100,000 passages and a third of its heap; the
 * search scorer reads `packed` directly, and minisearch's own code (its
 * search, add, discard) still sees an ordinary Map, filled on first touch
 * (a document added, which has a higher id than any packed, excepted: its
 * posting is kept beside the array).
 */
export interface PackedSlice {
  /** Document short ids at `at`, then their term frequencies at `at + count`. */
  source: Uint32Array;
  at: number;
  count: number;
}

export class PackedPostings extends Map<number, number> {
  #packed: PackedSlice | null;
  /** The highest document id packed, once asked for: a document added later has a higher one. */
  #highest: number | undefined;

  constructor(packed: PackedSlice) {
    super();
    this.#packed = packed;
  }

  /** The packed ids and frequencies while untouched; null once this is a filled Map. */
  get packed(): PackedSlice | null {
    return this.#packed;
  }

  /**
   * Whether `key` is a document added after the packed ones (minisearch gives
   * each new document a higher short id): its posting is kept beside the
   * packed array, so a corpus updated in place (pipeline/delta.ts) does not
   * fill the Map of every common word its new passages use.
   */
  #appended(key: number): boolean {
    const packed = this.#packed;
    if (!packed) return false;
    if (this.#highest === undefined) {
      let highest = -1;
      for (let i = 0; i < packed.count; i++) highest = Math.max(highest, packed.source[packed.at + i]!);
      this.#highest = highest;
    }
    return key > this.#highest;
  }

  #fill(): void {
    const packed = this.#packed;
    if (!packed) return;
    this.#packed = null;
    // In insertion order: the packed postings, then those added beside them.
    const appended = super.size ? [...super.entries()] : [];
    super.clear();
    const { source, at, count } = packed;
    for (let i = 0; i < count; i++) super.set(source[at + i]!, source[at + count + i]!);
    for (const [doc, tf] of appended) super.set(doc, tf);
  }

  /** Visits the postings added beside the packed array (none once filled: then they are in the Map). */
  forEachAppended(visit: (doc: number, tf: number) => void): void {
    if (this.#packed) super.forEach((tf, doc) => visit(doc, tf));
  }

  override get size(): number {
    return this.#packed ? this.#packed.count + super.size : super.size;
  }
  override get(key: number): number | undefined {
    if (!this.#appended(key)) this.#fill();
    return super.get(key);
  }
  override has(key: number): boolean {
    if (!this.#appended(key)) this.#fill();
    return super.has(key);
  }
  override set(key: number, value: number): this {
    if (!this.#appended(key)) this.#fill();
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
  (postings as PackedPostings).forEachAppended(visit);
}
