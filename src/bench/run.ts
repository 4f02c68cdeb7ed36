import { availableParallelism, cpus, freemem, totalmem } from 'node:os';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CORPUS_DIR } from '../pipeline/loadCorpus.js';
import { ANSWERS } from '../answers/registry.js';
import { loadCorpus } from '../pipeline/loadCorpus.js';
import { endToEndAvailable, measureEndToEnd } from './e2e.js';
import type { FeedPollReport } from './feedPoll.js';
import { generateCorpus, readSeedMaterial, type GeneratedCorpus } from './generate.js';
import type { LatencyReport } from './measure.js';
import { freezeCode, runChild, type FrozenCode } from './spawn.js';
import { summarizeProfiles } from './profile.js';
import { median } from './stats.js';
import { evaluateTargets } from './targets.js';
import { PARAGRAPH_SENTENCES, type ParagraphReport } from './longParagraph.js';
import type { PeersReport } from './peers.js';
import type { BenchReport, CorpusReport, ReloadResult } from './reportTypes.js';
import { commandInputs, vocabularyOf } from './workload.js';

export type { BenchReport, CorpusReport } from './reportTypes.js';

export interface BenchOptions {
  /** Passage counts of the generated corpora; the bundled seeds are always measured first. */
  sizes: number[];
  /** Inputs per command (at least 1,000 for a real run). */
  queries: number;
  seed: number;
  /** Where generated corpora and their snapshots go; removed afterwards unless `keep`. */
  workDir: string;
  coldRuns: number;
  /** Articles added and removed one at a time in the edit rounds (default 20; 0: skip). */
  edits?: number;
  /** Pinned summaries refreshed in the reload cycle (default 50). */
  pinChannels?: number;
  /** CPU-profile the build and the latency runs of the largest corpus (default true). */
  profile?: boolean;
  /** Interactions sent through the Discord-compatible test server (0: skip), and how many at once. */
  e2eInteractions?: number;
  e2eInFlight?: number;
  /** Items of the feed poll measured (default 50; 0: skip). */
  feedItems?: number;
  seedDir?: string;
  /** Sentences of the long paragraphs whose ingest throughput is measured ([]: skip). */
  paragraphSentences?: number[];
  /** Measure flexsearch and orama beside eventdesk's search on the largest corpus (default true). */
  peers?: boolean;
  keep?: boolean;
  log?: (line: string) => void;
}

interface MemoryReading {
  heapUsed: number;
  rss: number;
  maxRss: number;
}

interface BuildResult {
  fromSnapshot: boolean;
  articles: number;
  passages: number;
  problems: number;
  annotations: Record<string, number>;
  phases: Record<string, number>;
  totalMs: number;
  maxEventLoopDelayMs: number;
  stalls: Array<{ atMs: number; ms: number }>;
  snapshotBytes: number;
  memory: MemoryReading;
}

interface ColdResult {
  fromSnapshot: boolean;
  importMs: number;
  loadMs: number;
  answerMs: number;
  sinceScriptStartMs: number;
  cpuMs: number;
  memory: MemoryReading;
}

/** Slash commands with options for the end-to-end run: each answer command, inputs drawn from the corpus. */
async function endToEnd(dir: string, cacheDir: string, options: BenchOptions): Promise<BenchReport['e2e']> {
  const total = options.e2eInteractions ?? 500;
  if (!total) return { measured: false, note: 'skipped (--e2e 0)' };
  if (!endToEndAvailable()) return { measured: false, note: 'the test server (tests/e2e/harness.ts) is not in this tree' };
  const { corpus } = await loadCorpus(dir, { cacheDir });
  const vocabulary = vocabularyOf(corpus, options.seed);
  const commands: Array<[string, Record<string, string | number>]> = [];
  const perCommand = Math.ceil(total / ANSWERS.length);
  const inputs = ANSWERS.map((spec) =>
    commandInputs(spec, vocabulary, perCommand).optionSets.map((o) => [spec.name, o] as [string, Record<string, string | number>]),
  );
  for (let i = 0; i < perCommand; i++) for (const list of inputs) if (list[i]) commands.push(list[i]!);
  const report = await measureEndToEnd(dir, commands, { interactions: total, inFlight: options.e2eInFlight ?? 50 });
  return { measured: true, ...report };
}

