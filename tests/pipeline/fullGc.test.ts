import { describe, expect, it } from 'vitest';
import { gcFunction } from '../../src/pipeline/fullGc.js';

/** A weak reference to an object nothing else holds, and the object itself when `hold`. */
function weaklyHeld(hold: boolean) {
  const target = { payload: new Array<number>(10_000).fill(1) };
  return { ref: new WeakRef(target), held: hold ? target : null };
}

describe('gcFunction', () => {
  it('collects at once an object nothing holds any more (the build worker relies on it between its stages)', async () => {
    const gc = gcFunction();
    expect(gc).toBeTypeOf('function');
    const { ref } = weaklyHeld(false);
    // A WeakRef's target is kept to the end of the job that made it.
    await new Promise((resolve) => setImmediate(resolve));
    gc!();
    expect(ref.deref()).toBeUndefined();
  });

  it('leaves an object that is still held', async () => {
    const gc = gcFunction();
    const { ref, held } = weaklyHeld(true);
    await new Promise((resolve) => setImmediate(resolve));
    gc!();
    expect(ref.deref()).toBe(held);
  });
});
