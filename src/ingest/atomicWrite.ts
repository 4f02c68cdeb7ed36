import { randomBytes } from 'node:crypto';
import { link, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { IngestError } from './types.js';

/** Temporary files end with this, which the corpus loader never reads. */
export const TEMP_SUFFIX = '.ingest-tmp';
/** A temporary file this old was left by a crashed ingest, not one still writing. */
const STALE_TEMP_MS = 10 * 60 * 1000;

export interface AtomicWriteHooks {
  /** Runs after the temporary file is complete and synced, before it takes its place (tests fail or crash here). */
  beforePublish?: (tempPath: string) => Promise<void> | void;
}

/**
 * Writes a file so that readers see either nothing or the whole of it:
 * write and sync a temporary file in the same folder, then link it to its
 * name (which fails rather than overwrite an existing file) and drop the temp.
 */
export async function writeFileAtomically(dir: string, fileName: string, bytes: Uint8Array, hooks: AtomicWriteHooks = {}): Promise<string> {
  const target = path.join(dir, fileName);
  const temp = path.join(dir, `.${fileName}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await hooks.beforePublish?.(temp);
    await publish(temp, target);
  } catch (err) {
    await rm(temp, { force: true }).catch(() => undefined);
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new IngestError(`${fileName} already exists in the corpus`);
    throw err;
  }
  await rm(temp, { force: true });
  await syncFolder(dir);
  return target;
}

async function publish(temp: string, target: string): Promise<void> {
  try {
    await link(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    // Some filesystems have no hard links; rename is still atomic, only the no-overwrite check is not.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw err;
    if (
      await stat(target).then(
        () => true,
        () => false,
      )
    )
      throw Object.assign(new Error('exists'), { code: 'EEXIST' });
    await rename(temp, target);
  }
}

async function syncFolder(dir: string): Promise<void> {
  // Makes the new name durable; not every platform can open a folder, and losing this only costs durability.
  try {
    const handle = await open(dir, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    /* best effort */
  }
}

/** Removes temporary files that a crashed ingest left behind. */
export async function removeStaleTempFiles(dir: string, now = Date.now()): Promise<string[]> {
  const removed: string[] = [];
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith(TEMP_SUFFIX))) {
    const info = await stat(path.join(dir, name)).catch(() => null);
    if (info && now - info.mtimeMs > STALE_TEMP_MS) {
      await rm(path.join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}