async function measureCorpus(
  code: FrozenCode,
  name: string,
  dir: string,
  generated: GeneratedCorpus | null,
  options: BenchOptions,
  profile: boolean,
): Promise<CorpusReport> {
  const log = options.log ?? (() => undefined);
  const cacheDir = path.join(options.workDir, `cache-${name}`);
  rmSync(cacheDir, { recursive: true, force: true });
  const profileDir = (what: string) => path.join(options.workDir, `profile-${name}-${what}`);
  const profileArgs = (what: string) => (profile ? ['--cpu-prof', `--cpu-prof-dir=${profileDir(what)}`] : []);

  log(`[${name}] building (ingest, index, snapshot)…`);
  const { result: build } = await runChild<BuildResult>(code, 'build', [dir, cacheDir], profileArgs('build'));
  if (build.fromSnapshot) throw new Error(`[${name}] expected a fresh build, got a snapshot`);
  const ingestMs = ['read', 'parse', 'segments', 'passages', 'find', 'annotate'].reduce((s, p) => s + (build.phases[p] ?? 0), 0);

  const colds: Array<{ wallMs: number; result: ColdResult }> = [];
  for (let i = 0; i < options.coldRuns; i++) {
    log(`[${name}] cold start ${i + 1}/${options.coldRuns}…`);
    const run = await runChild<ColdResult>(code, 'cold', [dir, cacheDir]);
    colds.push({ wallMs: run.wallMs, result: run.result });
  }
  const walls = colds.map((c) => c.wallMs);
  const typical = [...colds].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(colds.length / 2)]!.result;

  log(`[${name}] latency over ${options.queries} inputs per command…`);
  const { result: latency } = await runChild<LatencyReport>(
    code,
    'latency',
    [dir, cacheDir, String(options.queries), String(options.seed)],
    profileArgs('latency'),
  );

  log(`[${name}] reload cycle (reload, warm, ${options.pinChannels ?? 50} pinned summaries)…`);
  const { result: reloadCycle } = await runChild<ReloadResult>(code, 'reload', [dir, cacheDir, String(options.pinChannels ?? 50)]);
  if (profile) {
    log(`[${name}] reload cycle again, CPU-profiled: what runs in its busiest interval…`);
    reloadCycle.profile = (await runChild<ReloadResult>(code, 'reload', [dir, cacheDir, String(options.pinChannels ?? 50), 'profile'])).result.profile;
  }

  const editCount = options.edits ?? 20;
  let edits: CorpusReport['edits'] = null;
  if (editCount > 0) {
    log(`[${name}] ${editCount} articles added and removed one at a time, each until answerable…`);
    // A copy: the rounds change the folder, and the latency and cold runs above read it as built.
    const editDir = path.join(options.workDir, `${name}-edits`);
    rmSync(editDir, { recursive: true, force: true });
    cpSync(dir, editDir, { recursive: true });
    edits = (await runChild<NonNullable<CorpusReport['edits']>>(code, 'edits', [editDir, cacheDir, String(editCount)])).result;
    rmSync(editDir, { recursive: true, force: true });
  }

  return {
    name,
    articles: build.articles,
    passages: build.passages,
    problems: build.problems,
    annotations: build.annotations,
    generated,
    ingest: { ms: ingestMs, articlesPerSec: Math.round(build.articles / (ingestMs / 1000)), phases: build.phases },
    indexMs: build.phases.index ?? 0,
    build: {
      totalMs: build.totalMs,
      maxEventLoopDelayMs: build.maxEventLoopDelayMs,
      stalls: build.stalls,
      peakRss: build.memory.maxRss,
      snapshotWriteMs: build.phases['snapshot-write'] ?? 0,
    },
    snapshotBytes: build.snapshotBytes,
    reloadCycle,
    edits,
    cold: {
      wallMs: median(walls),
      cpuMs: median(colds.map((c) => c.result.cpuMs)),
      importMs: median(colds.map((c) => c.result.importMs)),
      loadMs: median(colds.map((c) => c.result.loadMs)),
      answerMs: median(colds.map((c) => c.result.answerMs)),
      runs: walls.map((w) => Math.round(w)),
      fromSnapshot: colds.every((c) => c.result.fromSnapshot),
    },
    memory: { heapUsed: typical.memory.heapUsed, rss: typical.memory.rss, peakRssLoading: typical.memory.maxRss },
    latency: {
      commands: latency.commands,
      autocomplete: latency.autocomplete,
      searchByKind: latency.searchByKind,
      ...(latency.askOverhead ? { askOverhead: latency.askOverhead } : {}),
    },
    profiles: profile ? { build: summarizeProfiles(profileDir('build')), latency: summarizeProfiles(profileDir('latency')) } : null,
  };
}

