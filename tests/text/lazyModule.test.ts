import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LAZY_MODULES, lazyModule, loadLazyModules } from '../../src/text/lazyModule.js';

const require = createRequire(import.meta.url);
const files = () => LAZY_MODULES.map((name) => require.resolve(name));

describe('dependencies loaded on first use', () => {
  it('are not loaded by importing the module that names them, only when asked for', () => {
    expect(files().filter((file) => require.cache[file])).toEqual([]);
    const chrono = lazyModule<{ parseDate: unknown }>('chrono-node');
    expect(require.cache[require.resolve('chrono-node')]).toBeUndefined();
    expect(typeof chrono().parseDate).toBe('function');
    expect(require.cache[require.resolve('chrono-node')]).toBeDefined();
  });

  it('are all loaded at once by loadLazyModules, which a serving process calls before it takes requests', () => {
    expect(loadLazyModules()).toBeGreaterThanOrEqual(0);
    for (const file of files()) expect(require.cache[file], file).toBeDefined();
    // What a lazy getter then returns is the module already loaded, not a second copy.
    expect(lazyModule<unknown>('compromise')()).toBe(require('compromise'));
  });
});
