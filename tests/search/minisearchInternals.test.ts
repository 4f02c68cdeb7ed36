import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { INTERNAL_FIELDS, internalsOf, internalsProblems, type InternalField } from '../../src/search/minisearchInternals.js';
import {
  INDEX_OPTIONS,
  packPassageIndex,
  searchPassages,
  searchPassagesWithMiniSearch,
  unpackPassageIndex,
  type IndexedPassage,
} from '../../src/search/passageIndex.js';
import { PROJECT_ROOT } from '../support/fixtures.js';

// The fast scorer and the snapshot read minisearch's private fields. An upgrade that moves one must
// fail here, naming it, not as wrong scores or an empty index somewhere else.

const DOCS: IndexedPassage[] = [
  { id: 'a', text: 'Protesters marched in Baghdad on Friday', title: 'March in Baghdad', publisher: 'Reuters' },
  { id: 'b', text: 'Thousands marched', title: 'Crowds', publisher: 'AP' },
  { id: 'c', text: 'The embassy was stormed', title: 'Embassy', publisher: 'Reuters' },
];

function realIndex(): MiniSearch<IndexedPassage> {
  const index = new MiniSearch<IndexedPassage>(INDEX_OPTIONS);
  index.addAll(DOCS);
  return index;
}

const raw = (index: MiniSearch<IndexedPassage>) => index as unknown as Record<InternalField, any>;

/** Each field, what it must hold on the index of DOCS: one function per field, so a failure names it. */
const SHAPES: Record<InternalField, (value: any, index: MiniSearch<IndexedPassage>) => void> = {
  _index: (tree) => {
    const data = tree.get('march');
    expect(data, 'the term "march" (stemmed) in _index').toBeInstanceOf(Map);
    const textField = raw(realIndex())._fieldIds.text;
    const postings = data.get(textField);
    expect(postings, 'the postings of a term in a field: a Map from short id to term frequency').toBeInstanceOf(Map);
    expect([...postings.entries()].sort()).toEqual([
      [0, 1],
      [1, 1],
    ]);
    const prefixed = [...tree.atPrefix('marc')].map(([term]: [string]) => term);
    expect(prefixed).toContain('march');
    const fuzzy = tree.fuzzyGet('mardh', 1);
    expect(fuzzy).toBeInstanceOf(Map);
    expect(fuzzy.get('march')?.[0]).toBe(data);
    expect(fuzzy.get('march')?.[1]).toBe(1);
    const entry = tree.entries().next().value;
    expect(typeof entry[0]).toBe('string');
    expect(entry[1]).toBeInstanceOf(Map);
    expect([...tree].length).toBeGreaterThan(5);
    tree.set('zzz', new Map([[textField, new Map([[2, 4]])]]));
    expect(tree.get('zzz').get(textField).get(2)).toBe(4);
  },
  _documentIds: (ids) => {
    expect(ids).toBeInstanceOf(Map);
    expect([...ids.entries()]).toEqual([
      [0, 'a'],
      [1, 'b'],
      [2, 'c'],
    ]);
  },
  _idToShortId: (shortIds) => {
    expect(shortIds).toBeInstanceOf(Map);
    expect([...shortIds.entries()]).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  },
  _fieldLength: (lengths, index) => {
    expect(lengths).toBeInstanceOf(Map);
    const ids = raw(index)._fieldIds as Record<string, number>;
    const ofA = lengths.get(0) as number[];
    expect(ofA).toHaveLength(3);
    // Tokens as the index counts them (stop words and all): "Protesters marched in Baghdad on Friday", "March in Baghdad", "Reuters".
    expect(ofA[ids.text!]).toBe(6);
    expect(ofA[ids.title!]).toBe(3);
    expect(ofA[ids.publisher!]).toBe(1);
  },
  _avgFieldLength: (avg, index) => {
    expect(Array.isArray(avg)).toBe(true);
    const ids = raw(index)._fieldIds as Record<string, number>;
    expect(avg).toHaveLength(3);
    expect(avg[ids.text!]).toBeCloseTo((6 + 2 + 4) / 3);
  },
  _fieldIds: (ids) => {
    expect(Object.keys(ids).sort()).toEqual(['publisher', 'text', 'title']);
    expect(Object.values(ids).sort()).toEqual([0, 1, 2]);
  },
  _documentCount: (count) => expect(count).toBe(3),
  _nextId: (next) => expect(next).toBe(3),
  _dirtCount: (dirt, index) => {
    expect(dirt).toBe(0);
    index.discard('b');
    expect(raw(index)._dirtCount).toBe(1);
  },
};

