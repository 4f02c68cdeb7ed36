import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from '../text/memo.js';

/** The stages whose code decides what a snapshot holds. */
const STAGES = ['corpus', 'passages', 'annotate', 'search', 'text', 'pipeline'];

/**
 * A hash of the pipeline's own code, so a snapshot written by older code is
 * never mistaken for a current one. Works from src/ (tsx) and dist/src/ alike.
 * Read once: the code does not change under a running process.
 */
export const pipelineFingerprint = once(() => fingerprintOf(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')));

/** The hash of the stages' code below `srcRoot`. */
export function fingerprintOf(srcRoot: string): string {
  const hash = createHash('sha256');
  for (const stage of STAGES) {
    let names: string[];
    try {
      // Every file below the stage, sub-folders included (an extractor is a folder of rules).
      names = (readdirSync(path.join(srcRoot, stage), { recursive: true }) as string[])
        .filter((n) => /\.(ts|js)$/.test(n))
        .map((n) => n.split(path.sep).join('/'))
        .sort();
    } catch {
      continue;
    }
    for (const name of names) hash.update(`${stage}/${name}\0`).update(readFileSync(path.join(srcRoot, stage, name)));
  }
  return hash.digest('hex').slice(0, 16);
}
