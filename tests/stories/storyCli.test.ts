import { cp, mkdtemp, readdir, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_ARTICLES_DIR } from '../support/fixtures.js';
import { runEntry } from '../support/processes.js';

/** `npm run story`, `npm run ingest --story` and `npm run ask --story`, as a host would type them. */
describe('stories in the terminal', () => {
  it('an article ingested into one story is answered there only; removed, it leaves every answer until restored', async () => {
    const home = await mkdtemp(path.join(tmpdir(), 'eventdesk-story-cli-'));
    await cp(FIXTURE_ARTICLES_DIR, path.join(home, 'sample'), { recursive: true });
    const env = {
      EVENTDESK_CORPUS_DIR: path.join(home, 'sample'),
      EVENTDESK_STORIES_DIR: path.join(home, 'stories'),
      EVENTDESK_STATE_DIR: path.join(home, 'state'),
      EVENTDESK_CACHE_DIR: path.join(home, 'cache'),
    };
    const run = async (entry: string, ...args: string[]) => {
      const r = runEntry(entry, env, home, args);
      const code = await r.exit;
      return { code, out: r.stdout.join(''), err: r.stderr.join('') };
    };
    const json = async (entry: string, ...args: string[]) => {
      const r = await run(entry, ...args, '--json');
      expect(r.code, r.err).toBe(0);
      return JSON.parse(r.out) as Record<string, any>;
    };
    await writeFile(
      path.join(home, 'ferry.txt'),
      'Ferry strike halts crossings to Brannock\n\nMarch 3, 2021\n\nThe ferry workers of Brannock ended their strike on Wednesday, the union said.\n',
    );

    expect((await run('src/cli/story.ts', 'create', 'ferry')).code).toBe(0);
    expect((await run('src/cli/story.ts', 'create', 'other')).code).toBe(0);
    expect((await run('src/cli/ingest.ts', path.join(home, 'ferry.txt'), '--story', 'ferry')).code).toBe(0);

    const listing = await json('src/cli/story.ts', 'articles', 'ferry');
    expect(listing.story).toBe('host/ferry');
    expect(listing.articles).toHaveLength(1);
    expect(listing.articles[0]).toMatchObject({ title: 'Ferry strike halts crossings to Brannock', publisher: null, published: '2021-03-03' });
    const id = listing.articles[0].article as string;

    const hits = async (...where: string[]) =>
      (((await json('src/cli/main.ts', 'search', 'Brannock ferry workers', ...where)).results ?? []) as { quote: { article: string } }[]).filter(
        (r) => r.quote.article === id,
      ).length;
    expect(await hits('--story', 'ferry')).toBeGreaterThan(0);
    expect(await hits('--story', 'other')).toBe(0);
    expect(await hits()).toBe(0);
    // Without --story, the default story as before: the five bundled reports.
    expect((await json('src/cli/main.ts', 'sources')).articles).toHaveLength(5);

    expect((await run('src/cli/story.ts', 'remove', 'ferry', id)).code).toBe(0);
    expect(await hits('--story', 'ferry')).toBe(0);
    // The story is empty now: the answer says how to add to that story, not to the default one.
    expect((await run('src/cli/main.ts', 'search', 'ferry', '--story', 'ferry')).out).toContain('npm run ingest -- FILE|URL --story ferry');
    const serverOnly = await run('src/cli/main.ts', 'search', 'ferry', '--server', '100000000000000001');
    expect(serverOnly.code).toBe(2);
    expect(serverOnly.err).toMatch(/give --story NAME with it/);
    const again = await run('src/cli/story.ts', 'remove', 'ferry', id);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already in the trash/);
    expect((await run('src/cli/story.ts', 'restore', 'ferry', id)).code).toBe(0);
    expect(await hits('--story', 'ferry')).toBeGreaterThan(0);

    // The terminal keeps a story's snapshots where the bot does (storyCacheDir): its own cache folder, gone with the story.
    const ferryCache = path.join(home, 'cache', 'stories', 'host', 'ferry');
    expect((await readdir(ferryCache)).filter((n) => n.startsWith('snapshot-')).length).toBeGreaterThan(0);
    expect((await readdir(path.join(home, 'cache'))).filter((n) => n.startsWith('snapshot-')).length).toBeGreaterThan(0);
    expect((await run('src/cli/story.ts', 'delete', 'ferry')).code).toBe(0);
    await expect(stat(ferryCache)).rejects.toThrow(/ENOENT/);

    const missing = await run('src/cli/main.ts', 'search', 'x', '--story', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/there is no story host\/nope: make it with npm run story -- create nope/);
    const bad = await run('src/cli/story.ts', 'create', 'Bad Name');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/lower-case letters, digits and hyphens/);
  }, 120_000);
});
