import { execFile } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FLOOD_WIRE_TXT, tempDir, writeFiles } from '../ingest/fixtures.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = promisify(execFile);

async function ingestCli(args: string[], cacheDir: string) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli/ingest.ts', ...args], {
      cwd: ROOT,
      // The default corpus is a folder of this test's own, never the project's data/articles.
      env: { ...process.env, EVENTDESK_CACHE_DIR: cacheDir, EVENTDESK_CORPUS_DIR: path.join(cacheDir, '..', 'default-corpus') },
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('npm run ingest', () => {
  it('adds a file, refuses it the second time, and explains bad usage', async () => {
    const dir = await tempDir();
    const corpusDir = path.join(dir, 'corpus');
    const cacheDir = path.join(dir, 'cache');
    const [wire] = await writeFiles(dir, { 'wire.txt': FLOOD_WIRE_TXT });

    const first = await ingestCli([wire!, '--corpus', corpusDir], cacheDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^added 2026-03-03-floodwaters-force-thousands-from-homes-in-kestrel-bay-[0-9a-f]{8}\.md$/m);
    expect(first.stdout).toContain('"Floodwaters force thousands from homes in Kestrel Bay" (Wirepoint, 2026-03-03), 4 passages');
    expect(first.stdout).toContain('1 added, 0 not added; the corpus now has 1 article; index snapshot rebuilt');
    expect((await readdir(cacheDir)).some((n) => n.startsWith('snapshot-'))).toBe(true);

    const second = await ingestCli([wire!, '--corpus', corpusDir, '--json'], cacheDir);
    expect(second.code).toBe(1);
    const json = JSON.parse(second.stdout) as { outcomes: Array<{ status: string; message: string }>; articles: number };
    expect(json.outcomes[0]).toMatchObject({ status: 'duplicate', message: expect.stringContaining('is the same text as 2026-03-03-') });
    expect(json.articles).toBe(1);

    const none = await ingestCli([], cacheDir);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('name at least one file, folder or link');
    const badFlag = await ingestCli(['--bogus', wire!], cacheDir);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/Unknown option '--bogus'/);
    expect(badFlag.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
