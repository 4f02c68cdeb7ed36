import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Self-contained: every test file gets its own temporary cache, state and corpus folders
    // (EVENTDESK_CACHE_DIR, EVENTDESK_STATE_DIR, EVENTDESK_CORPUS_DIR) before it imports anything,
    // all inside one folder for the run that is removed at the end. See tests/support/.
    globalSetup: ['./tests/support/globalSetup.ts'],
    setupFiles: ['./tests/support/setup.ts'],
    reporters: ['default', './tests/support/plainSummary.ts'],
  },
});
