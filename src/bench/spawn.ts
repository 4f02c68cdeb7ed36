import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

export const RESULT_PREFIX = 'BENCH-RESULT ';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(HERE, '..', '..');
const CHILD = path.join(HERE, 'child.ts');

export interface ChildRun<T> {
  result: T;
  /** From spawning the process to its result line: node start-up and module loading included. */
  wallMs: number;
}

/**
 * Runs one measurement in a fresh node process (tsx, as `npm run ask` runs).
 * `nodeArgs` adds flags such as --cpu-prof for a profile of that run.
 */
export function runChild<T>(mode: string, args: string[], nodeArgs: string[] = []): Promise<ChildRun<T>> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--expose-gc', ...nodeArgs, '--import', 'tsx', CHILD, mode, ...args], {
      cwd: PROJECT_ROOT,
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
