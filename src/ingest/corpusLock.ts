import { open, readFile, rm, stat } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { IngestError } from './types.js';

/** The lock's name: not an article extension, so the loader never reads it. */
export const LOCK_NAME = '.ingest.lock';
/** A lock held this long was left by a crashed ingest: the critical section takes milliseconds. */
const STALE_LOCK_MS = 30_000;
const WAIT_MS = 20_000;
const POLL_MS = 25;

/**
 * Runs `work` while holding the corpus folder's ingest lock, so two ingests
 * (a terminal and a bot, two moderators, two shards) cannot both decide an
 * article is new and both write it.
 */
export async function withCorpusLock<T>(corpusDir: string, work: () => Promise<T>): Promise<T> {
  const lock = path.join(corpusDir, LOCK_NAME);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid} ${hostname()} ${new Date().toISOString()}\n`);
      await handle.close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      if (await isAbandoned(lock)) {
        await rm(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new IngestError('another ingest is writing to this corpus; try again in a moment', true);
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

/** The lock's holder is gone: it crashed on this machine, or the lock is older than any ingest holds it. */
async function isAbandoned(lock: string): Promise<boolean> {
  const held = await stat(lock).catch(() => null);
  if (!held) return false; // released meanwhile: just try again
  if (Date.now() - held.mtimeMs > STALE_LOCK_MS) return true;
  const [pid, host] = (await readFile(lock, 'utf8').catch(() => '')).split(' ');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid)) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
