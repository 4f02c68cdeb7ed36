/**
 * Remembering pure work, the one way the code does it. What these hold is not state: the same argument
 * always gives the same result, so no answer depends on what they hold, only how fast it comes.
 */

/** A value made on first use (a library's model, a table built from Intl), then kept. */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * A pure function of a string (a word's stem, its tags), remembered for up to `limit` strings; past that
 * the memory is emptied and fills again, so a long-running process holds a bounded amount.
 */
export function memoize<T>(compute: (key: string) => T, limit = 200_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value as T;
  };
}
