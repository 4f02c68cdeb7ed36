import { utimesSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { answersWarmed, warmAnswers } from '../../src/answers/warm.js';
import { generateCorpus, readSeedMaterial } from '../../src/bench/generate.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { CorpusStore } from '../../src/pipeline/store.js';
import { everyAnswer } from '../support/answers.js';
import { SEED_DIR, tempDir } from '../support/corpus.js';
import { copyFixtureArticles } from '../support/fixtures.js';

/**
 * The mechanism that keeps a serving bot answering while a corpus is loaded and
 * its answers warmed: the work runs in slices between which the event loop
 * turns, and gives the same answers as building everything at once. Nothing
 * here is timed (the bench measures the stalls); it counts event-loop turns.
 */

/** A pause that lets the event loop turn after every step, and counts the turns. */
function everyStep() {
  const pause = async () => {
    pause.turns++;
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  pause.turns = 0;
  return pause;
}

/** Counts event-loop turns (setImmediate) until stopped. */
function probe() {
  const state = { turns: 0, running: true };
  const tick = () => {
    if (!state.running) return;
    state.turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  return {
    stop: () => {
      state.running = false;
      return state.turns;
    },
  };
}

describe('a corpus loaded and warmed in slices', () => {
  let dir: string;
  let cacheDir: string;

  beforeAll(async () => {
    dir = tempDir();
    cacheDir = tempDir();
    generateCorpus(await readSeedMaterial(SEED_DIR), dir, { targetPassages: 3000, seed: 17 });
    // The snapshot the reloads below load from.
    await loadCorpus(dir, { cacheDir });
  }, 120_000);

  it('warms with the event loop turning between slices, and answers as a corpus never warmed does', async () => {
    const warm = (await loadCorpus(dir, { cacheDir })).corpus;
    const cold = (await loadCorpus(dir, { cacheDir })).corpus;
    expect(warm).not.toBe(cold);
    expect(warm.passages.length).toBeGreaterThan(2000);

    const pause = everyStep();
    const turns = probe();
    await warmAnswers(warm, pause);
    const probed = turns.stop();
    // Hundreds of slices for a few thousand passages, and the probe ran between them.
    expect(pause.turns).toBeGreaterThan(100);
    expect(probed).toBeGreaterThan(100);
    expect(answersWarmed(warm)).toBe(true);
    expect(answersWarmed(cold)).toBe(false);

    // Warmed in slices, or built at once on first use: the same answers.
    expect(everyAnswer(warm, 5, 40)).toEqual(everyAnswer(cold, 5, 40));
  }, 120_000);

  it('answers the same when asked halfway through a warm-up', async () => {
    const half = (await loadCorpus(dir, { cacheDir })).corpus;
    const whole = (await loadCorpus(dir, { cacheDir })).corpus;
    await warmAnswers(whole);
    const pause = everyStep();
    const warming = warmAnswers(half, pause);
    while (pause.turns < 30) await new Promise<void>((resolve) => setImmediate(resolve));
    // The structure asked for is finished at once; the warm-up goes on with the rest.
    expect(everyAnswer(half, 8, 10)).toEqual(everyAnswer(whole, 8, 10));
    await warming;
    expect(everyAnswer(half, 9, 20)).toEqual(everyAnswer(whole, 9, 20));
  }, 120_000);

  it('a store serves the corpus it has until the new one is loaded and warmed, the event loop turning meanwhile', async () => {
    // Always built again (not updated in place): a touched file then loads the snapshot of that content.
    const store = new CorpusStore(dir, { cacheDir, delta: false });
    const first = await store.reload();
    expect(answersWarmed(first)).toBe(true);

    // A file touched: the reload reads and hashes the files again, then loads the snapshot of that content.
    const name = readdirSync(dir).sort()[0]!;
    utimesSync(path.join(dir, name), new Date(), new Date(Date.now() + 1000));
    let servedOther = 0;
    let turns = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      turns++;
      if (store.current() !== first) servedOther++;
      setImmediate(tick);
    };
    const reloading = store.reload();
    setImmediate(tick);
    const second = await reloading;
    done = true;

    expect(second).not.toBe(first);
    expect(store.lastLoad?.fromSnapshot).toBe(true);
    // Swapped in warmed; until then every turn of the loop was served the first corpus.
    expect(answersWarmed(second)).toBe(true);
    expect(servedOther).toBe(0);
    expect(turns).toBeGreaterThan(50);
    expect(store.current()).toBe(second);

    // Another store's first load, sharing the serving flag of a store that serves (a bot's story): built on a worker, however few the articles.
    const other = new CorpusStore(copyFixtureArticles(), { cacheDir: tempDir(), serving: store.serving });
    await other.reload();
    expect(other.lastLoad).toMatchObject({ fromSnapshot: false, builtOnWorker: true });
    expect(answersWarmed(other.current())).toBe(true);
    // A store of its own, beside one that serves but not sharing its flag (a one-off tool): its first few articles built in process.
    const alone = new CorpusStore(copyFixtureArticles(), { cacheDir: tempDir() });
    await alone.reload();
    expect(alone.lastLoad).toMatchObject({ fromSnapshot: false, builtOnWorker: false });
    store.close();
    other.close();
    alone.close();
  }, 120_000);
});
