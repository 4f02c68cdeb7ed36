import type { LatencyStats } from './stats.js';
import { toMB } from './stats.js';

/**
 * The stories benchmark's report (see storiesRun.ts): what each of its
 * processes measured, the targets of the "Stories" issue, and the table
 * printed at the end.
 */

/** How one story folder's snapshot was built beforehand, as a bot builds after an ingest. */
export interface StoriesBuild {
  dir: string;
  ms: number;
  fromSnapshot: boolean;
  articles: number;
  passages: number;
  problems: number;
}

export interface StoriesBuildResult {
  builds: StoriesBuild[];
  maxRss: number;
}

export interface MemorySample {
  /** Story opens so far (all passes). */
  opens: number;
  rss: number;
  heapUsed: number;
  /** The library's own estimate of the stories it holds (estimateCorpusBytes). */
  libraryBytes: number;
  librarySize: number;
}

export interface PassReport {
  order: 'in order' | 'shuffled';
  opens: number;
  cold: number;
  warm: number;
  /** library.open of a story not loaded, then its first answer: what a user waits for (load from the snapshot included). */
  coldFirstAnswerMs: LatencyStats;
  /** library.open of a loaded story, then an answer. */
  warmAnswerMs: LatencyStats;
}

export interface LoadTiming {
  fromSnapshot: boolean;
  builtOnWorker: boolean;
  /** CorpusStore.lastLoad: listing, snapshot read, assembly and the answers' warm-up. */
  durationMs: number;
  prepareMs: number;
}

export interface EditRound {
  story: string;
  articles: number;
  passages: number;
  /** createStory (a copy of the source story's articles) until the new story has answered. */
  createMs: number;
  createLoad: LoadTiming | null;
  removed: string;
  /** removeArticle, the story's reload (as /article does) and an answer, checked to be without the article. */
  removeMs: number;
  removeLoad: LoadTiming | null;
  /** restoreArticle, the reload and an answer, checked to be with the article again. */
  restoreMs: number;
  restoreLoad: LoadTiming | null;
  checks: { createdAll: boolean; removedGone: boolean; restoredBack: boolean };
}

export interface CommandComparison {
  command: string;
  story: LatencyStats;
  plain: LatencyStats;
  ratioP50: number;
  ratioP99: number;
}

export interface StoriesMeasureResult {
  importMs: number;
  /** The default story: its load, and each command's first use in the process (on it, before any story). */
  sample: { passages: number; loadMs: number; firstUseMs: Record<string, number> };
  /**
   * Snapshots in the cache folders (a folder per story): all of them before the edit rounds (the cycling
   * only reads), and after them, the edit rounds' stories deleted with their folders.
   */
  cache: { snapshotsBeforeEdits: number; snapshotsAfterEdits: number };
  /** One record per story open, in the order they happened (pass 0 first). */
  cold: {
    count: number;
    fromSnapshot: number;
    firstAnswerMs: LatencyStats;
    /** The process's CPU time over the same (all threads): on a busy machine the wall time also waits for a core. */
    cpuMs: LatencyStats;
    openMs: LatencyStats;
    loadMs: LatencyStats;
    prepareMs: LatencyStats;
    answerMs: LatencyStats;
    /** The slowest cold opens: which story, in which pass, and where the time went. */
    slowest: Array<{ story: string; pass: number; totalMs: number; cpuMs: number; loadMs: number; prepareMs: number; answerMs: number }>;
  };
  passes: PassReport[];
  /** V8's collections over the cycling (not the forced ones): how many, their total and each pause. */
  gc: { pauses: number; totalMs: number; pauseMs: LatencyStats };
  answerErrors: number;
  memory: {
    budgetBytes: number;
    /** The part of it the library gives the stories' estimates (storiesShare: what the process leaves, halved). */
    storiesBudgetBytes: number;
    /** Read after every open (no forced GC): the most the process held. */
    maxRss: number;
    maxHeapUsed: number;
    /** The kernel's peak RSS of the process over the cycling (getrusage). */
    peakRss: number;
    /** After a forced full GC every `gcEvery` opens: what the loaded stories really keep. */
    maxRssAfterGc: number;
    maxHeapAfterGc: number;
    baseline: { rss: number; heapUsed: number };
    libraryMaxBytes: number;
    libraryMaxSize: number;
    libraryFinalSize: number;
    evictions: number;
    /** Heap after GC above the baseline, per loaded story, beside the library's estimate per story (at the fullest sample). */
    heapPerStory: number;
    estimatePerStory: number;
    samples: MemorySample[];
  };
  warmVsPlain: {
    story: string;
    passages: number;
    sameHash: boolean;
    mismatches: number;
    inputsPerCommand: number;
    commands: CommandComparison[];
    all: CommandComparison;
  };
  edits: {
    sourcePassages: number;
    sourceArticles: number;
    rounds: EditRound[];
    peakRss: number;
  };
}

