import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/answers/search/answer.js';
import { ingest } from '../../src/ingest/ingest.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { CorpusStore } from '../../src/pipeline/store.js';
import { FLOOD_REPORT_MD, FLOOD_WIRE_TXT, tempDir, writeFiles } from '../ingest/fixtures.js';

describe('a running process watching the corpus folder', () => {
  it('answers from an article ingested by another process, while a request already running keeps its corpus', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    const [wire, courier] = await writeFiles(dir, { 'wire.txt': FLOOD_WIRE_TXT, 'courier.md': FLOOD_REPORT_MD });
    await ingest([{ kind: 'file', path: wire! }], corpusDir, { snapshot: false });

    // The "bot": its own store on the same folder and cache, watching for changes.
    const store = new CorpusStore(corpusDir, { cacheDir: path.join(dir, 'bot-cache') });
    await store.reload();
    store.watch(50);
    try {
      const inFlight = store.current();
      const changed = new Promise<Corpus>((resolve) => store.onChange(resolve));
      // The "terminal": a separate ingest with its own cache, as `npm run ingest` would do.
      await ingest([{ kind: 'file', path: courier! }], corpusDir, { cacheDir: path.join(dir, 'cli-cache') });
      const reloaded = await Promise.race([changed, new Promise<null>((r) => setTimeout(() => r(null), 5_000))]);
      expect(reloaded, 'the store reloaded within 5 s').not.toBeNull();
      expect(
        store
          .current()
          .articles.map((a) => a.publisher)
          .sort(),
      ).toEqual(['The Valley Courier', 'Wirepoint']);
      expect(inFlight.articles).toHaveLength(1);
      // The index may be shared (a corpus updated in place): what each corpus answers is what counts.
      expect(searchAnswer(inFlight, { query: 'hydrology', limit: 5 }).results).toEqual([]);
      expect(searchAnswer(store.current(), { query: 'hydrology', limit: 5 }).results.length).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  });
});
