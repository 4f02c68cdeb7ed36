import { createRequire } from 'node:module';
import { once } from './memo.js';

const require = createRequire(import.meta.url);

/**
 * A dependency loaded on first use instead of at import: compromise (~0.3 s)
 * and chrono-node (~0.1 s) are needed by few answers, and a cold start that
 * only loads a snapshot and answers /search should not pay for them.
 */
export function lazyModule<T>(name: string): () => T {
  return once(() => require(name) as T);
}
