import { createHash } from 'node:crypto';
import type { ArticleFile } from '../corpus/readArticles.js';
import { pipelineFingerprint } from './fingerprint.js';
import type { Steps } from './steps.js';

/** One file's part of the corpus's identity: its name, size and a digest of its bytes. */
export interface FileDigest {
  name: string;
  size: number;
  digest: string;
}

export function fileDigest(file: ArticleFile): FileDigest {
  return { name: file.name, size: file.bytes.byteLength, digest: createHash('sha256').update(file.bytes).digest('hex') };
}

/**
 * At 100,000 passages the files are some 15 MB to hash: a serving process hashes them in slices. Each file
 * counts by a digest of its own, so that a corpus updated in place (delta.ts) hashes again only the files
 * that changed, from the digests of the others it remembers (`digests` receives them, in the files' order).
 */
export function* corpusHashSteps(files: ArticleFile[], digests: FileDigest[] = []): Steps<string> {
  for (const f of files) {
    digests.push(fileDigest(f));
    yield;
  }
  return hashOfDigests(digests);
}

/** The hash from each file's digest, in the files' order (by name, as they are listed). */
export function hashOfDigests(digests: FileDigest[]): string {
  const hash = createHash('sha256').update(pipelineFingerprint());
  for (const d of digests) hash.update(`\0${d.name}\0${d.size}\0${d.digest}`);
  return hash.digest('hex').slice(0, 24);
}
