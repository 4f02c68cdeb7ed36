import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { finish, Memo, runSteps, slicedPause, sortSteps, type Steps } from '../../src/pipeline/steps.js';

/** A pause that always lets the event loop turn, and counts how often it did. */
function countingPause() {
  const pause = async () => {
    pause.count++;
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  pause.count = 0;
  return pause;
}

describe('slicedPause', () => {
  /** Whether the event loop turned (a setImmediate callback queued before ran) during `pause()`. */
  async function turns(pause: () => Promise<void>): Promise<boolean> {
    let turned = false;
    setImmediate(() => (turned = true));
    await pause();
    return turned;
  }

  it('lets the event loop turn at its first call, so a task started by another in the same turn does not add a slice to its last', async () => {
    const pause = slicedPause(60_000);
    expect(await turns(pause)).toBe(true);
    // Then only once its slice has run (a minute here: never within this test).
    expect(await turns(pause)).toBe(false);
    expect(await turns(pause)).toBe(false);
  });

  it('lets it turn at every call once each slice has run out', async () => {
    const pause = slicedPause(0);
    for (let i = 0; i < 3; i++) expect(await turns(pause)).toBe(true);
  });
});

describe('sortSteps', () => {
  it('orders as Array.prototype.sort does, ties kept in place, whether run at once or in slices', async () => {
    const item = fc.record({ key: fc.integer({ min: 0, max: 20 }), id: fc.nat() });
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 300 }), async (items) => {
        const byKey = (a: { key: number }, b: { key: number }) => a.key - b.key;
        const expected = [...items].sort(byKey);
        expect(finish(sortSteps([...items], byKey))).toEqual(expected);
        expect(await runSteps(sortSteps([...items], byKey), countingPause())).toEqual(expected);
      }),
    );
  });

  it('sorts in place and yields on a long array', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `w${(i * 7919) % 20_000}`);
    const expected = [...items].sort();
    const steps = sortSteps(items, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let yields = 0;
    for (let step = steps.next(); !step.done; step = steps.next()) yields++;
    expect(items).toEqual(expected);
    expect(yields).toBeGreaterThan(10);
  });
});

describe('Memo', () => {
  function* counting(log: string[], key: { n: number }): Steps<number> {
    let sum = 0;
    for (let i = 1; i <= key.n; i++) {
      log.push(`step ${i}`);
      sum += i;
      yield;
    }
    return sum;
  }

  it('builds once per key, in slices; asked for meanwhile, it finishes the build under way instead of starting over', async () => {
    const log: string[] = [];
    const memo = new Memo<{ n: number }, number>((key) => counting(log, key));
    const key = { n: 50 };
    const pause = countingPause();
    const warming = memo.warm(key, pause);
    expect(memo.has(key)).toBe(false);
    await new Promise<void>((resolve) => setImmediate(resolve));
    await new Promise<void>((resolve) => setImmediate(resolve));
    expect(log.length).toBeGreaterThan(0);
    expect(log.length).toBeLessThan(50);
    expect(memo.get(key)).toBe(1275);
    expect(memo.has(key)).toBe(true);
    expect(await warming).toBe(1275);
    // Every step ran once, whoever drove it.
    expect(log).toEqual(Array.from({ length: 50 }, (_, i) => `step ${i + 1}`));
    expect(await memo.warm(key)).toBe(1275);
    expect(memo.get(key)).toBe(1275);
    expect(log).toHaveLength(50);
  });

  it('shares one build between builds that need it', () => {
    const log: string[] = [];
    const base = new Memo<{ n: number }, number>((key) => counting(log, key));
    const doubled = new Memo<{ n: number }, number>(function* (key) {
      return 2 * (yield* base.steps(key));
    });
    const key = { n: 10 };
    expect(doubled.get(key)).toBe(110);
    expect(base.get(key)).toBe(55);
    expect(log).toHaveLength(10);
  });

  it('starts a failed build again on the next use', async () => {
    let attempts = 0;
    const memo = new Memo<object, string>(function* () {
      attempts++;
      yield;
      if (attempts === 1) throw new Error('first attempt fails');
      return 'built';
    });
    const key = {};
    await expect(memo.warm(key, countingPause())).rejects.toThrow('first attempt fails');
    expect(memo.has(key)).toBe(false);
    expect(memo.get(key)).toBe('built');
    expect(attempts).toBe(2);
  });
});
