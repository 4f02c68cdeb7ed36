import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** tsx's loader by absolute URL: the processes run from a temp folder, where `--import tsx` would not resolve. */
const TSX = pathToFileURL(createRequire(path.join(ROOT, 'package.json')).resolve('tsx')).href;

export interface Run {
  child: ChildProcess;
  stdout: string[];
  stderr: string[];
  exit: Promise<number | null>;
  /** Everything printed so far, both streams. */
  output(): string;
}

/** Every process started, so a suite's afterAll can kill what a failed test left running. */
export const started: ChildProcess[] = [];

export function killLeftovers(): void {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/**
 * Runs one of the project's entry points as its own process, as `npm start`
 * would, from `cwd` (where its .env, if any, is read), with only `env` and
 * PATH in its environment.
 */
export function runEntry(entry: string, env: Record<string, string>, cwd: string, args: string[] = []): Run {
  const child = spawn(process.execPath, ['--import', TSX, path.join(ROOT, entry), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, NODE_NO_WARNINGS: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const stdout: string[] = [];
  const stderr: string[] = [];
  child.stdout!.on('data', (d) => stdout.push(String(d)));
  child.stderr!.on('data', (d) => stderr.push(String(d)));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout, stderr, exit, output: () => stdout.join('') + stderr.join('') };
}