export interface StoriesTarget {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
}

/** What a stories run measures with: its options, and the report's record of them. */
export interface StoriesSettings {
  stories: number;
  /** About how many passages each story has (one generated corpus plus one article of the story's own). */
  passages: number;
  budgetBytes: number;
  /** Passages of the story the edit rounds copy, remove from and restore into (default 10,000). */
  editPassages: number;
  editRounds: number;
  /** Passes over the stories: the first in order, the rest shuffled. */
  passes: number;
  /** Inputs per command in the warm-vs-plain comparison. */
  queries: number;
  seed: number;
  /** A full GC and a memory sample every this many opens. */
  gcEvery: number;
  runtime: 'node' | 'tsx';
  buildProcesses: number;
}

export interface StoriesReport {
  date: string;
  machine: { nproc: number; cpu: string; totalMemory: number; node: string; platform: string };
  settings: StoriesSettings & { budgetMb: number };
  setup: {
    /** Measured on the stories, code and snapshots of an earlier kept run (--work DIR --keep); the setup figures are that run's. */
    reused: boolean;
    /** The generated corpus every story copies (its own article comes on top). */
    template: { articles: number; bytes: number };
    storyPassages: { min: number; median: number; max: number };
    /** The story the edit rounds copy; buildMs: its own build beforehand (in process, beside the other build processes), what a removal rebuilds. */
    editSource: { articles: number; passages: number; buildMs?: number };
    generateMs: number;
    copyMs: number;
    codeMs: number;
    snapshots: { count: number; wallMs: number; perStoryMs: LatencyStats; problems: number; maxRss: number };
    cacheBytes: number;
  };
  measure: StoriesMeasureResult;
  targets: StoriesTarget[];
  wallMs: number;
}

/** Slack allowed to "as fast as a single corpus": pooled over every command, story / plain. */
export const WARM_RATIO = { p50: 1.1, p99: 1.25 };
export const COLD_P99_MS = 300;
export const EDIT_MS = 1000;

