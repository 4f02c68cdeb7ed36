import { createHash } from 'node:crypto';
import type { ArticleFile } from '../corpus/readArticles.js';
import { pipelineFingerprint } from './fingerprint.js';
import { finish, type Steps } from './steps.js';

/** The corpus's identity: its files' names and bytes, and the pipeline's code (a code change is a new corpus). */
export function corpusHash(files: ArticleFile[]): string {
  return finish(corpusHashSteps(files));
}

/** At 100,000 passages the files are some 15 MB to hash: a serving process hashes them in slices. */
export function* corpusHashSteps(files: ArticleFile[]): Steps<string> {
  const hash = createHash('sha256').update(pipelineFingerprint());
  for (const f of files) {
    hash.update(`\0${f.name}\0${f.bytes.byteLength}\0`).update(f.bytes);
    yield;
  }
  return hash.digest('hex').slice(0, 24);
}
