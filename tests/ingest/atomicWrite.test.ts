import { spawn } from 'node:child_process';
import { readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEMP_SUFFIX, writeFileAtomically } from '../../src/ingest/atomicWrite.js';
import { LOCK_NAME } from '../../src/ingest/corpusLock.js';
import { ingest } from '../../src/ingest/ingest.js';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import { FLOOD_REPORT_MD, FLOOD_WIRE_TXT, tempDir, writeFiles } from './fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A corpus folder holding one article, and a second article waiting to be added. */
async function corpusWithOneArticle() {
  const dir = await tempDir();
  const corpusDir = path.join(dir, 'corpus');
  const [first, second] = await writeFiles(dir, { 'first.md': FLOOD_REPORT_MD, 'second.txt': FLOOD_WIRE_TXT });
  await ingest([{ kind: 'file', path: first! }], corpusDir, { snapshot: false });
  const before = await readdir(corpusDir);
  expect(before).toHaveLength(1);
  return { dir, corpusDir, second: second!, before };
}

describe('an ingest that fails between writing the temporary file and publishing it', () => {
  it('refuses the article, removes the temporary file and leaves the corpus as it was', async () => {
    const { corpusDir, second, before } = await corpusWithOneArticle();
    let tempSeen = '';
    const report = await ingest([{ kind: 'file', path: second }], corpusDir, {
      snapshot: false,
      beforePublish: async (temp) => {
        tempSeen = await readFile(temp, 'utf8');
        throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
      },
    });
    expect(tempSeen).toContain('Kestrel Bay'); // the whole article had been written to the temp file
    expect(report.outcomes[0]).toMatchObject({ status: 'refused', message: 'could not be added (ENOSPC)' });
    expect(await readdir(corpusDir)).toEqual(before);
    expect(report.after.articles).toHaveLength(1);
  });

  it('never overwrites an article already in place', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'a.md'), 'original');
    await expect(writeFileAtomically(dir, 'a.md', new TextEncoder().encode('replacement'))).rejects.toThrow(/already exists/);
    expect(await readFile(path.join(dir, 'a.md'), 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['a.md']);
  });
});

describe('an ingest killed mid-write', () => {
  it('leaves the corpus loading exactly as before; the next ingest adds the article and clears old leftovers', async () => {
    const { dir, corpusDir, second, before } = await corpusWithOneArticle();
    const child = path.join(dir, 'child.mts');
    await writeFile(
      child,
      `import { ingest } from ${JSON.stringify(path.join(ROOT, 'src/ingest/ingest.ts'))};
       setInterval(() => undefined, 1000);
       await ingest([{ kind: 'file', path: ${JSON.stringify(second)} }], ${JSON.stringify(corpusDir)}, {
         snapshot: false,
         beforePublish: () => { process.stdout.write('written\\n'); return new Promise(() => undefined); },
       });`,
    );
    const proc = spawn(process.execPath, ['--import', 'tsx', child], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    await new Promise<void>((resolve, reject) => {
      proc.stdout.on('data', (d: Buffer) => d.toString().includes('written') && resolve());
      proc.on('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
    });
    proc.kill('SIGKILL');
    await new Promise((resolve) => proc.once('exit', resolve));

    // Left behind: the complete temp file, never read by the loader, and the lock of a process that no longer exists.
    const leftovers = (await readdir(corpusDir)).filter((n) => !before.includes(n));
    expect(leftovers).toHaveLength(2);
    expect(leftovers).toContain(LOCK_NAME);
    const temp = leftovers.find((n) => n.endsWith(TEMP_SUFFIX))!;
    expect(temp).toBeDefined();
    const { corpus } = await loadCorpus(corpusDir, { snapshot: false });
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.problems).toEqual([]);

    // A crashed ingest's temp file is cleared once it is old enough not to be another ingest at work.
    const old = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(path.join(corpusDir, temp), old, old);
    const retry = await ingest([{ kind: 'file', path: second }], corpusDir, { snapshot: false });
    expect(retry.outcomes[0]?.status).toBe('added');
    const after = await readdir(corpusDir);
    expect(after.some((n) => n.endsWith(TEMP_SUFFIX) || n === LOCK_NAME)).toBe(false);
    expect(after).toHaveLength(2);
  });
});

describe('two ingests at once', () => {
  it('add one copy of a story, not two, even when both loaded the corpus before either wrote', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    const [a, b] = await writeFiles(dir, {
      'a.txt': FLOOD_WIRE_TXT,
      'b.txt': FLOOD_WIRE_TXT.replace('Floodwaters force thousands from homes in Kestrel Bay', 'Kestrel Bay evacuated as river bursts banks'),
    });
    const [first, second] = await Promise.all([
      ingest([{ kind: 'file', path: a! }], corpusDir, { snapshot: false }),
      ingest([{ kind: 'file', path: b! }], corpusDir, { snapshot: false }),
    ]);
    const statuses = [first.outcomes[0]!.status, second.outcomes[0]!.status].sort();
    expect(statuses).toEqual(['added', 'duplicate']);
    expect(first.before.articles).toHaveLength(0);
    expect(second.before.articles).toHaveLength(0);
    expect((await readdir(corpusDir)).filter((n) => n.endsWith('.md'))).toHaveLength(1);
    expect(await readdir(corpusDir)).not.toContain(LOCK_NAME);
  });

  it('takes over a lock left long ago by an ingest on another machine', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    const [a] = await writeFiles(dir, { 'a.txt': FLOOD_WIRE_TXT });
    await ingest([], corpusDir, { snapshot: false });
    const lock = path.join(corpusDir, LOCK_NAME);
    await writeFile(lock, '4242 some-other-host 2026-01-01T00:00:00.000Z\n');
    const old = new Date(Date.now() - 5 * 60 * 1000);
    await utimes(lock, old, old);
    const report = await ingest([{ kind: 'file', path: a! }], corpusDir, { snapshot: false });
    expect(report.outcomes[0]?.status).toBe('added');
    expect(await readdir(corpusDir)).not.toContain(LOCK_NAME);
  });
});