/** The whole benchmark: the seeds, then each generated size, every measurement in fresh processes. */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const log = options.log ?? (() => undefined);
  const seedDir = options.seedDir ?? DEFAULT_CORPUS_DIR;
  mkdirSync(options.workDir, { recursive: true });
  const corpora: CorpusReport[] = [];
  let e2e: BenchReport['e2e'] = { measured: false, note: 'not run' };
  let longParagraph: ParagraphReport | null = null;
  let peers: PeersReport | null = null;
  let feedPoll: NonNullable<BenchReport['feedPoll']> | undefined;
  let runtime: FrozenCode['runtime'];
  try {
    log('compiling a frozen copy of the code…');
    const code = freezeCode(options.workDir);
    runtime = code.runtime;
    const profileLast = options.profile ?? true;
    corpora.push(await measureCorpus(code, 'seeds', seedDir, null, options, profileLast && !options.sizes.length));
    const paragraphSentences = options.paragraphSentences ?? PARAGRAPH_SENTENCES;
    if (paragraphSentences.length) {
      log(`one long paragraph of ${paragraphSentences.join(', ')} sentences…`);
      const workDir = path.join(options.workDir, 'paragraphs');
      longParagraph = (await runChild<ParagraphReport>(code, 'paragraph', [seedDir, workDir, paragraphSentences.join(',')])).result;
    }
    let largest: { name: string; dir: string } | null = null;
    const feedItems = options.feedItems ?? 50;
    if (feedItems) {
      log(`[feed] a poll of ${feedItems} new items from a loopback feed server…`);
      // In a process of its own, as the other measurements: the poll's rebuild runs on its main thread.
      feedPoll = await runChild<FeedPollReport>(code, 'feed', [seedDir, path.join(options.workDir, 'feed'), String(feedItems), String(options.seed)]).then(
        ({ result }) => ({ measured: true as const, ...result }),
        (err: unknown) => ({ measured: false as const, note: `failed: ${err instanceof Error ? err.message : String(err)}` }),
      );
    } else feedPoll = { measured: false, note: 'skipped (--feed-items 0)' };
    const seed = await readSeedMaterial(seedDir);
    for (const [i, size] of options.sizes.entries()) {
      const name = `gen-${size}`;
      const dir = path.join(options.workDir, name);
      rmSync(dir, { recursive: true, force: true });
      log(`[${name}] generating about ${size} passages…`);
      const generated = generateCorpus(seed, dir, { targetPassages: size, seed: options.seed });
      corpora.push(await measureCorpus(code, name, dir, generated, options, profileLast && i === options.sizes.length - 1));
      largest = { name, dir };
      if (i === 0) {
        log(`[${name}] end to end through the Discord-compatible test server…`);
        e2e = await endToEnd(dir, path.join(options.workDir, `cache-${name}-e2e`), options).catch((err: unknown) => ({
          measured: false as const,
          note: `failed: ${err instanceof Error ? err.message : String(err)}`,
        }));
      }
    }
    if ((options.peers ?? true) && largest) {
      log(`[${largest.name}] search peers (eventdesk, minisearch, flexsearch, orama) on the same ${options.queries} queries…`);
      const cacheDir = path.join(options.workDir, `cache-${largest.name}`);
      peers = (await runChild<PeersReport>(code, 'peers', [largest.dir, cacheDir, String(options.queries), String(options.seed)])).result;
    }
  } finally {
    if (!options.keep) rmSync(options.workDir, { recursive: true, force: true });
  }
  return {
    date: new Date().toISOString(),
    machine: {
      nproc: availableParallelism(),
      cpu: cpus()[0]?.model ?? 'unknown',
      totalMemory: totalmem(),
      freeMemory: freemem(),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
    },
    settings: {
      sizes: options.sizes,
      queries: options.queries,
      seed: options.seed,
      coldRuns: options.coldRuns,
      pinChannels: options.pinChannels ?? 50,
      runtime,
    },
    corpora,
    longParagraph,
    peers,
    targets: evaluateTargets(corpora.at(-1)!, e2e, longParagraph),
    e2e,
    feedPoll: feedPoll ?? { measured: false, note: 'not run' },
  };
}
