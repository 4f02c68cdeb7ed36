import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGISTRIES } from '../../src/explain/explanation.js';
import { findAnswer, runAnswer } from '../../src/answers/registry.js';
import { renderTerminal } from '../../src/render/terminal/index.js';
import { PROJECT_ROOT, SEED_DIR, seedCorpus, tempDir } from '../support/corpus.js';

/**
 * The checks of issue #15 on the bundled reports, through the command line as a user runs it:
 * `npm run ask -- <command> --explain --json` gives every date, claim and name a non-empty `explain`
 * list of rules the registries hold, each with its words; without --explain there is no such field.
 */

const RULE_NAMES = new Set(REGISTRIES.flatMap((r) => r.names()));
const cacheDir = tempDir();

function ask(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/main.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, EVENTDESK_CACHE_DIR: cacheDir, EVENTDESK_CORPUS_DIR: SEED_DIR },
  });
}

function askJson(...args: string[]): any {
  const out = ask(...args, '--json');
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout);
}

type Explained = { explain?: Array<{ rule: string; text: string }> };

/** Each item has a non-empty explain list, each entry a registered rule with its words; returns the rules seen. */
function expectExplained(items: Explained[], what: string): Set<string> {
  expect(items.length, `some ${what}`).toBeGreaterThan(0);
  const seen = new Set<string>();
  for (const item of items) {
    expect(item.explain?.length, `${what}: ${JSON.stringify(item).slice(0, 200)}`).toBeGreaterThan(0);
    for (const e of item.explain!) {
      expect(Object.keys(e).sort()).toEqual(['rule', 'text']);
      expect(RULE_NAMES, `${what}: ${e.rule}`).toContain(e.rule);
      expect(e.text.length, `${what}: ${e.rule}`).toBeGreaterThan(10);
      seen.add(e.rule);
    }
  }
  return seen;
}

const hasExplain = (json: string) => /"explain"/.test(json);

describe('--explain on the bundled reports', { timeout: 120_000 }, () => {
  it('timeline --explain --json: every date says the rules that dated it', () => {
    const answer = askJson('timeline', '--explain', '--limit', '100');
    const rules = expectExplained(answer.entries, 'timeline entries');
    expect(rules).toContain('calendar-date');
    // The words are of this date: its phrase and the day it came to.
    for (const entry of answer.entries) expect(entry.explain.some((e: { text: string }) => e.text.includes(entry.date.slice(0, 4)))).toBe(true);
  });

  it('crowd-size --explain --json: every gathering and every claim (forecasts too) says its rules', () => {
    const answer = askJson('crowd-size', '--explain');
    const gatherings = [...answer.events, ...answer.forecastOnly];
    const eventRules = expectExplained(gatherings, 'gatherings');
    const claims = gatherings.flatMap((e: { claims?: Explained[]; forecasts?: Explained[] }) => [...(e.claims ?? []), ...(e.forecasts ?? [])]);
    const claimRules = expectExplained(claims, 'claims');
    expect([...eventRules].some((r) => r.endsWith('-day'))).toBe(true);
    expect(claimRules.has('people-noun') || claimRules.has('gathering-noun-before')).toBe(true);
    // A claim someone gave says which rule named them.
    const given = claims.filter((c: Explained & { claimant?: string | null }) => c.claimant);
    expect(given.length).toBeGreaterThan(0);
    for (const c of given as Array<Explained & { claimant: string }>) expect(c.explain!.some((e) => e.text.includes(c.claimant))).toBe(true);
  });

  it('who "Sadr" --explain --json: the name, each of its spellings and roles say their rules', () => {
    const answer = askJson('who', 'Sadr', '--explain');
    expect(answer.match).toBe('found');
    const rules = expectExplained([answer.entity], 'the entity');
    expect(rules).toContain('capitalised-run');
    for (const alias of answer.entity.aliases)
      expect(
        answer.entity.explain.some((e: { text: string }) => e.text.startsWith(`'${alias}'`)),
        alias,
      ).toBe(true);
    for (const role of answer.entity.roles)
      expect(
        answer.entity.explain.some((e: { text: string }) => e.text.includes(`'${role.text}'`)),
        role.text,
      ).toBe(true);
  });

  it('who --explain and summary --explain: every name listed, every happening, gathering and claim of the digest', () => {
    expectExplained(askJson('who', '--explain').entities, 'listed names');
    const summary = askJson('summary', '--explain');
    expectExplained(summary.happenings, 'happenings');
    expectExplained(summary.crowd, 'gatherings');
    expectExplained(
      summary.crowd.flatMap((e: { claims: Explained[] }) => e.claims),
      'claims',
    );
    expectExplained(summary.people, 'people');
  });

  it('without --explain there is no explain field anywhere (the answers stay as pinned), and the terminal prints each rule under its item', async () => {
    const corpus = await seedCorpus();
    for (const [name, raw] of [
      ['timeline', {}],
      ['crowd-size', {}],
      ['who', { name: 'Sadr' }],
      ['who', {}],
      ['summary', {}],
    ] as const) {
      const plain = runAnswer(findAnswer(name)!, corpus, raw);
      expect(plain.ok && hasExplain(JSON.stringify(plain.value)), name).toBe(false);
      const explained = runAnswer(findAnswer(name)!, corpus, { ...raw, explain: true });
      expect(explained.ok && hasExplain(JSON.stringify(explained.value)), name).toBe(true);
      if (explained.ok) expect(renderTerminal(explained.value), name).toMatch(/^ +why · [a-z-]+: \S/m);
      if (plain.ok) expect(renderTerminal(plain.value), name).not.toMatch(/why · /);
    }
  });
});
