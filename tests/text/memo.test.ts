import { describe, expect, it } from 'vitest';
import { memoize, once } from '../../src/text/memo.js';

/** A pure function of a string that counts how often it is really called. */
function counted<T>(compute: (key: string) => T) {
  const calls: string[] = [];
  return { calls, fn: (key: string) => (calls.push(key), compute(key)) };
}

describe('memoize', () => {
  it('computes each string once, remembering null and undefined results too', () => {
    const { calls, fn } = counted((key) => (key === 'none' ? undefined : key === 'null' ? null : key.length));
    const memo = memoize(fn);
    expect([memo('abc'), memo('abc'), memo('none'), memo('none'), memo('null'), memo('null')]).toEqual([3, 3, undefined, undefined, null, null]);
    expect(calls).toEqual(['abc', 'none', 'null']);
  });

  it('holds at most `limit` strings: past it, what it held is computed again', () => {
    const { calls, fn } = counted((key) => key.toUpperCase());
    const memo = memoize(fn, 2);
    for (const key of ['a', 'b', 'a', 'c', 'a']) memo(key);
    // 'c' empties the memory of 'a' and 'b'; 'a' is computed again after it.
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });

  it('with a limit of one it remembers the last string only', () => {
    const { calls, fn } = counted((key) => key.length);
    const memo = memoize(fn, 1);
    for (const key of ['x', 'x', 'yy', 'x']) memo(key);
    expect(calls).toEqual(['x', 'yy', 'x']);
  });
});

describe('once', () => {
  it('makes the value on first use, not before, and then keeps it (undefined included)', () => {
    let made = 0;
    const value = once(() => {
      made++;
      return undefined;
    });
    expect(made).toBe(0);
    expect([value(), value()]).toEqual([undefined, undefined]);
    expect(made).toBe(1);
  });
});
