import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../../src/pipeline/loadCorpus.js';
import type { Corpus } from '../../src/pipeline/corpus.js';
import { copyFixtureArticles, makeTempDir } from './fixtures.js';

export { FIXTURE_ARTICLES_DIR, PROJECT_ROOT, RAW_SEEDS_DIR } from './fixtures.js';

/**
 * The five bundled articles: a private copy of tests/fixtures/articles, made once per test file
 * (never the working tree's data/articles, where a user may have ingested more).
 */
export const SEED_DIR = copyFixtureArticles('eventdesk-seeds-');

export function tempDir(prefix = 'eventdesk-test-'): string {
  return makeTempDir(prefix);
}

/** A folder of articles written from a { fileName: text } map. */
export function writeCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

let seeds: Promise<Corpus> | undefined;

/** The seed corpus, built fresh (no snapshot) once per test file. */
export function seedCorpus(): Promise<Corpus> {
  seeds ??= loadCorpus(SEED_DIR, { snapshot: false }).then((r) => r.corpus);
  return seeds;
}

export function articleText(corpusDir: string, file: string): string {
  return readFileSync(path.join(corpusDir, file), 'utf8');
}
