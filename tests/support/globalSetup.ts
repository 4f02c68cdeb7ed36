import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TEST_TMP_ENV } from './fixtures.js';

/**
 * One temporary folder for the whole run (vitest `globalSetup`, in the main process before the test
 * workers start, which inherit the variable): the per-file cache, state and corpus copies
 * (tests/support/setup.ts) and the helpers' temp folders go in it, and it is removed at the end.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), 'eventdesk-tests-'));
  process.env[TEST_TMP_ENV] = root;
  return () => {
    if (process.env.EVENTDESK_KEEP_TEST_TMP) process.stdout.write(`\ntest folders kept in ${root}\n`);
    else rmSync(root, { recursive: true, force: true, maxRetries: 3 });
  };
}
