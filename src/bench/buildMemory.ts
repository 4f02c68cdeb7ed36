/**
 * Only the bench's "peak RSS while building" row, run several times: the corpus generated once (as `npm run bench`
 * generates gen-<size>), then `child.ts build` in a fresh process on a compiled copy of the code, with the CPU profiler
 * on as the bench's largest corpus has it (`--no-profile` to leave it off). With `--against <checkout>` (another
 * worktree, main's for instance) that checkout's code is compiled too and the two builds alternate, this checkout's
 * first, so that a busy machine's moments fall on both. Prints each run and the medians; docs/benchmark.md.
 */
import { rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { optionsOrExit } from '../cli/commandLine.js';
import { DEFAULT_CORPUS_DIR } from '../pipeline/loadCorpus.js';
import { PROJECT_ROOT } from './entry.js';
import { BUILD_MEMORY_USAGE, parseBuildMemoryArgs } from './buildMemoryOptions.js';
import { generateCorpus, readSeedMaterial } from './generate.js';
import { freezeCode, runChild, type FrozenCode } from './spawn.js';
import { median } from './stats.js';

interface BuildRun {
  peakRssMB: number;
  heapAfterMB: number;
  totalMs: number;
  load: string;
}

/** MiB, as the bench's table gives them. */
const toMB = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

async function buildOnce(code: FrozenCode, corpusDir: string, workDir: string, label: string, run: number, profile: boolean): Promise<BuildRun> {
  const cacheDir = path.join(workDir, `cache-${label}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const profileDir = path.join(workDir, `profile-${label}-${run}`);
  const before = loadavg()[0]!.toFixed(1);
  const { result } = await runChild<{ fromSnapshot: boolean; totalMs: number; memory: { heapUsed: number; maxRss: number } }>(
    code,
    'build',
    [corpusDir, cacheDir],
    profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
  );
  rmSync(profileDir, { recursive: true, force: true });
  if (result.fromSnapshot) throw new Error('expected a fresh build, got a snapshot');
  return {
    peakRssMB: toMB(result.memory.maxRss),
    heapAfterMB: toMB(result.memory.heapUsed),
    totalMs: result.totalMs,
    load: `${before}–${loadavg()[0]!.toFixed(1)}`,
  };
}

function summary(label: string, runs: BuildRun[]): string {
  const rss = runs.map((r) => r.peakRssMB);
  return `${label}: peak RSS median ${median(rss)} MB (${Math.min(...rss)}–${Math.max(...rss)}, ${runs.length} runs)`;
}

async function main(): Promise<void> {
  const parsed = optionsOrExit(parseBuildMemoryArgs, BUILD_MEMORY_USAGE);
  if ('exit' in parsed) {
    process.exitCode = parsed.exit;
    return;
  }
  const opts = parsed.options;
  const workDir = path.join(tmpdir(), `eventdesk-build-memory-${process.pid}`);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  try {
    log('compiling a frozen copy of the code…');
    const labels = opts.against ? ['this', 'against'] : ['this'];
    const codes = labels.map((label) => freezeCode(path.join(workDir, label), label === 'this' ? PROJECT_ROOT : opts.against!));
    const corpusDir = path.join(workDir, `gen-${opts.size}`);
    log(`generating about ${opts.size} passages…`);
    const generated = generateCorpus(await readSeedMaterial(DEFAULT_CORPUS_DIR), corpusDir, { targetPassages: opts.size, seed: opts.seed });
    log(`${generated.articles} articles`);
    const runs: BuildRun[][] = labels.map(() => []);
    for (let run = 1; run <= opts.runs; run++)
      for (const [i, label] of labels.entries()) {
        const r = await buildOnce(codes[i]!, corpusDir, workDir, label, run, opts.profile);
        runs[i]!.push(r);
        process.stdout.write(
          `run ${run} ${label === 'this' ? 'this checkout' : opts.against}: peak RSS ${r.peakRssMB} MB, heap after ${r.heapAfterMB} MB, ${(r.totalMs / 1000).toFixed(1)} s, load ${r.load}\n`,
        );
      }
    for (const [i, label] of labels.entries()) process.stdout.write(`${summary(label === 'this' ? 'this checkout' : opts.against!, runs[i]!)}\n`);
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`build-memory failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
