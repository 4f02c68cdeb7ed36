import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout the benchmark runs from. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Writes a run's report as bench-results/<kind>-<date>.json (the date made safe for a file name); returns the file. */
export function writeResult(kind: string, date: string, json: string): string {
  const outDir = path.join(PROJECT_ROOT, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, `${kind}-${date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  return file;
}
