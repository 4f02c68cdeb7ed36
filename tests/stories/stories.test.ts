import { cp, mkdtemp, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StateDatabase } from '../../src/state/database.js';
import { listStoryArticles, purgeAllTrash, removeArticle, restoreArticle, StoryError } from '../../src/stories/articles.js';
import { SqliteStoryCatalog } from '../../src/stories/catalog.js';
import { storyCacheDir, storyDir } from '../../src/stories/folders.js';
import { createStory, deleteStory } from '../../src/stories/manage.js';
import { StoryLibrary } from '../../src/stories/library.js';
import { SAMPLE, StoryNameSchema, storyKey } from '../../src/stories/names.js';
import { storyFromTerminal } from '../../src/stories/resolve.js';
import { FIXTURE_ARTICLES_DIR } from '../support/fixtures.js';

const GUILD_A = '100000000000000001';
const GUILD_B = '100000000000000002';
const article = (title: string, day: string, text: string) => `---\ntitle: "${title}"\npublished: ${day}\n---\n\n${text}\n`;

async function setup() {
  const home = await mkdtemp(path.join(tmpdir(), 'eventdesk-stories-'));
  const folders = { corpusDir: path.join(home, 'sample'), storiesDir: path.join(home, 'stories') };
  await cp(FIXTURE_ARTICLES_DIR, folders.corpusDir, { recursive: true });
  const state = StateDatabase.open(path.join(home, 'state'));
  return { home, folders, state, catalog: new SqliteStoryCatalog(state) };
}

describe('story names', () => {
  it.each([
    ['chile-protests', true],
    ['a', true],
    ['x'.repeat(32), true],
    ['x'.repeat(33), false],
    ['Chile', false],
    ['-chile', false],
    ['chile-', false],
    ['chile protests', false],
    ['sample', false],
    ['', false],
    ['../etc', false],
  ])('%s is %s', (name, ok) => {
    expect(StoryNameSchema.safeParse(name).success).toBe(ok);
  });

  it("in the terminal: NAME is the host's, SERVER/NAME or --server a server's, sample the default", () => {
    expect(storyFromTerminal('chile')).toEqual({ owner: 'host', name: 'chile' });
    expect(storyFromTerminal(`${GUILD_A}/chile`)).toEqual({ owner: GUILD_A, name: 'chile' });
    expect(storyFromTerminal('chile', GUILD_B)).toEqual({ owner: GUILD_B, name: 'chile' });
    expect(storyFromTerminal('sample')).toBe(SAMPLE);
    expect(storyFromTerminal('evil/chile')).toMatch(/not a server id/);
  });
});

