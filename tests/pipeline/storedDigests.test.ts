import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Builder } from '../../src/pipeline/builder.js';
import { readChangedArticles } from '../../src/pipeline/changedArticles.js';
import { fileDigest } from '../../src/pipeline/corpusHash.js';
import { digestsUnknown, folderHash, folderListing, readDigests, writeDigests, type RememberedDigests } from '../../src/pipeline/fileDigests.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { writeSnapshot } from '../../src/pipeline/snapshot.js';
import { CorpusStore, type StoreOptions } from '../../src/pipeline/store.js';
import { article } from '../support/crowdEvents.js';
import { tempDir } from '../support/corpus.js';
import { copyFixtureArticles } from '../support/fixtures.js';

// Every file read through node:fs/promises, to tell which articles an update read.
const reads = vi.hoisted(() => [] as string[]);
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = ((file: Parameters<typeof actual.readFile>[0], ...rest: unknown[]) => {
    reads.push(String(file));
    return (actual.readFile as (...args: unknown[]) => unknown)(file, ...rest);
  }) as typeof actual.readFile;
  return { ...actual, default: { ...actual, readFile }, readFile };
});

afterEach(() => {
  reads.length = 0;
});

/** The article files of `dir` read since the last call, by name. */
function articlesRead(dir: string): string[] {
  const names = reads.filter((f) => path.dirname(f) === dir).map((f) => path.basename(f));
  reads.length = 0;
  return names.sort();
}

const ADDED = article('2024-05-11', 'On Friday, Quarrendel wharf keepers marched through the old port of Tessaline.', 'Wharf keepers march in Tessaline');

/** In process, quiet long enough that no exact build follows an update within a test. */
const options = (cacheDir: string, more: StoreOptions = {}): StoreOptions => ({
  cacheDir,
  worker: false,
  delta: { maxArticles: 2, maxShare: 1, quietMs: 3_600_000 },
  ...more,
});

const exactHash = async (dir: string) => (await loadCorpus(dir, { snapshot: false, worker: false })).corpus.hash;

/** A store that built `dir` (and wrote its snapshot and digests), closed; then a fresh one, as a new process opens it, loaded from the snapshot. */
async function reopened(dir: string, cacheDir: string, more: StoreOptions = {}): Promise<CorpusStore> {
  const first = new CorpusStore(dir, options(cacheDir, more));
  await first.reload();
  first.close();
  const store = new CorpusStore(dir, options(cacheDir, more));
  await store.reload();
  expect(store.lastLoad?.fromSnapshot).toBe(true);
  articlesRead(dir);
  return store;
}

const digestsFiles = (cacheDir: string) => readdirSync(cacheDir).filter((n) => /^digests-[0-9a-f]+\.json$/.test(n));

describe('file digests kept beside the snapshot', () => {
  it('a store loaded from the snapshot updates in place reading only the file added, with the hash a full build gives', async () => {
    const dir = copyFixtureArticles();
    const cacheDir = tempDir();
    const store = await reopened(dir, cacheDir);
    writeFileSync(path.join(dir, '900_wharf.md'), ADDED);
    const after = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    expect(articlesRead(dir)).toEqual(['900_wharf.md']);
    expect(after.hash).toBe(await exactHash(dir));
    // And a removal reads no file at all.
    const [gone] = readdirSync(dir).sort();
    rmSync(path.join(dir, gone!));
    articlesRead(dir);
    const removed = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    expect(articlesRead(dir)).toEqual([]);
    expect(removed.hash).toBe(await exactHash(dir));
    store.close();
  });

  it('a digest whose file is listed otherwise now (same size, another change time) is not trusted: the file is read', async () => {
    const dir = copyFixtureArticles();
    const cacheDir = tempDir();
    const first = new CorpusStore(dir, options(cacheDir));
    const built = await first.reload();
    first.close();
    // The digests kept say one file is listed with another change time than it has (as when another folder of the
    // same content wrote them), and give a digest of other bytes of the same size for it.
    const [file] = digestsFiles(cacheDir);
    const kept = await readDigests(cacheDir, built.hash);
    const [name, entry] = [...kept][1]!;
    const [size, mtime, ctime] = entry.listed.split('\0');
    const other = fileDigest({ name, bytes: Buffer.alloc(Number(size), 'x') });
    kept.set(name, { listed: `${size}\0${Number(mtime) - 5000}\0${ctime}`, digest: other });
    await writeDigests(cacheDir, built.hash, kept);
    expect(digestsFiles(cacheDir)).toEqual([file]);

    const store = new CorpusStore(dir, options(cacheDir));
    await store.reload();
    expect(store.lastLoad?.fromSnapshot).toBe(true);
    articlesRead(dir);
    writeFileSync(path.join(dir, '900_wharf.md'), ADDED);
    const after = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    expect(articlesRead(dir)).toEqual([name, '900_wharf.md'].sort());
    expect(after.hash).toBe(await exactHash(dir));
    store.close();
  });

  it('a digests file missing, corrupt or of another corpus means reading every file, as without one', async () => {
    for (const spoil of [
      (file: string) => writeFileSync(file, '{"hash": "abc", "files": [['),
      (file: string) => writeFileSync(file, JSON.stringify({ hash: 'abc', files: [['a.md', '1', 'x', 'y']] })),
      (file: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/"hash":"[0-9a-f]+"/, '"hash":"0123456789abcdef01234567"')),
      (file: string) => writeFileSync(file, ''),
    ]) {
      const dir = copyFixtureArticles();
      const cacheDir = tempDir();
      const first = new CorpusStore(dir, options(cacheDir));
      await first.reload();
      first.close();
      const [file] = digestsFiles(cacheDir);
      spoil(path.join(cacheDir, file!));
      const store = new CorpusStore(dir, options(cacheDir));
      await store.reload();
      expect(store.lastLoad?.fromSnapshot).toBe(true);
      const files = readdirSync(dir).sort();
      articlesRead(dir);
      writeFileSync(path.join(dir, '900_wharf.md'), ADDED);
      const after = await store.reload();
      expect(store.lastLoad?.kind).toBe('delta');
      expect(articlesRead(dir)).toEqual([...files, '900_wharf.md'].sort());
      expect(after.hash).toBe(await exactHash(dir));
      store.close();
    }
  }, 60_000);

  it('the folder loaded by its content hash (listed otherwise, same bytes) keeps its digests under the new listing', async () => {
    const dir = copyFixtureArticles();
    const cacheDir = tempDir();
    const first = new CorpusStore(dir, options(cacheDir));
    await first.reload();
    first.close();
    // Every file touched: the listing key is new, the content the same.
    for (const name of readdirSync(dir)) utimesSync(path.join(dir, name), new Date(), new Date(Date.now() - 60_000));
    const second = new CorpusStore(dir, options(cacheDir));
    await second.reload();
    expect(second.lastLoad?.fromSnapshot).toBe(true);
    second.close();
    const store = new CorpusStore(dir, options(cacheDir));
    await store.reload();
    articlesRead(dir);
    writeFileSync(path.join(dir, '900_wharf.md'), ADDED);
    await store.reload();
    expect(articlesRead(dir)).toEqual(['900_wharf.md']);
    store.close();
  });

  it('are pruned with their snapshot', async () => {
    const dir = copyFixtureArticles();
    const cacheDir = tempDir();
    const { corpus } = await loadCorpus(dir, { cacheDir, worker: false });
    expect(digestsFiles(cacheDir)).toEqual([`digests-${corpus.hash}.json`]);
    // Digests of a corpus with no snapshot kept go at the next snapshot's write.
    await writeDigests(cacheDir, 'f'.repeat(24), new Map());
    await writeSnapshot(cacheDir, corpus);
    expect(digestsFiles(cacheDir)).toEqual([`digests-${corpus.hash}.json`]);
  });
});

