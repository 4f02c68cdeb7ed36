import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config/paths.js';
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

  it('are not loaded by importing the answers, as a bot starting from a snapshot does (--explain names the rules, not their parsers)', () => {
    const script = [
      `import { createRequire } from 'node:module';`,
      `await import(${JSON.stringify(path.join(PROJECT_ROOT, 'src/answers/registry.ts'))});`,
      `const require = createRequire(import.meta.url);`,
      `const loaded = ${JSON.stringify(LAZY_MODULES)}.filter((name) => require.cache[require.resolve(name)]);`,
      `process.stdout.write(JSON.stringify(loaded));`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual([]);
  }, 60_000);
});
