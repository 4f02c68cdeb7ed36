import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the tests' own material lives, and fresh copies of it. No import of src/ here: the
 * vitest setup file (tests/support/setup.ts) imports this module and must set the environment
 * before any project module is loaded.
 *
 * Tests never read the working tree's data/articles (a user may have ingested their own articles
 * there), its .cache, or anything outside the repository: the five bundled articles and the five
 * raw reports they were made from are copied byte for byte under tests/fixtures/.
 */

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures');
/** The five bundled corpus files (front matter + verbatim body), as data/articles ships them. Read only: copy before use. */
export const FIXTURE_ARTICLES_DIR = path.join(FIXTURES_DIR, 'articles');
/** The five raw reports (.txt) the bundled articles were made from. Read only. */
export const RAW_SEEDS_DIR = path.join(FIXTURES_DIR, 'seeds');

/** Set by tests/support/globalSetup.ts: one folder for the whole run, removed when it ends. */
export const TEST_TMP_ENV = 'EVENTDESK_TEST_TMP';

/** The parent of every temporary folder the tests make: the run's own folder, or the system's. */
export function scratchRoot(): string {
  const root = process.env[TEST_TMP_ENV];
  return root && existsSync(root) ? root : tmpdir();
}

/** A new, empty temporary folder. */
export function makeTempDir(prefix = 'eventdesk-test-'): string {
  return mkdtempSync(path.join(scratchRoot(), prefix));
}

/** A private, writable copy of tests/fixtures/articles in a new temporary folder; returns its path. */
export function copyFixtureArticles(prefix = 'eventdesk-articles-'): string {
  const dir = makeTempDir(prefix);
  cpSync(FIXTURE_ARTICLES_DIR, dir, { recursive: true });
  return dir;
}