describe('removing and restoring articles', () => {
  it('a removed article waits in the trash, out of the story, and comes back whole; twice is a clear refusal', async () => {
    const { folders, catalog } = await setup();
    const before = await listStoryArticles(folders, SAMPLE);
    const id = before[0]!.article;
    const row = await removeArticle({ folders, catalog, ref: SAMPLE, article: id, by: 'mod' });
    expect(row.title).toBe(before[0]!.title);
    expect((await listStoryArticles(folders, SAMPLE)).map((a) => a.article)).not.toContain(id);
    await expect(removeArticle({ folders, catalog, ref: SAMPLE, article: id, by: 'other' })).rejects.toThrow(/already in the trash/);
    await expect(removeArticle({ folders, catalog, ref: SAMPLE, article: 'no-such', by: 'mod' })).rejects.toThrow(StoryError);
    await restoreArticle({ folders, catalog, ref: SAMPLE, article: id });
    expect(await listStoryArticles(folders, SAMPLE)).toEqual(before);
    await expect(restoreArticle({ folders, catalog, ref: SAMPLE, article: id })).rejects.toThrow(/not in this story's trash/);
  });

  it('two moderators removing the same article at once: one succeeds, the other is told', async () => {
    const { folders, catalog } = await setup();
    const id = (await listStoryArticles(folders, SAMPLE))[1]!.article;
    const results = await Promise.allSettled([
      removeArticle({ folders, catalog, ref: SAMPLE, article: id, by: 'a' }),
      removeArticle({ folders, catalog, ref: SAMPLE, article: id, by: 'b' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(1);
    expect(await catalog.trash(SAMPLE)).toHaveLength(1);
  });

  it('the trash is emptied of what has been there longer than 30 days', async () => {
    const { folders, catalog } = await setup();
    const [a, b] = (await listStoryArticles(folders, SAMPLE)).map((x) => x.article);
    await removeArticle({ folders, catalog, ref: SAMPLE, article: a!, by: null, now: new Date('2026-01-01T00:00:00Z') });
    await removeArticle({ folders, catalog, ref: SAMPLE, article: b!, by: null, now: new Date('2026-01-25T00:00:00Z') });
    expect(await purgeAllTrash({ folders, catalog, now: new Date('2026-02-01T00:00:00Z') })).toBe(1);
    expect((await catalog.trash(SAMPLE)).map((t) => t.article)).toEqual([b]);
    expect(await readdir(path.join(folders.corpusDir, '.trash'))).toHaveLength(1);
  });
});

describe('the story library', () => {
  it('loads a story on first use, answers from its own folder only, and unloads the least recently used past the budget', async () => {
    const { folders } = await setup();
    const one = { owner: GUILD_A, name: 'one' };
    const two = { owner: GUILD_B, name: 'two' };
    for (const [ref, word] of [
      [one, 'Ferry'],
      [two, 'Tram'],
    ] as const) {
      await mkdir(storyDir(folders, ref), { recursive: true });
      await writeFile(
        path.join(storyDir(folders, ref), 'a.md'),
        article(`${word} strike`, '2021-03-03', `The ${word.toLowerCase()} workers went on strike on Wednesday, the union said.`),
      );
    }
    const library = new StoryLibrary({ ...folders, cacheDir: path.join(folders.storiesDir, '..', 'cache'), memoryBudgetBytes: Number.MAX_SAFE_INTEGER });
    const c1 = await library.corpus(one);
    expect(c1.articles.map((a) => a.title)).toEqual(['Ferry strike']);
    expect((await library.corpus(two)).articles.map((a) => a.title)).toEqual(['Tram strike']);
    expect(library.size).toBe(2);
    expect(await library.open(one)).toBe(await library.open(one));

    // A budget whose share (what the rest of the process leaves, halved) holds one story: opening another unloads the one used least recently.
    const tight = new StoryLibrary({
      ...folders,
      cacheDir: path.join(folders.storiesDir, '..', 'cache'),
      memoryBudgetBytes: 10_000_000 + library.bytes * 2 - 2,
      reservedBytes: 10_000_000,
    });
    expect(tight.storiesBudgetBytes).toBe(library.bytes - 1);
    await tight.open(one);
    await tight.open(two);
    expect(tight.size).toBe(1);
    expect(tight.peek(one)).toBeUndefined();
    expect(tight.peek(two)?.articles[0]?.title).toBe('Tram strike');
    library.close();
    tight.close();
  });

  it("a story made as a copy loads from the original's snapshot; a copy of a story never loaded builds its own", async () => {
    const { home, folders: plain, catalog } = await setup();
    const folders = { ...plain, cacheDir: path.join(home, 'cache') };
    const original = { owner: GUILD_A, name: 'ferry' };
    await createStory({ folders, catalog, ref: original, by: 'mod' });
    await writeFile(path.join(storyDir(folders, original), 'a.md'), article('Ferry strike', '2021-03-03', 'The ferry workers went on strike on Wednesday.'));
    const library = new StoryLibrary({ ...folders, memoryBudgetBytes: Number.MAX_SAFE_INTEGER });
    const source = await library.corpus(original);
    const copy = { owner: GUILD_A, name: 'ferry-copy' };
    expect(await createStory({ folders, catalog, ref: copy, by: 'mod', from: original })).toBe(1);
    const store = await library.open(copy);
    expect(store.lastLoad?.fromSnapshot).toBe(true);
    expect(store.current().hash).toBe(source.hash);
    expect(store.current().articles.map((a) => a.title)).toEqual(['Ferry strike']);
    // The article's segment is linked, not copied, and the copy's first change reads it instead of annotating the article again
    // (a segment made again would be written aside and renamed over the link, leaving one name).
    const segmentsOf = (ref: typeof copy) => readdir(path.join(storyCacheDir(folders.cacheDir, ref), 'articles'));
    const [segment] = await segmentsOf(copy);
    expect(await segmentsOf(copy)).toEqual(await segmentsOf(original));
    const copied = path.join(storyCacheDir(folders.cacheDir, copy), 'articles', segment!);
    expect((await stat(copied)).nlink).toBe(2);
    await writeFile(path.join(storyDir(folders, copy), 'b.md'), article('Ferry talks', '2021-03-05', 'The ferry workers met the port on Friday.'));
    await store.reload();
    expect(
      store
        .current()
        .articles.map((a) => a.title)
        .sort(),
    ).toEqual(['Ferry strike', 'Ferry talks']);
    expect((await stat(copied)).nlink).toBe(2);
    // The change was an update in place; the exact build that follows it keeps the new article's segment beside the linked one.
    await store.reconcile();
    expect((await stat(copied)).nlink).toBe(2);
    expect(await segmentsOf(copy)).toHaveLength(2);

    // Copied from a story with no snapshot yet (never loaded): nothing to copy, the copy is built.
    const fresh = { owner: GUILD_A, name: 'tram' };
    await createStory({ folders, catalog, ref: fresh, by: 'mod' });
    await writeFile(path.join(storyDir(folders, fresh), 'a.md'), article('Tram strike', '2021-03-04', 'The tram drivers went on strike on Thursday.'));
    const tramCopy = { owner: GUILD_A, name: 'tram-copy' };
    await createStory({ folders, catalog, ref: tramCopy, by: 'mod', from: fresh });
    const built = await library.open(tramCopy);
    expect(built.lastLoad?.fromSnapshot).toBe(false);
    expect(built.current().articles.map((a) => a.title)).toEqual(['Tram strike']);
    library.close();
  }, 60_000);

  it('gives every story a cache folder of its own: with more stories than a folder keeps snapshots, each keeps its own; deleting one removes its folder', async () => {
    const { home, folders, catalog } = await setup();
    const cacheDir = path.join(home, 'cache');
    const refs = Array.from({ length: 8 }, (_, i) => ({ owner: i % 2 ? GUILD_A : GUILD_B, name: `strike-${i + 1}` }));
    for (const [i, ref] of refs.entries()) {
      await catalog.create(ref, 'mod');
      await mkdir(storyDir(folders, ref), { recursive: true });
      await writeFile(
        path.join(storyDir(folders, ref), 'a.md'),
        article(`Strike ${i + 1}`, '2021-03-03', `The workers of depot ${i + 1} went on strike on Wednesday, the union said.`),
      );
    }
    const first = new StoryLibrary({ ...folders, cacheDir, memoryBudgetBytes: Number.MAX_SAFE_INTEGER });
    for (const ref of refs) expect((await first.open(ref)).lastLoad?.fromSnapshot).toBe(false);
    first.close();
    // As after a restart: every story's cold load is a snapshot load, none evicted by the seven others' writes.
    const second = new StoryLibrary({ ...folders, cacheDir, memoryBudgetBytes: Number.MAX_SAFE_INTEGER });
    for (const ref of refs) {
      const store = await second.open(ref);
      expect(store.lastLoad?.fromSnapshot, storyKey(ref)).toBe(true);
      expect(store.current().articles.map((a) => a.title)).toEqual([`Strike ${refs.indexOf(ref) + 1}`]);
    }
    second.close();
    const own = storyCacheDir(cacheDir, refs[0]!);
    expect(own).toBe(path.join(cacheDir, 'stories', refs[0]!.owner, refs[0]!.name));
    expect(storyCacheDir(cacheDir, SAMPLE)).toBe(cacheDir);
    expect((await readdir(own)).filter((n) => n.startsWith('snapshot-'))).toHaveLength(1);

    await deleteStory({ folders: { ...folders, cacheDir }, catalog, ref: refs[0]! });
    await expect(readdir(own)).rejects.toThrow(/ENOENT/);
    expect((await readdir(storyCacheDir(cacheDir, refs[1]!))).filter((n) => n.startsWith('snapshot-'))).toHaveLength(1);
  }, 60_000);
});
