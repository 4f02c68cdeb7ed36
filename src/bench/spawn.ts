import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const RESULT_PREFIX = 'BENCH-RESULT ';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(HERE, '..', '..');

/**
 * A frozen copy of src/ for the whole run. The snapshot key includes a hash of
 * the pipeline's code, so in a working tree that others are editing, a child
 * running the live code could miss the snapshot its sibling just built; and
 * every corpus should be measured with the same code. `from` is the checkout
 * copied (another worktree, for an A/B of the build's memory); its node_modules
 * are this checkout's.
 */
export interface FrozenCode {
  root: string;
  /** Compiled with tsc, as `npm start` runs the bot (node dist/...); tsx when compiling failed. */
  runtime: 'node' | 'tsx';
}

export function freezeCode(workDir: string, from = PROJECT_ROOT): FrozenCode {
  const root = path.join(workDir, 'code');
  mkdirSync(root, { recursive: true });
  // commands/ too: the reload cycle refreshes pinned summaries as /summary makes them.
  for (const dir of ['src', 'commands']) cpSync(path.join(from, dir), path.join(root, dir), { recursive: true });
  for (const file of ['package.json', 'tsconfig.json']) cpSync(path.join(from, file), path.join(root, file));
  symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  // tsc emits even when someone's work in progress does not type-check; only a missing file counts.
  spawnSync(
    process.execPath,
    [path.join(PROJECT_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json', '--outDir', 'dist', '--sourceMap', 'false'],
    {
      cwd: root,
      stdio: 'ignore',
    },
  );
  return { root, runtime: existsSync(compiledChild(root)) ? 'node' : 'tsx' };
}

const compiledChild = (root: string) => path.join(root, 'dist', 'src', 'bench', 'child.js');

export interface ChildRun<T> {
  result: T;
  /** From spawning the process to its result line: node start-up and module loading included. */
  wallMs: number;
}

/**
 * Runs one measurement in a fresh node process, on the frozen code.
 * `nodeArgs` adds flags such as --cpu-prof for a profile of that run.
 */
export function runChild<T>(code: FrozenCode, mode: string, args: string[], nodeArgs: string[] = []): Promise<ChildRun<T>> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const entry = code.runtime === 'node' ? [compiledChild(code.root)] : ['--import', 'tsx', path.join(code.root, 'src', 'bench', 'child.ts')];
    const child = spawn(process.execPath, ['--expose-gc', ...nodeArgs, ...entry, mode, ...args], {
      cwd: code.root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let result: { value: T; at: number } | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!result) {
        const line = stdout.split('\n').find((l) => l.startsWith(RESULT_PREFIX) && stdout.includes(`${l}\n`));
        if (line) result = { value: JSON.parse(line.slice(RESULT_PREFIX.length)) as T, at: performance.now() };
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (result && code === 0) resolve({ result: result.value, wallMs: result.at - t0 });
      else reject(new Error(`bench ${mode} exited with ${code}: ${stderr.trim().split('\n').slice(-5).join('\n')}`));
    });
  });
}
