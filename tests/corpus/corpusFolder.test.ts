import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusFolderProblem, describeFolderProblem, readArticleFiles } from '../../src/corpus/readArticles.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';

/** A corpus folder's own problems are its own: never another folder's, never replayed from a snapshot. */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'eventdesk-folder-'));
afterAll(() => {
  // A folder made unreadable below is made readable again so the system can clean up.
  try {
    chmodSync(path.join(scratch, 'locked'), 0o755);
  } catch {
    /* not made */
  }
});

let n = 0;
function folder(files: Record<string, string> = {}): string {
  const dir = path.join(scratch, `corpus-${n++}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const ARTICLE =
  '---\ntitle: Dam holds after storm\npublisher: Valley Post\npublished: 2021-06-02\n---\nThe dam held through the night, engineers said on Wednesday.\n';

describe('loadCorpus and a folder that cannot be read', () => {
  it('names the folder that was asked for, however many missing folders were asked before, and caches none of them', async () => {
    const cacheDir = folder();
    const first = path.join(scratch, 'no-such-folder');
    const second = path.join(scratch, 'another-missing-one');
    const a = await loadCorpus(first, { cacheDir });
    const b = await loadCorpus(second, { cacheDir });
    expect(a.corpus.problems).toEqual([expect.objectContaining({ file: first, scope: 'folder' })]);
    expect(b.corpus.problems).toEqual([expect.objectContaining({ file: second, scope: 'folder' })]);
    expect(b.fromSnapshot).toBe(false);
    // A file given as the folder: its own problem, not the missing folders' one.
    const file = path.join(scratch, 'a-file.md');
    writeFileSync(file, ARTICLE);
    const c = await loadCorpus(file, { cacheDir });
    expect(c.corpus.problems).toEqual([expect.objectContaining({ file, message: 'is a file, not a folder of articles' })]);
    expect(readdirSync(cacheDir)).toEqual([]);
  });

  it('an empty folder after a missing one is an empty corpus with no problem, from the snapshot or not', async () => {
    const cacheDir = folder();
    await loadCorpus(path.join(scratch, 'missing-before-empty'), { cacheDir });
    const empty = folder();
    for (let i = 0; i < 2; i++) {
      const { corpus } = await loadCorpus(empty, { cacheDir });
      expect(corpus.articles).toEqual([]);
      expect(corpus.problems).toEqual([]);
    }
    // And another empty folder after it: still nothing to say about either.
    const { corpus } = await loadCorpus(folder(), { cacheDir });
    expect(corpus.problems).toEqual([]);
  });

  // Root reads any file, so this needs an ordinary user.
  it.skipIf(process.getuid?.() === 0)('a file that cannot be read is reported by its own folder only, and the snapshot keeps no such corpus', async () => {
    const cacheDir = folder();
    const dir = folder({ 'ok.md': ARTICLE, 'secret.md': ARTICLE.replace('Dam', 'Bridge') });
    chmodSync(path.join(dir, 'secret.md'), 0o000);
    const locked = await loadCorpus(dir, { cacheDir });
    expect(locked.corpus.problems).toEqual([{ file: 'secret.md', message: 'could not be read (EACCES)' }]);
    expect(readdirSync(cacheDir)).toEqual([]);
    // The same readable content elsewhere: no trace of the other folder's unreadable file.
    const twin = folder({ 'ok.md': ARTICLE });
    expect((await loadCorpus(twin, { cacheDir })).corpus.problems).toEqual([]);
  });

  it('corpusFolderProblem: null for an empty folder; missing, a file, and no permission each say so', async () => {
    expect(await corpusFolderProblem(folder())).toBeNull();
    const missing = await corpusFolderProblem(path.join(scratch, 'nope'));
    expect(missing).toMatchObject({ kind: 'missing', message: 'the corpus folder does not exist' });
    expect(describeFolderProblem(missing!, 'nope')).toBe('the corpus folder nope does not exist');
    const file = path.join(scratch, 'notes.md');
    writeFileSync(file, 'x');
    const notFolder = await corpusFolderProblem(file);
    expect(notFolder).toMatchObject({ kind: 'not-a-folder' });
    expect(describeFolderProblem(notFolder!, 'notes.md')).toBe('notes.md is a file, not a folder of articles');
    // Below a file is "missing" too, not an exception.
    expect(await corpusFolderProblem(path.join(file, 'inside'))).toMatchObject({ kind: 'missing' });
    if (process.getuid?.() !== 0) {
      const locked = path.join(scratch, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o000);
      expect(await corpusFolderProblem(locked)).toMatchObject({ kind: 'unreadable', message: 'the corpus folder could not be read (permission denied)' });
      expect((await readArticleFiles(locked)).problems).toEqual([expect.objectContaining({ scope: 'folder', file: locked })]);
    }
  });
});

function ask(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, EVENTDESK_CACHE_DIR: sharedCache, EVENTDESK_CORPUS_DIR: folder(), ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
// One cache for every run below, so a snapshot one run writes is there for the next to (wrongly) replay.
const sharedCache = path.join(scratch, 'cli-cache');

describe('npm run ask with a corpus folder that is not there', { timeout: 120_000 }, () => {
  it('a missing folder, then a file, then another missing one: each named as given, exit 1, never another folder', () => {
    const missing = path.join(scratch, 'nonexistent');
    const m = ask(['sources', '--corpus', missing]);
    expect(m.code).toBe(1);
    expect(m.out).toBe('');
    expect(m.err).toBe(
      `error: the corpus folder ${missing} does not exist; check the path, or add a first article there with: npm run ingest -- FILE|URL --corpus ${missing}\n`,
    );

    const file = path.join(scratch, 'README.md');
    writeFileSync(file, '# not a corpus\n');
    // Run from the folder that holds README.md, so the path given is the relative one a person types.
    const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
    const f = spawnSync(process.execPath, ['--import', tsx, path.join(ROOT, 'src/cli/main.ts'), 'sources', '--corpus', 'README.md'], {
      cwd: scratch,
      encoding: 'utf8',
      env: { ...process.env, EVENTDESK_CACHE_DIR: sharedCache },
    });
    expect(f.status).toBe(1);
    expect(f.stderr).toMatch(/^error: README\.md is a file, not a folder of articles; give --corpus the folder that holds the articles\n$/);
    expect(f.stderr).not.toContain(missing);

    const other = path.join(scratch, 'also-missing');
    for (const command of [['search', 'dam'], ['who'], ['timeline'], ['crowd-size'], ['summary', '--json']]) {
      const r = ask([...command, '--corpus', other]);
      expect(r.code).toBe(1);
      expect(r.err).toContain(`the corpus folder ${other} does not exist`);
      expect(r.err).not.toContain(missing);
      expect(r.out).toBe('');
    }
  });

  it('a folder named by EVENTDESK_CORPUS_DIR that is missing says where it came from', () => {
    const missing = path.join(scratch, 'env-missing');
    const r = ask(['timeline'], { EVENTDESK_CORPUS_DIR: missing });
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      `error: the corpus folder ${missing} does not exist (from EVENTDESK_CORPUS_DIR); check the path, or add a first article there with: npm run ingest -- FILE|URL\n`,
    );
  });

  it('check-corpus: a missing folder is an error naming it (exit 1); an empty one has no problems and says how to add articles (exit 0)', () => {
    const missing = path.join(scratch, 'check-missing');
    const m = ask(['check-corpus', missing]);
    expect(m.code).toBe(1);
    expect(m.err).toContain(`error: the corpus folder ${missing} does not exist`);
    const empty = folder();
    const e = ask(['check-corpus', empty]);
    expect(e.code).toBe(0);
    expect(e.out).toBe(`0 articles load from ${empty}\nno problems\nno articles yet: add some with npm run ingest -- FILE|URL --corpus ${empty}\n`);
    // A folder with one good article says nothing about adding more.
    const one = ask(['check-corpus', folder({ 'dam.md': ARTICLE })]);
    expect(one).toMatchObject({ code: 0, out: expect.stringMatching(/^1 article loads from .*\nno problems\n$/) });
  });
});
