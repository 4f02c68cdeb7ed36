import { execFileSync } from 'node:child_process';
import { writeSync } from 'node:fs';
import path from 'node:path';
import { optionsOrExit } from '../cli/commandLine.js';
import { PROJECT_ROOT, writeResult } from './entry.js';
import { parseSoakArgs, SOAK_USAGE as USAGE } from './soakOptions.js';
import { formatSoak, soakPassed, soakTargets } from './soakReport.js';
import { runSoak, soakAvailable, type SoakReport } from './soakRun.js';

/** The commit the run started from, and how many files differed from it (others edit the tree meanwhile). */
function codeUnderTest(): { commit: string; changedFiles: number } | null {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return {
      commit: git('rev-parse', '--short', 'HEAD'),
      changedFiles: git('status', '--porcelain', '--untracked-files=no').split('\n').filter(Boolean).length,
    };
  } catch {
    return null;
  }
}

async function main(): Promise<number> {
  const parsed = optionsOrExit(parseSoakArgs, USAGE);
  if ('exit' in parsed) return parsed.exit;
  const opts = parsed.options;
  if (!soakAvailable()) {
    process.stderr.write('error: the soak drives the bot through the test server of tests/e2e, which is not in this tree\n');
    return 2;
  }
  if (typeof (globalThis as { gc?: unknown }).gc !== 'function') {
    process.stderr.write('note: node was started without --expose-gc (npm run soak passes it); the soak exposes a GC at run time instead\n');
  }
  const code = codeUnderTest();
  const durationMs = Math.round(opts.minutes * 60_000);
  process.stderr.write(`soak: ${opts.minutes} min at ${opts.rate}/s; progress every 30 s on stderr\n`);
  const report: SoakReport = await runSoak({
    durationMs,
    rate: opts.rate,
    seed: opts.seed,
    users: opts.users,
    pageTtlSeconds: opts.pageTtlSec,
    ...(opts.corpusDir ? { corpusDir: opts.corpusDir } : {}),
    reloadEveryMs: opts.reloadEverySec * 1000,
    dropEveryMs: opts.dropEverySec * 1000,
    rateLimitEveryMs: opts.rateLimitEverySec * 1000,
    restartAtMs: opts.restart ? Math.round(durationMs / 2) : null,
    progress: (line) => process.stderr.write(`${line}\n`),
  });
  const targets = soakTargets(report);
  const passed = soakPassed(targets);
  const full = { ...report, code, command: `npm run soak -- ${process.argv.slice(2).join(' ')}`.trim(), targets, passed };
  const file = writeResult('soak', report.date, `${JSON.stringify(full, null, 2)}\n`);
  // Synchronous, so that all of it is out before the exit below (the bot's timers may still hold the loop).
  writeSync(1, opts.json ? `${JSON.stringify(full, null, 2)}\n` : `${formatSoak(report, targets)}\n\nWritten: ${path.relative(process.cwd(), file)}\n`);
  return passed ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`soak failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(2);
  },
);
