import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { optionsOrExit } from '../cli/commandLine.js';
import { PROJECT_ROOT, writeResult } from './entry.js';
import { loadSettings } from '../config/settings.js';
import { formatStoriesReport } from './storiesReport.js';
import { runStoriesBench, type StoriesOptions } from './storiesRun.js';

export const STORIES_USAGE = `usage: npm run bench:stories -- [--stories 1000] [--passages 1000] [--budget-mb N] [--edit-passages 10000]
  [--edit-rounds 3] [--passes 2] [--queries 300] [--seed N] [--gc-every 100] [--build-processes N] [--tsx]
  [--keep] [--work DIR]
Many stories in one bot-like process: cold first answers (from snapshots built beforehand), a warm
story against a plain CorpusStore of the same corpus, RSS and heap against the memory budget
(default EVENTDESK_MEMORY_MB, 1024), and creating a story, removing and restoring an article on a
story of --edit-passages. Writes bench-results/stories-<date>.json. --work DIR keeps the stories,
the compiled code and the snapshots there, and a later run with the same sizes measures again on
them instead of building them again (--budget-mb, --passes, --queries, --edit-rounds may differ).`;

type ParsedOptions = Omit<StoriesOptions, 'workDir' | 'log' | 'seedDir'> & { workDir?: string };

function defaultBudgetBytes(): number {
  try {
    return loadSettings().memoryBudgetBytes;
  } catch {
    return 1024 * 1024 * 1024;
  }
}

export function parseStoriesArgs(argv: string[]): ParsedOptions {
  const opts: ParsedOptions = {
    stories: 1000,
    passages: 1000,
    budgetBytes: defaultBudgetBytes(),
    editPassages: 10_000,
    editRounds: 3,
    passes: 2,
    queries: 300,
    seed: 20200124,
    gcEvery: 100,
    runtime: 'node',
    buildProcesses: Math.max(1, Math.min(availableParallelism(), 4)),
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const number = (min: number, whole = true) => {
      const n = Number(value);
      if (value === undefined || !Number.isFinite(n) || (whole && !Number.isInteger(n)) || n < min) {
        throw new Error(`${flag} must be a ${whole ? 'whole ' : ''}number of at least ${min}`);
      }
      i++;
      return n;
    };
    if (flag === '--stories') opts.stories = number(1);
    else if (flag === '--passages') opts.passages = number(20);
    // Fractions are allowed so a tiny run can still make the library evict.
    else if (flag === '--budget-mb') opts.budgetBytes = Math.round(number(0.01, false) * 1024 * 1024);
    else if (flag === '--edit-passages') opts.editPassages = number(20);
    else if (flag === '--edit-rounds') opts.editRounds = number(0);
    else if (flag === '--passes') opts.passes = number(1);
    else if (flag === '--queries') opts.queries = number(10);
    else if (flag === '--seed') opts.seed = number(0);
    else if (flag === '--gc-every') opts.gcEvery = number(1);
    else if (flag === '--build-processes') opts.buildProcesses = number(1);
    else if (flag === '--tsx') opts.runtime = 'tsx';
    else if (flag === '--keep') opts.keep = true;
    else if (flag === '--work') {
      if (!value || value.startsWith('--')) throw new Error('--work needs a folder');
      opts.workDir = path.resolve(value);
      opts.keep = true;
      opts.reuse = true;
      i++;
    } else throw new Error(`unknown option ${flag}`);
  }
  return opts;
}

async function main(): Promise<void> {
  const parsed = optionsOrExit((argv) => (argv.includes('--help') || argv.includes('-h') ? 'help' : parseStoriesArgs(argv)), STORIES_USAGE);
  if ('exit' in parsed) {
    process.exitCode = parsed.exit;
    return;
  }
  const opts = parsed.options;
  const workDir = opts.workDir ?? path.join(tmpdir(), `eventdesk-stories-bench-${process.pid}`);
  const report = await runStoriesBench({ ...opts, workDir, log: (line) => process.stderr.write(`${line}\n`) });
  const file = writeResult('stories', report.date, JSON.stringify(report, null, 2));
  process.stdout.write(`${formatStoriesReport(report)}\n\n(${Math.round(report.wallMs / 1000)} s; JSON in ${path.relative(PROJECT_ROOT, file)})\n`);
}

// Run as a script (npm run bench:stories), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((err: unknown) => {
    process.stderr.write(`stories bench failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  });
}
