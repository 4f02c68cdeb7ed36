import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { forEachPosting, PackedPostings } from '../../src/search/packedPostings.js';
import { internalsOf } from '../../src/search/minisearchInternals.js';
import { processTerm } from '../../src/search/terms.js';
import { searchPassages, searchPassagesWithMiniSearch } from '../../src/search/passageIndex.js';
import { SEED_DIR, tempDir } from '../support/corpus.js';

// Two postings lists side by side in one array: docs 7, 3, 9 with frequencies 1, 4, 2; then doc 5 with 6.
const SOURCE = Uint32Array.from([99, 7, 3, 9, 1, 4, 2, 5, 6]);

describe('packed postings', () => {
  it('read as the Map they stand for, and become one when written to', () => {
    const postings = new PackedPostings({ source: SOURCE, at: 1, count: 3 });
    expect(postings.packed).not.toBeNull();
    expect(postings.size).toBe(3);
    const visited: Array<[number, number]> = [];
    forEachPosting(postings, (doc, tf) => visited.push([doc, tf]));
    expect(visited).toEqual([
      [7, 1],
      [3, 4],
      [9, 2],
    ]);
    expect(postings.packed).not.toBeNull(); // visiting does not fill it

    expect([...postings]).toEqual([
      [7, 1],
      [3, 4],
      [9, 2],
    ]);
    expect(postings.packed).toBeNull();
    expect(postings.get(3)).toBe(4);
    expect(postings.has(5)).toBe(false);
    postings.set(5, 6);
    postings.delete(7);
    expect([...postings.keys()]).toEqual([3, 9, 5]);
    expect(postings.size).toBe(3);
    expect(postings instanceof Map).toBe(true);

    // A document added after the packed ones (a higher id) is kept beside them: the array stays packed.
    const grown = new PackedPostings({ source: SOURCE, at: 1, count: 3 });
    grown.set(12, grown.get(12) ?? 0);
    grown.set(12, (grown.get(12) ?? 0) + 2);
    expect(grown.packed).not.toBeNull();
    expect(grown.size).toBe(4);
    expect(grown.has(12)).toBe(true);
    const seen: Array<[number, number]> = [];
    forEachPosting(grown, (doc, tf) => seen.push([doc, tf]));
    expect(seen).toEqual([
      [7, 1],
      [3, 4],
      [9, 2],
      [12, 2],
    ]);
    // Negative case: an id among the packed ones (not above the highest) fills the Map, in insertion order.
    expect(grown.get(8)).toBeUndefined();
    expect(grown.packed).toBeNull();
    expect([...grown]).toEqual(seen);

    const second = new PackedPostings({ source: SOURCE, at: 7, count: 1 });
    expect(second.get(5)).toBe(6);
    expect(second.size).toBe(1);
    second.clear();
    expect(second.size).toBe(0);
  });

  it('leave an index loaded from the snapshot working as minisearch expects, searches and additions included', async () => {
    const cacheDir = tempDir();
    const built = await loadCorpus(SEED_DIR, { cacheDir });
    const loaded = await loadCorpus(SEED_DIR, { cacheDir });
    expect(loaded.fromSnapshot).toBe(true);
    const index = loaded.corpus.index;
    const query = 'embassy protesters Baghdad';
    expect(searchPassages(index, query, { limit: 10 })).toEqual(searchPassages(built.corpus.index, query, { limit: 10 }));
    expect(searchPassagesWithMiniSearch(index, query)).toEqual(searchPassagesWithMiniSearch(built.corpus.index, query));

    index.add({ id: 'extra#0', text: 'A quite separate embassy story about zeppelins.', title: '', publisher: '' });
    expect(searchPassages(index, 'zeppelins').map((h) => h.id)).toEqual(['extra#0']);
    // A word the index had: its postings stay packed, and it ranks as in an index built with the passage from the start.
    const separate = internalsOf(index).terms.get(processTerm('separate')!)!;
    expect([...separate.values()].some((p) => p instanceof PackedPostings && p.packed !== null)).toBe(true);
    built.corpus.index.add({ id: 'extra#0', text: 'A quite separate embassy story about zeppelins.', title: '', publisher: '' });
    expect(searchPassages(index, query, { limit: 10 })).toEqual(searchPassages(built.corpus.index, query, { limit: 10 }));
    expect(searchPassagesWithMiniSearch(index, 'zeppelins').map((h) => h.id)).toEqual(['extra#0']);
    index.discard('extra#0');
    expect(searchPassages(index, 'zeppelins')).toEqual([]);
  });
});