describe('reading changed articles with digests given', () => {
  /** The folder's listing and its digests, one of them (`name`'s) of other bytes of the same size, listed as `listed` says. */
  async function givenDigests(dir: string, listed: (entry: string) => string) {
    const listing = [...(await folderListing(dir))!];
    const digests: RememberedDigests = new Map(
      listing.map(([n, l]) => [n, { listed: l, digest: fileDigest({ name: n, bytes: readFileSync(path.join(dir, n)) }) }]),
    );
    const [name, entry] = listing[2]!;
    digests.set(name, { listed: listed(entry), digest: fileDigest({ name, bytes: Buffer.alloc(statSync(path.join(dir, name)).size, 'x') }) });
    return { listing, digests };
  }
  // Trusted when listed as now: the hash counts the digest given (so is not the folder's); listed otherwise, the file is read.
  const asNow = (entry: string) => entry;
  const otherTime = (entry: string) => entry.replace(/\0[^\0]+\0/, (m) => `\0${Number(m.slice(1, -1)) + 1}\0`);

  it('in process', async () => {
    const dir = copyFixtureArticles();
    const exact = await exactHash(dir);
    for (const [listed, right] of [
      [asNow, false],
      [otherTime, true],
    ] as const) {
      const { listing, digests } = await givenDigests(dir, listed);
      const listedNow = new Map(listing);
      const unknown = digestsUnknown(listedNow, digests, new Set());
      expect(unknown).toEqual(right ? [listing[2]![0]] : []);
      const changed = await readChangedArticles(dir, [], { digestOnly: unknown });
      expect(folderHash(listedNow, digests, changed.read) === exact).toBe(right);
      expect(digests.get(listing[2]![0])?.listed).toBe(listing[2]![1]);
    }
  });

  it('on the build worker, which reads only the files whose digest the store does not know as they are listed', async () => {
    const dir = copyFixtureArticles();
    const exact = await exactHash(dir);
    const builder = new Builder();
    try {
      for (const [listed, right] of [
        [asNow, false],
        [otherTime, true],
      ] as const) {
        const { listing, digests } = await givenDigests(dir, listed);
        const listedNow = new Map(listing);
        const digestOnly = digestsUnknown(listedNow, digests, new Set());
        const changed = await builder.articles({ dir, names: [], digestOnly, cacheDir: null });
        expect(changed).not.toBeNull();
        expect(changed!.read.map((d) => d.name)).toEqual(digestOnly);
        expect(folderHash(listedNow, digests, changed!.read) === exact).toBe(right);
      }
    } finally {
      await builder.close();
    }
  }, 120_000);

  it('make no hash when a listed file has no digest under its entry, and forget the files no longer listed', async () => {
    const dir = copyFixtureArticles();
    const { listing, digests } = await givenDigests(dir, asNow);
    const listedNow = new Map(listing);
    const [gone] = listing[0]!;
    listedNow.delete(gone);
    expect(folderHash(listedNow, digests, [])).not.toBeNull();
    expect(digests.has(gone)).toBe(false);
    const [other, entry] = listing[1]!;
    listedNow.set(other, otherTime(entry));
    expect(folderHash(listedNow, digests, [])).toBeNull();
  });

  it('a store loaded from the snapshot updates in place on its worker with the digests it loaded', async () => {
    const dir = copyFixtureArticles();
    const cacheDir = tempDir();
    const store = await reopened(dir, cacheDir, { worker: true });
    writeFileSync(path.join(dir, '900_wharf.md'), ADDED);
    const after = await store.reload();
    expect(store.lastLoad?.kind).toBe('delta');
    expect(after.hash).toBe(await exactHash(dir));
    store.close();
  }, 120_000);
});
