import { describe, expect, it } from 'vitest';
import { parseSoakArgs } from '../../src/bench/soakOptions.js';
import { soakPassed, soakTargets } from '../../src/bench/soakReport.js';
import { runSoak, type SoakReport } from '../../src/bench/soakRun.js';

/**
 * `npm run soak`, shortened: the real bot under the test server for 25 s at 10 interactions a second
 * (commands, autocompletes, page buttons), through a corpus reload each way, a gateway cut and a
 * close (each resumed), 429s on the callback and on a deferred reply's edit, one global 429, and a
 * restart. Every interaction must get its initial response within 3 s and its answer, and nothing
 * may go unhandled. The disturbances are counted, so that the run proves it met them.
 */
describe('the soak, shortened', () => {
  it('answers everything through reloads, drops, 429s and a restart, with no unhandled rejection', { timeout: 180_000 }, async () => {
    const report: SoakReport = await runSoak({
      durationMs: 25_000,
      rate: 10,
      users: 100,
      reloadEveryMs: 14_000, // an article written at 7 s, removed at 21 s
      dropEveryMs: 10_000, // cut at 10 s, closed with 4000 at 20 s
      rateLimitEveryMs: 8_000, // 429 on a callback at 6 s and 22 s, on the edit of a deferred reply at 14 s
      globalRateLimitAtMs: 3_000,
      restartAtMs: 15_000,
      answerTimeoutMs: 20_000,
      // Buttons outlive what the server keeps of a finished answer: the answers whose buttons the bot will
      // still disable (page turns or "Why?") must be kept, or the disabling edit meets a 404.
      pageTtlSeconds: 8,
      serverMemoryMs: 4_000,
    });
    const summary = JSON.stringify({ ...report, heap: { ...report.heap, trend: undefined } }, null, 1);

    // Traffic: close to the asked rate (a loaded machine catches up in bursts), of every kind.
    expect(report.sent, summary).toBeGreaterThan(180);
    expect(report.sentByKind.command).toBeGreaterThan(50);
    expect(report.sentByKind.autocomplete).toBeGreaterThan(20);
    expect(report.sentByKind.button).toBeGreaterThan(5);

    // The targets: all answered in time, nothing unhandled.
    expect(report.unanswered, summary).toMatchObject({ server: 0, timed: 0, total: 0 });
    expect(report.unfinished.count, summary).toBe(0);
    expect(report.answered, summary).toBe(report.sent);
    expect(report.process, summary).toEqual({ unhandledRejections: 0, uncaughtExceptions: 0, samples: [] });
    expect(report.dispatchErrors).toBe(0);
    expect(report.cooldownAnswers, 'one member never asks fast enough to be told to slow down').toBe(0);
    expect(report.httpErrors, summary).toEqual([]);
    expect(report.fake).toEqual({ problems: 0, unknownRoutes: 0 });
    expect(report.ack.count).toBe(report.sent);

    // Every kind of disturbance happened.
    const d = report.disturbances;
    expect(d.reloads, summary).toMatchObject({ writes: 1, removes: 1 });
    expect(d.reloads.observed, summary).toBeGreaterThanOrEqual(2);
    expect(d.reloads, 'each change seen in the answers (/search finds the article, then no longer)').toMatchObject({ served: 2, stale: 0 });
    expect(d.pinnedSummaryRefreshes, 'the pinned summary follows each reload').toBeGreaterThanOrEqual(1);
    expect(d.drops.dropped, summary).toBe(2);
    expect(d.drops.resumed, summary).toBe(2);
    expect(d.rateLimits.planned + d.rateLimits.plannedGlobal).toBe(4);
    expect(d.rateLimits.observedRoute429, summary).toBeGreaterThanOrEqual(2);
    expect(d.rateLimits.observedGlobal429, summary).toBe(1);
    expect(d.restart.done, summary).toBe(1);
    expect(d.restart.identifies, 'the new bot identified afresh').toBe(1);

    // What the CLI would judge: the heap is not judged on a run this short.
    const targets = soakTargets(report);
    expect(targets.find((t) => t.name.startsWith('heap'))?.judged).toBe(false);
    expect(soakPassed(targets), summary).toBe(true);
    expect(report.heap.forcedGc).toBe(true);
    expect(report.heap.firstMB).toBeGreaterThan(0);
  });
});

describe('npm run soak options', () => {
  it('reads --minutes (fractions), --rate and --json, and refuses what it does not know', () => {
    expect(parseSoakArgs(['--minutes', '0.5', '--rate', '12', '--json'])).toMatchObject({ minutes: 0.5, rate: 12, json: true, restart: true });
    expect(parseSoakArgs([])).toMatchObject({ minutes: 20, rate: 20, json: false });
    expect(parseSoakArgs(['--no-restart'])).toMatchObject({ restart: false });
    expect(parseSoakArgs(['--help'])).toBe('help');
    expect(() => parseSoakArgs(['--minutes'])).toThrow(/--minutes/);
    expect(() => parseSoakArgs(['--rate', 'fast'])).toThrow(/--rate/);
    expect(() => parseSoakArgs(['--forever'])).toThrow(/unknown option/);
  });
});
