import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import type { Corpus } from '../../src/pipeline/corpus.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SEED_DIR = path.join(PROJECT_ROOT, 'data', 'articles');

export function tempDir(prefix = 'eventdesk-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A folder of articles written from a { fileName: text } map. */
export function writeCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

let seeds: Promise<Corpus> | undefined;

/** The real seed corpus, built fresh (no snapshot) once per test file. */
export function seedCorpus(): Promise<Corpus> {
  seeds ??= loadCorpus(SEED_DIR, { snapshot: false }).then((r) => r.corpus);
  return seeds;
}

export function articleText(corpusDir: string, file: string): string {
  return readFileSync(path.join(corpusDir, file), 'utf8');
}
