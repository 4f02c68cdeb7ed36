import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { StateDatabase } from '../../src/state/database.js';
import { removeArticle, restoreArticle } from '../../src/stories/articles.js';
import { SqliteStoryCatalog } from '../../src/stories/catalog.js';
import { storyDir } from '../../src/stories/folders.js';
import { StoryLibrary } from '../../src/stories/library.js';
import { createStory } from '../../src/stories/manage.js';
import type { StoryRef } from '../../src/stories/names.js';
import { FIXTURE_ARTICLES_DIR } from '../support/fixtures.js';

// Every file read through node:fs/promises, to tell which articles a reload read.
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

const GUILD = '100000000000000001';

describe('editing a story just opened (its corpus loaded from the snapshot)', () => {
  it('removing and restoring an article reads that file alone: the others count by the digests kept beside the snapshot', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'eventdesk-story-edits-'));
    const folders = { corpusDir: path.join(home, 'sample'), storiesDir: path.join(home, 'stories'), cacheDir: path.join(home, 'cache') };
    const catalog = new SqliteStoryCatalog(StateDatabase.open(path.join(home, 'state')));
    const original: StoryRef = { owner: GUILD, name: 'harbour' };
    await createStory({ folders, catalog, ref: original, by: 'mod' });
    await cp(FIXTURE_ARTICLES_DIR, storyDir(folders, original), { recursive: true });
    const building = new StoryLibrary({ ...folders, memoryBudgetBytes: Number.MAX_SAFE_INTEGER });
    const source = await building.corpus(original);
    building.close();
    // A copy made from it: its first load is the original's snapshot, and its digests are carried over.
    const copy: StoryRef = { owner: GUILD, name: 'harbour-copy' };
    await createStory({ folders, catalog, ref: copy, by: 'mod', from: original });

    for (const ref of [original, copy]) {
      // A library as a process just started has it: nothing in memory.
      const library = new StoryLibrary({ ...folders, memoryBudgetBytes: Number.MAX_SAFE_INTEGER });
      const store = await library.open(ref);
      expect(store.lastLoad?.fromSnapshot).toBe(true);
      const dir = storyDir(folders, ref);
      const victim = store.current().articles[1]!;
      const articleReads = () => reads.filter((f) => path.dirname(f) === dir).map((f) => path.basename(f));

      await removeArticle({ folders, catalog, ref, article: victim.id, by: 'mod' });
      reads.length = 0;
      const removed = await store.reload();
      expect(store.lastLoad?.kind).toBe('delta');
      expect(articleReads()).toEqual([]);
      expect(removed.articleById.has(victim.id)).toBe(false);
      expect(removed.hash).toBe((await loadCorpus(dir, { snapshot: false, worker: false })).corpus.hash);

      await restoreArticle({ folders, catalog, ref, article: victim.id });
      reads.length = 0;
      const restored = await store.reload();
      expect(store.lastLoad?.kind).toBe('delta');
      expect(articleReads()).toEqual([victim.file]);
      expect(restored.hash).toBe(source.hash);
      library.close();
    }
  }, 60_000);
});
