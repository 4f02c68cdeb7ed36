import type MiniSearch from 'minisearch';

/**
 * minisearch's private index structures, and the one place in eventdesk that
 * touches them. The fast scorer (passageIndex.ts) reads the same fields
 * minisearch's own search reads, and the snapshot packs and refills them as
 * its `loadJS` does; none of them is public API, so package.json pins
 * minisearch to the exact version these shapes were read from, and
 * tests/search/minisearchInternals.test.ts checks each field on a real index, naming
 * the one an upgrade moved.
 *
 * Every accessor reads the field when called (minisearch replaces some of
 * them, `removeAll` all of them): take them once per operation, not once per
 * index.
 */

/** One term's postings in one field: document short id -> term frequency. */
export type Postings = Map<number, number>;
/** One term's data: field id -> its postings in that field. */
export type TermData = Map<number, Postings>;

/** minisearch's radix tree of terms (its SearchableMap), as far as eventdesk uses it. */
export interface TermTree extends Iterable<[string, TermData]> {
  get(term: string): TermData | undefined;
  set(term: string, data: TermData): unknown;
  atPrefix(prefix: string): Iterable<[string, TermData]>;
  fuzzyGet(term: string, maxDistance: number): Map<string, [TermData, number]>;
  entries(): Iterator<[string, TermData]>;
}

/** The private fields, under the names minisearch gives them. */
interface Fields {
  _index: TermTree;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _fieldIds: Record<string, number>;
  _documentCount: number;
  _nextId: number;
  _dirtCount: number;
}

export type InternalField = keyof Fields;

/** A typed view of an index's private fields; each property reads the field itself when it is read. */
export interface MiniSearchInternals {
  /** Terms -> field id -> document short id -> term frequency. */
  readonly terms: TermTree;
  /** Document short id -> document id. */
  readonly documentIds: Map<number, string>;
  /** Document id -> short id. */
  readonly idToShortId: Map<string, number>;
  /** Document short id -> length of each field, by field id. */
  readonly fieldLength: Map<number, number[]>;
  /** Average length of each field, by field id. */
  readonly avgFieldLength: number[];
  /** Field name -> field id. */
  readonly fieldIds: Record<string, number>;
  readonly documentCount: number;
  /** One more than the highest short id ever given: the size of an array indexed by short id. */
  readonly nextId: number;
  readonly dirtCount: number;
}

const fields = (index: MiniSearch<any>) => index as unknown as Fields;

/** Each property of the view, and the private field it reads. */
const FIELD_OF: { [P in keyof MiniSearchInternals]: InternalField } = {
  terms: '_index',
  documentIds: '_documentIds',
  idToShortId: '_idToShortId',
  fieldLength: '_fieldLength',
  avgFieldLength: '_avgFieldLength',
  fieldIds: '_fieldIds',
  documentCount: '_documentCount',
  nextId: '_nextId',
  dirtCount: '_dirtCount',
};

/** The view's properties, defined once on its prototype from FIELD_OF. */
class InternalsView {
  constructor(readonly fields: Fields) {}
}
for (const [property, field] of Object.entries(FIELD_OF)) {
  Object.defineProperty(InternalsView.prototype, property, {
    get(this: InternalsView) {
      return this.fields[field];
    },
  });
}

export function internalsOf(index: MiniSearch<any>): MiniSearchInternals {
  return new InternalsView(fields(index)) as unknown as MiniSearchInternals;
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isMap = (v: unknown) => v instanceof Map;
const hasMethods = (v: unknown, ...names: string[]) =>
  typeof v === 'object' && v !== null && names.every((n) => typeof (v as Record<string, unknown>)[n] === 'function');

/** What each private field must be, checked on any index (empty or not). */
const EXPECTED: { [F in InternalField]: { shape: string; ok: (value: unknown) => boolean } } = {
  _index: {
    shape: 'a radix tree of terms with get, set, atPrefix, fuzzyGet, entries and iteration',
    ok: (v) => hasMethods(v, 'get', 'set', 'atPrefix', 'fuzzyGet', 'entries') && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function',
  },
  _documentIds: { shape: 'a Map from short id to document id', ok: isMap },
  _idToShortId: { shape: 'a Map from document id to short id', ok: isMap },
  _fieldLength: { shape: 'a Map from short id to field lengths', ok: isMap },
  _avgFieldLength: { shape: 'an array of numbers, one per field', ok: (v) => Array.isArray(v) && v.every((n) => typeof n === 'number') },
  _fieldIds: { shape: 'an object from field name to field id', ok: (v) => typeof v === 'object' && v !== null && Object.values(v).every(isCount) },
  _documentCount: { shape: 'a count', ok: isCount },
  _nextId: { shape: 'a count', ok: isCount },
  _dirtCount: { shape: 'a count', ok: isCount },
};

export const INTERNAL_FIELDS = Object.keys(EXPECTED) as InternalField[];

/**
 * The private fields of `index` that are missing or shaped otherwise than
 * eventdesk reads them, each as "`_field`: expected …, found …". Empty when
 * all are as expected.
 */
export function internalsProblems(index: MiniSearch<any>, only: readonly InternalField[] = INTERNAL_FIELDS): string[] {
  const ix = fields(index) as unknown as Record<string, unknown>;
  const problems: string[] = [];
  for (const field of only) {
    const value = ix[field];
    if (!EXPECTED[field].ok(value)) {
      const found =
        value === undefined
          ? 'nothing'
          : value === null
            ? 'null'
            : Array.isArray(value)
              ? 'an array'
              : typeof value === 'object'
                ? `a ${value.constructor?.name ?? 'object'}`
                : `a ${typeof value}`;
      problems.push(`minisearch's private \`${field}\`: expected ${EXPECTED[field].shape}, found ${found}`);
    }
  }
  return problems;
}

/** Whether `index` has every private field the fast scorer reads, as it reads them. */
export function hasSearchInternals(index: MiniSearch<any>): boolean {
  return (
    internalsProblems(index, ['_index', '_documentIds', '_idToShortId', '_fieldLength', '_avgFieldLength', '_fieldIds', '_documentCount', '_nextId']).length ===
    0
  );
}

/**
 * Fills an index made by `MiniSearch.loadJS` from an empty serialization
 * with documents and terms, as loadJS itself would from a full one: the
 * snapshot keeps them packed, and this is how they get back in.
 */
export interface InternalsFiller {
  addDocument(shortId: number, id: string, fieldLengths: number[]): void;
  setTerm(term: string, data: TermData): void;
}

export function fillerOf(index: MiniSearch<any>): InternalsFiller {
  const problems = internalsProblems(index, ['_index', '_documentIds', '_idToShortId', '_fieldLength']);
  if (problems.length) throw new Error(`this minisearch version keeps its index differently; the packed snapshot cannot be loaded (${problems.join('; ')})`);
  const ix = fields(index);
  const { _documentIds: documentIds, _idToShortId: idToShortId, _fieldLength: fieldLength, _index: terms } = ix;
  return {
    addDocument(shortId, id, fieldLengths) {
      documentIds.set(shortId, id);
      idToShortId.set(id, shortId);
      fieldLength.set(shortId, fieldLengths);
    },
    setTerm(term, data) {
      terms.set(term, data);
    },
  };
}