describe(`minisearch's private fields, as eventdesk reads them`, () => {
  it('every field eventdesk reads is checked here', () => {
    expect(Object.keys(SHAPES).sort()).toEqual([...INTERNAL_FIELDS].sort());
  });

  it.each(INTERNAL_FIELDS)('%s exists with the expected shape on a real index', (field) => {
    const index = realIndex();
    expect(internalsProblems(index, [field]), `minisearch's private field ${field}`).toEqual([]);
    SHAPES[field](raw(index)[field], index);
  });

  it('a field an upgrade moved is named', () => {
    const index = realIndex();
    const moved = raw(index);
    moved._fieldLength = undefined;
    moved._index = new Map();
    const problems = internalsProblems(index);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/`_index`: expected a radix tree .* found a Map/);
    expect(problems[1]).toMatch(/`_fieldLength`: expected a Map .* found nothing/);
  });

  it('the view reads the fields as they are now (removeAll replaces them)', () => {
    const index = realIndex();
    const view = internalsOf(index);
    expect(view.documentCount).toBe(3);
    index.removeAll();
    expect(view.documentCount).toBe(0);
    expect(view.documentIds.size).toBe(0);
    expect(view.terms).toBe(raw(index)._index);
  });

  it('an index packed and unpacked searches as the one it was packed from, as minisearch itself would', async () => {
    const index = realIndex();
    const copy = await unpackPassageIndex(packPassageIndex(index));
    expect(internalsProblems(copy)).toEqual([]);
    for (const q of ['marched Baghdad', 'embasy', 'reut', 'crowds']) {
      const fast = searchPassages(copy, q);
      const reference = searchPassagesWithMiniSearch(index, q);
      expect(
        fast.map((h) => h.id),
        q,
      ).toEqual(reference.map((h) => h.id));
      fast.forEach((h, i) => expect(h.score).toBeCloseTo(reference[i]!.score, 9));
      expect(fast.length, q).toBeGreaterThan(0);
    }
  });

  it('the unpacker names the field it cannot fill', async () => {
    const packed = packPassageIndex(realIndex());
    const original = MiniSearch.loadJS;
    MiniSearch.loadJS = ((...args: Parameters<typeof original>) => {
      const ms = original.apply(MiniSearch, args);
      (ms as unknown as Record<string, unknown>)._idToShortId = {};
      return ms;
    }) as typeof original;
    try {
      await expect(unpackPassageIndex(packed)).rejects.toThrow(/`_idToShortId`/);
    } finally {
      MiniSearch.loadJS = original;
    }
  });
});

describe('the minisearch dependency', () => {
  it('is pinned exactly in package.json, to the version installed', () => {
    const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8'));
    const pinned: string = pkg.dependencies.minisearch;
    expect(pinned, 'package.json pins minisearch to one version (its private fields are read)').toMatch(/^\d+\.\d+\.\d+$/);
    const installed = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'node_modules/minisearch/package.json'), 'utf8')).version;
    expect(installed).toBe(pinned);
    const lock = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package-lock.json'), 'utf8'));
    expect(lock.packages[''].dependencies.minisearch).toBe(pinned);
    expect(lock.packages['node_modules/minisearch'].version).toBe(pinned);
  });

  it('has its private fields touched in src/search/minisearchInternals.ts only', () => {
    const PRIVATE = /\._(?:index|documentIds|idToShortId|fieldLength|avgFieldLength|fieldIds|documentCount|nextId|dirtCount|storedFields)\b/;
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (/\.(?:ts|mts|js|mjs)$/.test(entry.name) && !file.endsWith(path.join('search', 'minisearchInternals.ts'))) {
          readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, i) => {
              if (PRIVATE.test(line)) offenders.push(`${path.relative(PROJECT_ROOT, file)}:${i + 1}: ${line.trim()}`);
            });
        }
      }
    };
    for (const dir of ['src', 'commands']) walk(path.join(PROJECT_ROOT, dir));
    expect(offenders).toEqual([]);
  });
});
