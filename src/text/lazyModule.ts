import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The dependencies loaded on first use instead of at import: compromise
 * (0.15–0.3 s) and chrono-node (~0.1 s) are needed by few answers, and a cold
 * start that only loads a snapshot and answers /search should not pay for them.
 */
export const LAZY_MODULES = ['compromise', 'chrono-node'] as const;

export type LazyModuleName = (typeof LAZY_MODULES)[number];

/** A dependency of LAZY_MODULES, loaded when the function is first called. */
export function lazyModule<T>(name: LazyModuleName): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(name) as T);
}

/**
 * Loads every dependency of LAZY_MODULES now. A process that will serve
 * requests calls it before it takes any: each load is one synchronous
 * `require` that would otherwise hold the event loop in the first reply, or
 * the first pinned-summary refresh after a reload, that needs it (compromise's
 * lexicon, read by the names of /who and /summary, stalled that refresh
 * 160–240 ms). Returns how long it took (ms).
 */
export function loadLazyModules(): number {
  const started = performance.now();
  for (const name of LAZY_MODULES) require(name);
  return performance.now() - started;
}