const ms = (x: number) => (!Number.isFinite(x) ? 'n/a' : x >= 100 ? Math.round(x).toLocaleString('en-US') : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const mb = (bytes: number) => `${toMB(bytes).toLocaleString('en-US')} MB`;
const pct = (s: LatencyStats) => `${ms(s.p50)} / ${ms(s.p99)}`;

export function evaluateStoriesTargets(r: Omit<StoriesReport, 'targets'>): StoriesTarget[] {
  const m = r.measure;
  const budget = m.memory.budgetBytes;
  const rounds = m.edits.rounds;
  const worst = (pick: (e: EditRound) => number) => (rounds.length ? Math.max(...rounds.map(pick)) : NaN);
  const edit = (what: string, pick: (e: EditRound) => number, ok: (e: EditRound) => boolean): StoriesTarget => {
    const w = worst(pick);
    return {
      name: `${what}, ${m.edits.sourcePassages.toLocaleString('en-US')}-passage story (worst of ${rounds.length})`,
      limit: `< ${EDIT_MS} ms`,
      measured: `${ms(w)} ms`,
      met: rounds.length > 0 && w < EDIT_MS && rounds.every(ok),
    };
  };
  return [
    {
      name: `first answer from a cold story, p99 over ${m.cold.count} cold opens (load from the snapshot included)`,
      limit: `< ${COLD_P99_MS} ms`,
      measured: `${ms(m.cold.firstAnswerMs.p99)} ms`,
      met: m.cold.count > 0 && m.cold.firstAnswerMs.p99 < COLD_P99_MS && m.cold.fromSnapshot === m.cold.count,
    },
    {
      name: 'warm story vs a plain CorpusStore of the same corpus, p50 (all commands)',
      limit: `≤ ×${WARM_RATIO.p50}`,
      measured: `×${m.warmVsPlain.all.ratioP50}`,
      met: m.warmVsPlain.all.ratioP50 <= WARM_RATIO.p50,
    },
    {
      name: 'warm story vs a plain CorpusStore of the same corpus, p99 (all commands)',
      limit: `≤ ×${WARM_RATIO.p99}`,
      measured: `×${m.warmVsPlain.all.ratioP99}`,
      met: m.warmVsPlain.all.ratioP99 <= WARM_RATIO.p99,
    },
    {
      name: `RSS while cycling through ${r.settings.stories.toLocaleString('en-US')} stories (most read after an open)`,
      limit: `≤ ${mb(budget)}`,
      measured: mb(m.memory.maxRss),
      met: m.memory.maxRss <= budget,
    },
    {
      name: 'heap while cycling (most used, read after an open)',
      limit: `≤ ${mb(budget)}`,
      measured: mb(m.memory.maxHeapUsed),
      met: m.memory.maxHeapUsed <= budget,
    },
    {
      name: "the library's own estimate of the loaded stories",
      limit: `≤ ${mb(m.memory.storiesBudgetBytes)} (its share of the budget)`,
      measured: mb(m.memory.libraryMaxBytes),
      met: m.memory.libraryMaxBytes <= m.memory.storiesBudgetBytes,
    },
    edit(
      'create a story (copy its articles) until it answers',
      (e) => e.createMs,
      (e) => e.checks.createdAll,
    ),
    edit(
      'remove an article until the story answers without it',
      (e) => e.removeMs,
      (e) => e.checks.removedGone,
    ),
    edit(
      'restore the article until the story answers with it',
      (e) => e.restoreMs,
      (e) => e.checks.restoredBack,
    ),
  ];
}

/** The report as markdown: what was run, the figures, then the targets. */
export function formatStoriesReport(r: StoriesReport): string {
  const m = r.measure;
  const s = r.settings;
  const rows: Array<[string, string]> = [];
  const row = (label: string, value: string) => rows.push([label, value]);
  row(
    'stories × passages each (median; min–max)',
    `${s.stories.toLocaleString('en-US')} × ${r.setup.storyPassages.median.toLocaleString('en-US')} (${r.setup.storyPassages.min.toLocaleString('en-US')}–${r.setup.storyPassages.max.toLocaleString('en-US')})`,
  );
  row('memory budget', `${mb(s.budgetBytes)} (EVENTDESK_MEMORY_MB ${s.budgetMb})`);
  row(
    'snapshots built beforehand (stories + the edit source + the sample)',
    `${r.setup.snapshots.count} in ${ms(r.setup.snapshots.wallMs / 1000)} s on ${s.buildProcesses} processes; ${pct(r.setup.snapshots.perStoryMs)} ms p50 / p99 each; ${mb(r.setup.cacheBytes)} of cache`,
  );
  for (const [i, p] of m.passes.entries()) {
    row(`pass ${i + 1} (${p.order}): opens / cold / warm`, `${p.opens} / ${p.cold} / ${p.warm}`);
    if (p.cold) row(`… cold: open + first answer p50 / p99 (ms)`, pct(p.coldFirstAnswerMs));
    if (p.warm) row(`… warm: open + answer p50 / p99 (ms)`, pct(p.warmAnswerMs));
  }
  row('cold opens, all passes: first answer p50 / p99 / max (ms)', `${pct(m.cold.firstAnswerMs)} / ${ms(m.cold.firstAnswerMs.max)}`);
  row('… CPU time of the process over it p50 / p99 (ms)', pct(m.cold.cpuMs));
  row('… of which the store load (snapshot read, assembly) p50 / p99 (ms)', pct(m.cold.loadMs));
  row("… of which the answers' warm-up p50 / p99 (ms)", pct(m.cold.prepareMs));
  row('… of which the answer p50 / p99 (ms)', pct(m.cold.answerMs));
  row('… from the snapshot', `${m.cold.fromSnapshot} of ${m.cold.count}`);
  row(
    'snapshots in the cache folders (one per story): before the edit rounds / after them',
    `${m.cache.snapshotsBeforeEdits} / ${m.cache.snapshotsAfterEdits}`,
  );
  row(
    "each command's first use in the process, on the default story, before any story (ms)",
    Object.entries(m.sample.firstUseMs)
      .map(([k, v]) => `${k} ${ms(v)}`)
      .join(', '),
  );
  row('RSS: most after an open / after GC / kernel peak', `${mb(m.memory.maxRss)} / ${mb(m.memory.maxRssAfterGc)} / ${mb(m.memory.peakRss)}`);
  row('heap used: most after an open / after GC', `${mb(m.memory.maxHeapUsed)} / ${mb(m.memory.maxHeapAfterGc)}`);
  row('baseline before cycling (sample loaded), RSS / heap', `${mb(m.memory.baseline.rss)} / ${mb(m.memory.baseline.heapUsed)}`);
  row(
    "library: most stories loaded / its estimate at most / the stories' share of the budget",
    `${m.memory.libraryMaxSize} / ${mb(m.memory.libraryMaxBytes)} / ${mb(m.memory.storiesBudgetBytes)}`,
  );
  row('evictions (LRU unloads)', String(m.memory.evictions));
  row(
    'garbage collection while cycling: pauses / total (s) / p99 / longest (ms)',
    `${m.gc.pauses} / ${ms(m.gc.totalMs / 1000)} / ${ms(m.gc.pauseMs.p99)} / ${ms(m.gc.pauseMs.max)}`,
  );
  row("heap per loaded story (after GC) vs the library's estimate", `${mb(m.memory.heapPerStory)} vs ${mb(m.memory.estimatePerStory)}`);
  const w = m.warmVsPlain;
  row(
    `warm story vs plain store (${w.passages.toLocaleString('en-US')} passages, ${w.inputsPerCommand} inputs per command, same hash: ${w.sameHash ? 'yes' : 'no'})`,
    `story ${pct(w.all.story)} ms, plain ${pct(w.all.plain)} ms: ×${w.all.ratioP50} / ×${w.all.ratioP99}`,
  );
  for (const c of w.commands) row(`… ${c.command}: story / plain p50 / p99 (ms)`, `${pct(c.story)} vs ${pct(c.plain)} (×${c.ratioP50} / ×${c.ratioP99})`);
  const e = m.edits;
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? NaN;
  const each = (pick: (x: EditRound) => number) =>
    `${ms(med(e.rounds.map(pick)))} median, ${ms(Math.max(...e.rounds.map(pick)))} worst (${e.rounds.map((x) => ms(pick(x))).join(', ')})`;
  if (e.rounds.length) {
    row(
      `create a ${e.sourcePassages.toLocaleString('en-US')}-passage story until it answers (ms)`,
      each((x) => x.createMs),
    );
    row(
      'remove an article until answered without it (ms)',
      each((x) => x.removeMs),
    );
    row(
      '… of which the reload (build on the worker, warm-up) (ms)',
      each((x) => x.removeLoad?.durationMs ?? NaN),
    );
    if (r.setup.editSource.buildMs !== undefined) row('… for comparison, the same story built beforehand (ms)', ms(r.setup.editSource.buildMs));
    row(
      'restore it until answered with it (ms)',
      each((x) => x.restoreMs),
    );
  }
  const table = ['| | |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
  const targets = [
    '| target | limit | measured | met |',
    '| --- | --- | --- | --- |',
    ...r.targets.map((t) => `| ${t.name} | ${t.limit} | ${t.measured} | ${t.met ? 'yes' : '**no**'} |`),
  ].join('\n');
  return `${table}\n\n${targets}`;
}
