import { loadavg } from 'node:os';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../pipeline/loadCorpus.js';
import { generateCorpus, readSeedMaterial } from './generate.js';
import type { CorpusReport } from './reportTypes.js';
import { freezeCode, runChild } from './spawn.js';
import { median } from './stats.js';

/**
 * `npm run bench -- --edits-only`: the edit rounds alone (one article added to and removed from each
 * generated corpus, until answerable), without the rest of the bench, with each timed update's parts
 * (stages) summed up: what to run when working on the update path.
 */
export interface EditRoundsReport {
  date: string;
  settings: { sizes: number[]; edits: number; exactRounds: number; seed: number };
  /** The machine's load average (1, 5, 15 min) before and after: wall times on a shared machine wait for a core. */
  load: { before: number[]; after: number[] };
  corpora: Array<{ name: string; edits: NonNullable<CorpusReport['edits']> }>;
}

export interface EditRoundsOptions {
  sizes: number[];
  edits: number;
  /** Rounds whose addition is followed by the exact build, timed (the first reconciliation also starts the store's worker). */
  exactRounds: number;
  seed: number;
  workDir: string;
  seedDir?: string;
  keep?: boolean;
  log?: (line: string) => void;
}

export async function runEditRounds(options: EditRoundsOptions): Promise<EditRoundsReport> {
  const log = options.log ?? (() => undefined);
  const before = loadavg();
  const corpora: EditRoundsReport['corpora'] = [];
  try {
    log('compiling a frozen copy of the code…');
    const code = freezeCode(options.workDir);
    const seed = await readSeedMaterial(options.seedDir ?? DEFAULT_CORPUS_DIR);
    for (const size of options.sizes) {
      const name = `gen-${size}`;
      const dir = path.join(options.workDir, name);
      log(`[${name}] generating about ${size} passages…`);
      generateCorpus(seed, dir, { targetPassages: size, seed: options.seed });
      log(`[${name}] building it, then ${options.edits} articles added and removed one at a time, each until answerable…`);
      const cacheDir = path.join(options.workDir, `cache-${name}`);
      const { result } = await runChild<NonNullable<CorpusReport['edits']>>(code, 'edits', [dir, cacheDir, String(options.edits), String(options.exactRounds)]);
      corpora.push({ name, edits: result });
    }
  } finally {
    if (!options.keep) rmSync(options.workDir, { recursive: true, force: true });
  }
  const round = (l: number[]) => l.map((x) => Math.round(x * 10) / 10);
  return {
    date: new Date().toISOString(),
    settings: { sizes: options.sizes, edits: options.edits, exactRounds: options.exactRounds, seed: options.seed },
    load: { before: round(before), after: round(loadavg()) },
    corpora,
  };
}

/** Each stage's median over the timed reloads of one kind (the additions are the even ones, the removals the odd). */
export function stageMedians(stages: Array<Record<string, number | string>>, which: 'added' | 'removed'): Record<string, number> {
  const picked = stages.filter((_, i) => i % 2 === (which === 'added' ? 0 : 1));
  const names = [...new Set(picked.flatMap((s) => Object.keys(s)))].filter((k) => picked.some((s) => typeof s[k] === 'number'));
  return Object.fromEntries(names.map((k) => [k, Math.round(median(picked.map((s) => (typeof s[k] === 'number' ? s[k] : 0))))]));
}

export function formatEditRounds(report: EditRoundsReport): string {
  const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? 'n/a' : Math.round(n).toLocaleString('en-US'));
  const lines = [`Edit rounds, ${report.date} (load average before ${report.load.before.join(' ')}, after ${report.load.after.join(' ')})`, ''];
  for (const { name, edits: e } of report.corpora) {
    lines.push(`${name} (${e.passages.toLocaleString('en-US')} passages), ${e.count} rounds${e.wrong.length ? `, WRONG: ${e.wrong.join('; ')}` : ''}`);
    lines.push(`  one article added, until answerable p50 / p99: ${ms(e.added.p50)} / ${ms(e.added.p99)} ms (${e.addedMs.join(', ')})`);
    lines.push(`  one article removed, until answerable p50 / p99: ${ms(e.removed.p50)} / ${ms(e.removed.p99)} ms (${e.removedMs.join(', ')})`);
    if (e.warmed) lines.push(`  until the answers are warmed p50 / p99: ${ms(e.warmed.p50)} / ${ms(e.warmed.p99)} ms`);
    lines.push(`  longest main-thread stall in a timed reload, median / max: ${ms(e.stallP50Ms)} / ${ms(e.maxStallMs)} ms`);
    if (e.exact) lines.push(`  the exact build after an addition p50 / p99: ${ms(e.exact.p50)} / ${ms(e.exact.p99)} ms (${e.exact.count})`);
    for (const which of ['added', 'removed'] as const) {
      const parts = Object.entries(stageMedians(e.stages, which)).map(([k, v]) => `${k} ${v}`);
      lines.push(`  ${which === 'added' ? 'an addition' : 'a removal'}'s parts, medians (ms): ${parts.join(', ')}`);
    }
  }
  return lines.join('\n');
}
