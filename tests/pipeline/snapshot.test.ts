import { readdirSync, writeFileSync, appendFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { CorpusStore } from '../../src/pipeline/store.js';
import { searchPassages } from '../../src/search/passageIndex.js';
import { SEED_DIR, tempDir, writeCorpus } from '../support/corpus.js';

function copySeeds(): string {
  const files: Record<string, string> = {};
  for (const name of readdirSync(SEED_DIR)) files[name] = readFileSync(path.join(SEED_DIR, name), 'utf8');
  return writeCorpus(files);
}

describe('the index snapshot', () => {
  it('is reused when nothing changed and rebuilt when an article changed', async () => {
    const dir = copySeeds();
    const cacheDir = tempDir();
    const first = await loadCorpus(dir, { cacheDir });
    expect(first.fromSnapshot).toBe(false);
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.bin'))).toHaveLength(1);

    const second = await loadCorpus(dir, { cacheDir });
    expect(second.fromSnapshot).toBe(true);
    expect(second.corpus.hash).toBe(first.corpus.hash);
    expect(second.corpus.passages).toEqual(first.corpus.passages);
    expect(searchPassages(second.corpus.index, 'ambassador')).toEqual(searchPassages(first.corpus.index, 'ambassador'));

    appendFileSync(path.join(dir, '004_46001f636ff86d61.md'), '\nA late line about the zeppelin.\n');
    const third = await loadCorpus(dir, { cacheDir });
    expect(third.fromSnapshot).toBe(false);
    expect(third.corpus.hash).not.toBe(first.corpus.hash);
    expect(searchPassages(third.corpus.index, 'zeppelin')).toHaveLength(1);
  });

  it('is rebuilt, not trusted, when the snapshot file is corrupt', async () => {
    const dir = copySeeds();
    const cacheDir = tempDir();
    const first = await loadCorpus(dir, { cacheDir });
    const snap = readdirSync(cacheDir).find((n) => n.endsWith('.bin'))!;
    writeFileSync(path.join(cacheDir, snap), '{"format":1,"data":{"hash":"trunc');
    const again = await loadCorpus(dir, { cacheDir });
    expect(again.fromSnapshot).toBe(false);
    expect(again.corpus.passages).toEqual(first.corpus.passages);
    expect((await loadCorpus(dir, { cacheDir })).fromSnapshot).toBe(true);
  });

  it('reads each kind of annotation from the snapshot when it is first asked for, the same as built; a damaged annotation section is rebuilt', async () => {
    const dir = copySeeds();
    const cacheDir = tempDir();
    const built = await loadCorpus(dir, { cacheDir });
    const read = await loadCorpus(dir, { cacheDir });
    expect(read.fromSnapshot).toBe(true);
    // Not parsed yet: a property that parses on its first read.
    expect(Object.getOwnPropertyDescriptor(read.corpus.annotations, 'dates')?.get).toBeTypeOf('function');
    expect(read.corpus.annotations.dates.length).toBeGreaterThan(0);
    expect(read.corpus.annotations).toEqual(built.corpus.annotations);
    expect(JSON.parse(JSON.stringify(read.corpus.annotations))).toEqual(JSON.parse(JSON.stringify(built.corpus.annotations)));
    // Assigned, it is the value assigned.
    read.corpus.annotations.crowd = [];
    expect(read.corpus.annotations.crowd).toEqual([]);

    // The first byte of the annotations section is no longer the start of a JSON array: caught at load, not at first read.
    const snap = path.join(
      cacheDir,
      readdirSync(cacheDir).find((n) => n.endsWith('.bin'))!,
    );
    const bytes = readFileSync(snap);
    const header = JSON.parse(bytes.toString('utf8', bytes.readUInt32LE(4), bytes.readUInt32LE(4) + bytes.readUInt32LE(8))) as {
      sections: Record<string, { offset: number }>;
    };
    bytes[header.sections.annotations!.offset] = 0x7b;
    writeFileSync(snap, bytes);
    const again = await loadCorpus(dir, { cacheDir });
    expect(again.fromSnapshot).toBe(false);
    expect(again.corpus.annotations).toEqual(built.corpus.annotations);
  });

  it('still answers when the cache folder cannot be written', async () => {
    const dir = copySeeds();
    const blocker = path.join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const { corpus, fromSnapshot } = await loadCorpus(dir, { cacheDir: path.join(blocker, 'cache') });
    expect(fromSnapshot).toBe(false);
    expect(corpus.articles).toHaveLength(5);
  });

  it('builds on a worker thread to the same corpus, whether the worker writes the snapshot or hands it back', async () => {
    const dir = copySeeds();
    const inProcess = await loadCorpus(dir, { snapshot: false, worker: false });
    const cacheDir = tempDir();
    const written = await loadCorpus(dir, { cacheDir, worker: true });
    expect(written.fromSnapshot).toBe(false);
    expect(readdirSync(cacheDir).filter((n) => n.endsWith('.bin'))).toHaveLength(1);
    const handedBack = await loadCorpus(dir, { snapshot: false, worker: true });
    const blocker = path.join(tempDir(), 'a-file');
    writeFileSync(blocker, 'not a folder');
    const unwritable = await loadCorpus(dir, { cacheDir: path.join(blocker, 'cache'), worker: true });
    for (const built of [written, handedBack, unwritable]) {
      expect(built.builtOnWorker).toBe(true);
      expect(built.corpus.hash).toBe(inProcess.corpus.hash);
      expect(built.corpus.articles).toEqual(inProcess.corpus.articles);
      expect(built.corpus.passages).toEqual(inProcess.corpus.passages);
      expect(built.corpus.annotations).toEqual(inProcess.corpus.annotations);
      expect(searchPassages(built.corpus.index, 'embassy crowd')).toEqual(searchPassages(inProcess.corpus.index, 'embassy crowd'));
    }
    expect((await loadCorpus(dir, { cacheDir })).fromSnapshot).toBe(true);
  });

  it('is rebuilt on a worker thread once a store is serving a corpus, however few the articles', async () => {
    const dir = copySeeds();
    const store = new CorpusStore(dir, { cacheDir: tempDir(), delta: false });
    await store.reload();
    expect(store.lastLoad).toMatchObject({ fromSnapshot: false, builtOnWorker: false, durationMs: expect.any(Number) });
    appendFileSync(path.join(dir, '004_46001f636ff86d61.md'), '\nA late line about the zeppelin.\n');
    const reloaded = await store.reload();
    expect(store.lastLoad).toMatchObject({ fromSnapshot: false, builtOnWorker: true, durationMs: expect.any(Number) });
    expect(searchPassages(reloaded.index, 'zeppelin')).toHaveLength(1);
  });
});
