import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { copyFixtureArticles, makeTempDir } from './fixtures.js';

/**
 * Runs before each test file imports anything (vitest `setupFiles`), so that whatever reads these
 * settings at module load, and every child process a test starts with the test's environment
 * (the CLI, the ingest CLI, the bench's children), gets a private folder and never the working
 * tree's .cache/ or data/articles/. Set unconditionally: a developer's own EVENTDESK_* settings
 * (shell or .env) must not leak into the tests either. Only ./fixtures.js is imported here (it
 * imports nothing of src/), and ES imports run first, so no project module has been loaded yet.
 */
const root = makeTempDir('eventdesk-file-');
const cacheDir = path.join(root, 'cache');
const stateDir = path.join(root, 'state');
mkdirSync(cacheDir);
mkdirSync(stateDir);

process.env.EVENTDESK_CACHE_DIR = cacheDir;
process.env.EVENTDESK_STATE_DIR = stateDir;
process.env.EVENTDESK_CORPUS_DIR = copyFixtureArticles();
