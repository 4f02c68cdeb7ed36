import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { searchAnswer } from '../../src/answers/search/answer.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { CorpusStore } from '../../src/pipeline/store.js';
import { article } from '../support/crowdEvents.js';
import { tempDir } from '../support/corpus.js';
import { copyFixtureArticles } from '../support/fixtures.js';

const found = (corpus: Corpus, phrase: string) => searchAnswer(corpus, { query: phrase, limit: 5 }).results.some((r) => r.quote.text.includes(phrase));

describe('CorpusStore.reload', () => {
  it('serves an article written while a load is in flight (one more load follows it)', async () => {
    const dir = copyFixtureArticles();
    const phrase = 'Quillfeather harbour volunteers';
    let loads = 0;
    let written = false;
    let secondCall: Promise<Corpus> | undefined;
    const store = new CorpusStore(dir, {
      cacheDir: tempDir(),
      worker: false,
      // Runs after the load has read the files: the article arrives too late for this load, and the watcher's reload is asked for.
      prepare: async () => {
        loads++;
        if (written) return;
        written = true;
        writeFileSync(path.join(dir, '900_late.md'), article('2024-03-02', `${phrase} counted the boats on Saturday.`, 'A late report'));
        secondCall = store.reload();
      },
    });
    const first = await store.reload();
    // The second load's warm-up (an update in place's) starts in the turn after it serves.
    await vi.waitFor(() => expect(loads).toBe(2));
    expect(found(first, phrase)).toBe(true);
    expect(await secondCall).toBe(first);
    expect(found(store.current(), phrase)).toBe(true);
    store.close();
  }, 60_000);

  it('loads once when nothing asks again, and again when asked after the load', async () => {
    const dir = copyFixtureArticles();
    let loads = 0;
    const store = new CorpusStore(dir, { cacheDir: tempDir(), worker: false, prepare: async () => void loads++ });
    const a = await store.reload();
    expect(loads).toBe(1);
    const phrase = 'Marrowgate ferry pilots';
    writeFileSync(path.join(dir, '901_after.md'), article('2024-03-03', `${phrase} stopped work on Sunday.`));
    expect(found(a, phrase)).toBe(false);
    const c = await store.reload();
    await vi.waitFor(() => expect(loads).toBe(2));
    expect(found(c, phrase)).toBe(true);
    store.close();
  }, 60_000);
});
