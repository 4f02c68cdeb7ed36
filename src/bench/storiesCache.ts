import { linkSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { isSnapshotFile } from '../pipeline/snapshot.js';

/** The snapshots under a cache folder, the stories' folders in it included. */
export function countSnapshots(cacheDir: string): number {
  let n = 0;
  for (const e of readdirSync(cacheDir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countSnapshots(path.join(cacheDir, e.name));
    else if (isSnapshotFile(e.name)) n++;
  }
  return n;
}

/** A copy of a folder tree made of hard links (the snapshots are never written in place: a write is a rename). */
export function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const e of readdirSync(from, { withFileTypes: true })) {
    if (e.isDirectory()) linkTree(path.join(from, e.name), path.join(to, e.name));
    else linkSync(path.join(from, e.name), path.join(to, e.name));
  }
}
