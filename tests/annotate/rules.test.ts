import { describe, expect, it } from 'vitest';
import type { RuleRegistry } from '../../src/annotate/core/rules.js';
import { CROWD_RULES } from '../../src/annotate/crowd/index.js';
import { DATE_RULES } from '../../src/annotate/dates/index.js';
import { NAME_RULES } from '../../src/annotate/names/index.js';

const REGISTRIES: RuleRegistry[] = [DATE_RULES, CROWD_RULES, NAME_RULES];

describe.each(REGISTRIES.map((r) => [r.extractor, r] as const))('the rules of the %s extractor', (_extractor, registry) => {
  it('each have a kebab-case name of their own and a reason of one sentence', () => {
    expect(registry.names().length).toBeGreaterThan(0);
    for (const rule of registry.all()) {
      expect(rule.name).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(rule.reason, rule.name).toMatch(/^[A-Z"“].*[.]$/);
      expect(
        rule.reason
          .replace(/\b(?:e\.g|i\.e|etc|Mr|Dr|St|Jan|Feb|Dec|U\.S)\./g, '')
          .replace(/"[^"]*"|\([^)]*\)/g, '')
          .split(/[.!?](?:\s|$)/)
          .filter(Boolean),
        rule.name,
      ).toHaveLength(1);
      expect(registry.get(rule.name)).toBe(rule);
    }
  });
});

describe('a rule registry', () => {
  it('refuses two rules of one name', async () => {
    const { RuleRegistry } = await import('../../src/annotate/core/rules.js');
    expect(
      () =>
        new RuleRegistry('x', [
          { name: 'a', reason: 'A.' },
          { name: 'a', reason: 'B.' },
        ]),
    ).toThrow(/two rules are named "a"/);
  });
});
