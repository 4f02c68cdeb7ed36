import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The stages whose code decides what a snapshot holds. */
const STAGES = ['corpus', 'passages', 'annotate', 'search', 'text', 'pipeline'];

let cached: string | undefined;

/**
 * A hash of the pipeline's own code, so a snapshot written by older code is
 * never mistaken for a current one. Works from src/ (tsx) and dist/src/ alike.
 */
export function pipelineFingerprint(): string {
  if (cached) return cached;
  const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const hash = createHash('sha256');
  for (const stage of STAGES) {
    const dir = path.join(srcRoot, stage);
    let names: string[];
    try {
      names = readdirSync(dir).filter((n) => /\.(ts|js)$/.test(n)).sort();
    } catch {
      continue;
    }
    for (const name of names) hash.update(`${stage}/${name}\0`).update(readFileSync(path.join(dir, name)));
  }
  cached = hash.digest('hex').slice(0, 16);
  return cached;
}
