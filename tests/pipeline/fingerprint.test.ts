import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/pipeline/fingerprint.js';

describe('the pipeline fingerprint (what makes a snapshot stale)', () => {
  it('changes with a rule file in an extractor sub-folder, and not with a file outside the stages', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'eventdesk-fp-'));
    mkdirSync(path.join(root, 'annotate', 'dates', 'locales', 'en'), { recursive: true });
    mkdirSync(path.join(root, 'bot'), { recursive: true });
    const rule = path.join(root, 'annotate', 'dates', 'locales', 'en', 'weekday.ts');
    writeFileSync(rule, 'export const a = 1;');
    const before = fingerprintOf(root);
    writeFileSync(path.join(root, 'bot', 'router.ts'), 'export const b = 2;');
    expect(fingerprintOf(root)).toBe(before);
    writeFileSync(rule, 'export const a = 2;');
    expect(fingerprintOf(root)).not.toBe(before);
  });
});
