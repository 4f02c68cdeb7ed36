import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** npm run ingest: a corpus folder that cannot be one, and a date after tomorrow, in plain words. */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const scratch = mkdtempSync(path.join(tmpdir(), 'eventdesk-ingest-msg-'));

function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/ingest.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, EVENTDESK_CACHE_DIR: path.join(scratch, 'cache'), EVENTDESK_CORPUS_DIR: path.join(scratch, 'default-corpus') },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const article = (published: string) =>
  `---\ntitle: Harbour reopens\npublisher: Coast Daily\npublished: ${published}\n---\nThe harbour reopened to ships on Friday after the storm, officials said.\n`;

describe('npm run ingest', { timeout: 120_000 }, () => {
  it('a file given as the corpus folder: an error naming it, exit 1, nothing written', () => {
    const source = path.join(scratch, 'story.md');
    writeFileSync(source, article('2021-06-02'));
    const notAFolder = path.join(scratch, 'notes.txt');
    writeFileSync(notAFolder, 'my notes');
    const r = ingest(source, '--corpus', notAFolder);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`error: ${notAFolder} is a file, not a folder of articles; give --corpus the folder that holds the articles\n`);
    const below = ingest(source, '--corpus', path.join(notAFolder, 'corpus'));
    expect(below.code).toBe(1);
    expect(below.err).toBe(`error: the corpus folder ${path.join(notAFolder, 'corpus')} could not be made (a file is in its path)\n`);
  });

  it('a missing corpus folder is made; a publication date after tomorrow is refused with its reason', () => {
    const corpus = path.join(scratch, 'new-corpus');
    const future = path.join(scratch, 'future.md');
    writeFileSync(future, article('2999-01-01'));
    const r = ingest(future, '--corpus', corpus);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^not added: future\.md: published 2999-01-01 is after tomorrow \(\d{4}-\d{2}-\d{2}\); check the date\n/);
    expect(existsSync(corpus)).toBe(true);
    expect(readdirSync(corpus).filter((f) => f.endsWith('.md'))).toEqual([]);
  });
});
