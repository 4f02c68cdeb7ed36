import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseBuildMemoryArgs } from '../../src/bench/buildMemoryOptions.js';

describe('bench:build-memory options', () => {
  it('defaults to the bench largest corpus, five runs, the profiler on, no other checkout', () => {
    expect(parseBuildMemoryArgs([])).toEqual({ size: 100_000, runs: 5, against: null, profile: true, seed: 20200124 });
  });

  it('reads a size, a run count, a checkout to alternate with (made absolute) and the profiler off', () => {
    expect(parseBuildMemoryArgs(['--size', '2000', '--runs', '3', '--against', '../main', '--no-profile', '--seed', '7'])).toEqual({
      size: 2000,
      runs: 3,
      against: path.resolve('../main'),
      profile: false,
      seed: 7,
    });
    expect(parseBuildMemoryArgs(['-h'])).toBe('help');
  });

  it.each([[['--runs', '0']], [['--size', 'big']], [['--against']], [['--forever']]])('refuses %j', (argv) => {
    expect(() => parseBuildMemoryArgs(argv)).toThrow();
  });
});
