import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backup, restore } from '../../src/ops/backup.js';
import { HealthFile } from '../../src/ops/health.js';
import { PinStore } from '../../src/bot/pinStore.js';
import { STATE_FILE, StateDatabase } from '../../src/state/database.js';
import { ROOT, runEntry } from '../support/processes.js';

async function install() {
  const home = await mkdtemp(path.join(tmpdir(), 'eventdesk-backup-'));
  const corpusDir = path.join(home, 'articles');
  const stateDir = path.join(home, 'state');
  await cp(path.join(ROOT, 'tests', 'fixtures', 'articles'), corpusDir, { recursive: true });
  await mkdir(path.join(stateDir, 'pinned-summaries'), { recursive: true });
  await writeFile(path.join(stateDir, 'pinned-summaries', '123456789012345678.json'), '{"channelId":"123456789012345678"}');
  // The state database, open (as a running bot holds it) with a write in its WAL.
  const db = StateDatabase.open(stateDir);
  await new PinStore(db).set({ channelId: '987654321098765432', messageId: '1', guildId: '2', corpusHash: 'h', updatedAt: '2026-01-01T00:00:00.000Z' });
  return { home, corpusDir, stateDir, db };
}

const contents = async (dir: string) =>
  Object.fromEntries(await Promise.all((await readdir(dir)).sort().map(async (n) => [n, await readFile(path.join(dir, n), 'utf8')])));

describe('backup and restore', () => {
  it('a backup restored into empty folders gives back every article byte for byte and the state, without health reports', async () => {
    const { home, corpusDir, stateDir } = await install();
    const health = new HealthFile(stateDir, 'bot-1');
    await health.write({ ready: true, reason: null, pid: 1, shard: null, gateway: 'ready', corpus: null });
    await mkdir(path.join(stateDir, 'cache'));
    await writeFile(path.join(stateDir, 'cache', 'snapshot.bin'), 'derived');
    const { folder, manifest } = await backup({ corpusDir, stateDir, cacheDir: path.join(stateDir, 'cache'), into: path.join(home, 'backups') });
    await health.stop();
    expect(manifest.articles).toBe(5);
    expect((await readdir(path.join(folder, 'state'))).sort()).toEqual([STATE_FILE, 'pinned-summaries']);

    const fresh = { corpusDir: path.join(home, 'new', 'articles'), stateDir: path.join(home, 'new', 'state') };
    const done = await restore({ from: folder, ...fresh });
    expect(done).toEqual({ articles: 5, movedAside: [] });
    expect(await contents(fresh.corpusDir)).toEqual(await contents(corpusDir));
    expect(await contents(path.join(fresh.stateDir, 'pinned-summaries'))).toEqual(await contents(path.join(stateDir, 'pinned-summaries')));
    const restored = StateDatabase.open(fresh.stateDir);
    expect((await new PinStore(restored).list()).map((r) => r.channelId)).toEqual(['987654321098765432']);
    restored.close();
  });

  it('restoring over existing folders moves them aside, never deletes; refused while a bot runs, or from a folder that is no backup', async () => {
    const { home, corpusDir, stateDir } = await install();
    const { folder } = await backup({ corpusDir, stateDir, into: home });
    await writeFile(path.join(corpusDir, 'added-later.txt'), 'Added after the backup\n\nMarch 3, 2021\n\nText.\n');

    const running = new HealthFile(stateDir, 'bot-2');
    await running.write({ ready: true, reason: null, pid: 2, shard: null, gateway: 'ready', corpus: null });
    await expect(restore({ from: folder, corpusDir, stateDir })).rejects.toThrow(/a bot is running on this state folder/);
    await running.stop();
    await expect(restore({ from: corpusDir, corpusDir, stateDir })).rejects.toThrow(/is not an eventdesk backup/);
    await expect(backup({ corpusDir, stateDir, into: path.join(stateDir, 'backups') })).rejects.toThrow(/cannot go inside .*state, the folder it copies/);

    const done = await restore({ from: folder, corpusDir, stateDir });
    expect(done.articles).toBe(5);
    expect(done.movedAside).toHaveLength(2);
    expect(await readdir(done.movedAside[0]!)).toContain('added-later.txt');
    expect(await readdir(corpusDir)).not.toContain('added-later.txt');
  });

  it('npm run backup backs up the folders the settings name, and --restore puts them back', async () => {
    const { home, corpusDir, stateDir, db } = await install();
    const storiesDir = path.join(home, 'stories');
    await mkdir(path.join(storiesDir, 'host', 'ferries', '.trash'), { recursive: true });
    await writeFile(path.join(storiesDir, 'host', 'ferries', 'a.md'), '---\ntitle: A\n---\nText.\n');
    await writeFile(path.join(storiesDir, 'host', 'ferries', '.trash', 'b.md'), '---\ntitle: B\n---\nText.\n');
    const env = {
      EVENTDESK_CORPUS_DIR: corpusDir,
      EVENTDESK_STATE_DIR: stateDir,
      EVENTDESK_STORIES_DIR: storiesDir,
      EVENTDESK_CACHE_DIR: path.join(home, 'cache'),
    };
    const made = runEntry('src/cli/backup.ts', env, home, ['backups', '--json']);
    expect(await made.exit, made.output()).toBe(0);
    const { folder } = JSON.parse(made.stdout.join('')) as { folder: string };
    expect(folder.startsWith(path.join(home, 'backups', 'eventdesk-backup-'))).toBe(true);
    db.close();
    const back = runEntry(
      'src/cli/backup.ts',
      { ...env, EVENTDESK_CORPUS_DIR: path.join(home, 'restored'), EVENTDESK_STORIES_DIR: path.join(home, 'restored-stories') },
      home,
      ['--restore', folder],
    );
    expect(await back.exit, back.output()).toBe(0);
    expect(await readdir(path.join(home, 'restored-stories', 'host', 'ferries'))).toEqual(['.trash', 'a.md']);
    expect(await readdir(path.join(home, 'restored-stories', 'host', 'ferries', '.trash'))).toEqual(['b.md']);
    expect(back.output()).toMatch(/^restored 5 article\(s\) into /);
    const usage = runEntry('src/cli/backup.ts', env, home, []);
    expect(await usage.exit).toBe(2);
  }, 60_000);
});
