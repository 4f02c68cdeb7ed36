/**
 * Work that grows with the corpus, written so a serving process can do it in
 * slices: a generator that yields wherever it may stop (its return value is
 * the result). The same generator is run to the end at once (`finish`) when
 * its result is needed now, or in slices between which the event loop turns
 * (`runSteps`), so one code path gives the same result either way.
 */
export type Steps<T> = Generator<void, T, void>;

/** A pause between slices of work; by default none. */
export type Pause = () => Promise<void>;

/**
 * A pause that yields to the event loop once a slice of work has run for `sliceMs`, so a live bot keeps answering.
 * Its first call yields whatever the time: work that starts as the continuation of other work in the same turn
 * (a snapshot decoded, then the corpus assembled, then the answers warmed, each with a pause of its own) would
 * otherwise run a whole slice on top of the last slice before it (40–70 ms at 100,000 passages).
 */
export function slicedPause(sliceMs = 20): Pause {
  let since: number | undefined;
  return async () => {
    if (since !== undefined && performance.now() - since < sliceMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

/** Runs the steps to the end at once. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs the steps, awaiting `pause` after each (it decides when a slice has run long enough to yield). */
export async function runSteps<T>(steps: Steps<T>, pause: Pause = slicedPause()): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause();
  }
}

/** The same steps, adding the time spent running them (not paused between them) to `spent.ms`. */
export function* timedSteps<T>(steps: Steps<T>, spent: { ms: number }): Steps<T> {
  for (;;) {
    const t0 = performance.now();
    const step = steps.next();
    spent.ms += performance.now() - t0;
    if (step.done) return step.value;
    yield;
  }
}

/** Yields once every `every` calls of `tick()`: cheap enough for an inner loop. */
export function every(n: number): () => boolean {
  let count = 0;
  return () => {
    if (++count < n) return false;
    count = 0;
    return true;
  };
}

/** Comparisons between two yields of a sort. */
const SORT_STEP = 2048;
/** Runs sorted by insertion before merging. */
const RUN = 16;

/**
 * Sorts `items` in place, as `items.sort(compare)` does (stably: equal items
 * keep their order, so the result is the same for any comparator that is a
 * consistent order), yielding every few thousand comparisons.
 */
export function* sortSteps<T>(items: T[], compare: (a: T, b: T) => number): Steps<T[]> {
  const n = items.length;
  if (n < 2) return items;
  let budget = SORT_STEP;
  // Runs of RUN items, by insertion (stable: an item moves only past greater ones).
  for (let start = 0; start < n; start += RUN) {
    const end = Math.min(start + RUN, n);
    for (let i = start + 1; i < end; i++) {
      const item = items[i]!;
      let j = i - 1;
      while (j >= start && compare(items[j]!, item) > 0) {
        items[j + 1] = items[j]!;
        j--;
        budget--;
      }
      items[j + 1] = item;
      budget--;
    }
    if (budget <= 0) {
      budget = SORT_STEP;
      yield;
    }
  }
  // Then merged pairwise, between two buffers (stable: on a tie the left item goes first).
  let from = items;
  let to = new Array<T>(n);
  for (let width = RUN; width < n; width *= 2) {
    for (let left = 0; left < n; left += 2 * width) {
      const mid = Math.min(left + width, n);
      const right = Math.min(left + 2 * width, n);
      let i = left;
      let j = mid;
      let k = left;
      while (i < mid && j < right) {
        to[k++] = compare(from[i]!, from[j]!) <= 0 ? from[i++]! : from[j++]!;
        if (--budget <= 0) {
          budget = SORT_STEP;
          yield;
        }
      }
      while (i < mid) to[k++] = from[i++]!;
      while (j < right) to[k++] = from[j++]!;
    }
    [from, to] = [to, from];
  }
  if (from !== items) for (let i = 0; i < n; i++) items[i] = from[i]!;
  return items;
}

interface Build<T> {
  /** null once finished (or failed). */
  steps: Steps<T> | null;
  value?: T;
  error?: unknown;
  running?: Promise<T>;
}

/**
 * A structure built once per key (a corpus, which is read-only), on first use
 * or ahead of it in slices. Asked for while a sliced build is under way, the
 * rest of that build runs at once: the work done so far is kept, never redone.
 */
export class Memo<K extends object, T> {
  private readonly builds = new WeakMap<K, Build<T>>();

  constructor(private readonly make: (key: K) => Steps<T>) {}

  /** The structure, built now if it is not yet (the rest of a sliced build under way, if there is one). */
  get(key: K): T {
    return finish(this.steps(key));
  }

  /** Whether the structure is built. */
  has(key: K): boolean {
    return this.builds.get(key)?.steps === null;
  }

  /** Builds the structure in slices (concurrent calls share one build); resolves once it is built. */
  warm(key: K, pause: Pause = slicedPause()): Promise<T> {
    const build = this.entry(key);
    if (!build.steps) return 'error' in build ? Promise.reject(build.error) : Promise.resolve(build.value as T);
    build.running ??= runSteps(this.steps(key), pause);
    return build.running;
  }

  /**
   * The build as steps of another build (`yield* memo.steps(corpus)` in a
   * generator): it advances the one shared build, however many drive it.
   */
  *steps(key: K): Steps<T> {
    const build = this.entry(key);
    while (build.steps) {
      this.advance(key, build);
      if (build.steps) yield;
    }
    if ('error' in build) throw build.error;
    return build.value as T;
  }

  private entry(key: K) {
    let build = this.builds.get(key);
    if (!build) this.builds.set(key, (build = { steps: this.make(key) }));
    return build;
  }

  private advance(key: K, build: Build<T>): void {
    try {
      const step = build.steps!.next();
      if (step.done) {
        build.value = step.value;
        build.steps = null;
      }
    } catch (err) {
      // A failed build is started again on the next use.
      this.builds.delete(key);
      build.steps = null;
      build.error = err;
      throw err;
    }
  }
}
