import { describe, expect, it } from 'vitest';
import { ANSWERS } from '../../src/answers/registry.js';
import { parseStoriesArgs } from '../../src/bench/storiesBench.js';
import { formatStoriesReport } from '../../src/bench/storiesReport.js';
import { runStoriesBench } from '../../src/bench/storiesRun.js';
import { SEED_DIR, tempDir } from '../support/corpus.js';

describe('the stories benchmark', () => {
  it('reads its options', () => {
    const o = parseStoriesArgs(['--stories', '7', '--passages', '60', '--budget-mb', '0.5', '--tsx']);
    expect(o).toMatchObject({ stories: 7, passages: 60, budgetBytes: Math.round(0.5 * 1024 * 1024), runtime: 'tsx' });
    // The budget defaults to the bot's: EVENTDESK_MEMORY_MB, 1024 when unset.
    const before = process.env.EVENTDESK_MEMORY_MB;
    try {
      delete process.env.EVENTDESK_MEMORY_MB;
      expect(parseStoriesArgs([]).budgetBytes).toBe(1024 * 1024 * 1024);
      process.env.EVENTDESK_MEMORY_MB = '512';
      expect(parseStoriesArgs([]).budgetBytes).toBe(512 * 1024 * 1024);
    } finally {
      if (before === undefined) delete process.env.EVENTDESK_MEMORY_MB;
      else process.env.EVENTDESK_MEMORY_MB = before;
    }
    expect(() => parseStoriesArgs(['--stories', '0'])).toThrow(/--stories/);
    expect(() => parseStoriesArgs(['--nope'])).toThrow(/unknown option/);
  });

  it('runs at a tiny size: cold loads from snapshots, eviction within the budget, a warm story against a plain store, edits', async () => {
    const budgetBytes = Math.round(0.3 * 1024 * 1024);
    const report = await runStoriesBench({
      stories: 5,
      passages: 50,
      budgetBytes,
      editPassages: 150,
      editRounds: 1,
      passes: 2,
      queries: 10,
      seed: 7,
      gcEvery: 2,
      runtime: 'tsx',
      buildProcesses: 2,
      workDir: tempDir('eventdesk-stories-bench-'),
      seedDir: SEED_DIR,
    });
    const m = report.measure;
    expect(report.settings).toMatchObject({ stories: 5, passages: 50, budgetBytes, runtime: 'tsx' });
    // Every story and the two others (the edit source, the default story) built beforehand, none with problems.
    expect(report.setup.snapshots.count).toBe(7);
    expect(report.setup.snapshots.problems).toBe(0);
    expect(report.setup.storyPassages.min).toBeGreaterThan(20);

    // Every story was opened cold in the first pass, each from its snapshot.
    expect(m.passes).toHaveLength(2);
    expect(m.passes[0]).toMatchObject({ order: 'in order', opens: 5, cold: 5, warm: 0 });
    expect(m.cold.count).toBeGreaterThanOrEqual(5);
    expect(m.cold.fromSnapshot).toBe(m.cold.count);
    expect(m.cold.firstAnswerMs.count).toBe(m.cold.count);
    expect(m.answerErrors).toBe(0);

    // The budget holds two or three of these stories beside the default one: the library evicted, and kept within it.
    expect(m.memory.evictions).toBeGreaterThan(0);
    expect(m.memory.libraryMaxBytes).toBeLessThanOrEqual(budgetBytes);
    expect(m.memory.libraryMaxSize).toBeLessThan(5);
    expect(m.memory.maxRss).toBeGreaterThan(0);
    expect(m.memory.samples.length).toBeGreaterThan(0);

    // The warm story and the plain store answered the same corpus alike, every command timed on both.
    expect(m.warmVsPlain.sameHash).toBe(true);
    expect(m.warmVsPlain.mismatches).toBe(0);
    expect(m.warmVsPlain.commands.map((c) => c.command)).toEqual(ANSWERS.map((a) => a.name));
    for (const c of m.warmVsPlain.commands) expect(c.story.count).toBe(c.plain.count);

    // A story made as a copy, an article removed and restored, each checked by its answers.
    expect(m.edits.rounds).toHaveLength(1);
    expect(m.edits.rounds[0]!.checks).toEqual({ createdAll: true, removedGone: true, restoredBack: true });
    expect(m.edits.rounds[0]!.removeLoad).toMatchObject({ fromSnapshot: false });

    expect(report.targets.map((t) => t.name)).toHaveLength(9);
    const table = formatStoriesReport(report);
    expect(table).toContain('| target | limit | measured | met |');
    expect(table).toContain('cold opens, all passes');
  }, 180_000);
});
