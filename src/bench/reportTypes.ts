/**
 * The shape of a bench report (the JSON in bench-results/), apart from the code that makes it, so the
 * targets and the table read it without importing the runner.
 */
import type { EndToEndReport } from './e2e.js';
import type { FeedPollReport } from './feedPoll.js';
import type { GeneratedCorpus } from './generate.js';
import type { ParagraphReport } from './longParagraph.js';
import type { LatencyReport } from './measure.js';
import type { PeersReport } from './peers.js';
import type { ProfileSummary } from './profile.js';
import type { LatencyStats } from './stats.js';

/** What ran in a reload cycle's busiest interval between two ticks (the main thread's most CPU), from a profiled run of its own. */
export type ReloadProfile = ProfileSummary & { stall: { atMs: number; ms: number; cpuMs: number; phase: string } };

export interface ReloadResult {
  /** Null in the measured run; in the profiled run (the largest corpus), what ran in its busiest interval. */
  profile: ReloadProfile | null;
  /** What the process paid at start, before the cycle, as the bot does before it logs in: the dependencies loaded on first use (ms). */
  lazyModulesMs: number;
  /** The packages whose modules were first loaded during the cycle (each load is paid at once, in a stall): none expected. */
  modulesLoaded: string[];
  fromSnapshot: boolean;
  passages: number;
  totalMs: number;
  phases: { loadMs: number; warmMs: number; pinsMs: number };
  channels: number;
  updated: number;
  restCalls: number;
  maxStallMs: number;
  maxStallByPhase: Record<string, number>;
  /** The most CPU the main thread used between two 10 ms ticks (Linux; null elsewhere). */
  maxBusyMs: number | null;
  maxEventLoopDelayMs: number;
  /** cpuMs: the main thread's own CPU in the stall; waitingMs: ready to run, waiting for a core (Linux; else null). */
  stalls: Array<{ atMs: number; ms: number; cpuMs: number | null; waitingMs: number | null; phase: string; modulesLoaded: string[] }>;
}

export interface CorpusReport {
  name: string;
  articles: number;
  passages: number;
  problems: number;
  annotations: Record<string, number>;
  generated: GeneratedCorpus | null;
  ingest: { ms: number; articlesPerSec: number; phases: Record<string, number> };
  indexMs: number;
  /** Building and saving the corpus in a process that keeps a 10 ms timer running, as the bot would. */
  build: {
    totalMs: number;
    maxEventLoopDelayMs: number;
    /** The longest waits of the main thread's 10 ms timer, and when (ms after the build began). */
    stalls: Array<{ atMs: number; ms: number }>;
    peakRss: number;
    snapshotWriteMs: number;
  };
  snapshotBytes: number;
  /**
   * A serving process's reload when the articles change (listing, read and hash, snapshot decode, assembly,
   * answers warmed), then `channels` pinned summaries remade and edited through a stand-in REST API, with a
   * 10 ms timer running throughout: `maxStallMs` is the longest it waited, i.e. the longest a reply would have.
   */
  reloadCycle: ReloadResult;
  /**
   * A corpus followed as it develops: articles added and removed one at a time, each timed from the file
   * change until the serving store answers with it (its build worker kept warm); null when skipped.
   */
  edits: {
    passages: number;
    count: number;
    added: LatencyStats;
    removed: LatencyStats;
    addedMs: number[];
    removedMs: number[];
    /** Per timed reload (addition, removal, in turn): the build's stages on the worker (ms), `load` (until the corpus was loaded) and `warm` (the answers warmed before it was swapped in). */
    stages: Array<Record<string, number>>;
    wrong: string[];
  } | null;
  /** Medians over `coldRuns` fresh processes; `wallMs` is spawn to first answer. */
  cold: { wallMs: number; cpuMs: number; importMs: number; loadMs: number; answerMs: number; runs: number[]; fromSnapshot: boolean };
  /** After loading from the snapshot and one answer, after a full GC; maxRss is the peak while loading. */
  memory: { heapUsed: number; rss: number; peakRssLoading: number };
  latency: LatencyReport;
  /** Where the time went, for the largest corpus: CPU profiles of the build and of the latency run. */
  profiles: { build: ProfileSummary; latency: ProfileSummary } | null;
}

export interface BenchReport {
  date: string;
  machine: { nproc: number; cpu: string; totalMemory: number; freeMemory: number; node: string; platform: string };
  /** runtime: how the measured processes ran the code: compiled JS on node (as npm start), or tsx. */
  settings: { sizes: number[]; queries: number; seed: number; coldRuns: number; pinChannels: number; runtime: 'node' | 'tsx' };
  corpora: CorpusReport[];
  /** Ingest of one paragraph of 500 to 4,000 sentences (null when skipped). */
  longParagraph: ParagraphReport | null;
  /** eventdesk's search beside minisearch's own, flexsearch and orama on the largest corpus (null when skipped). */
  peers: PeersReport | null;
  targets: TargetResult[];
  e2e: ({ measured: true } & EndToEndReport) | { measured: false; note: string };
  /** A poll of a loopback feed of new items until all are answerable (absent in reports made before it was measured). */
  feedPoll?: ({ measured: true } & FeedPollReport) | { measured: false; note: string };
}

export interface TargetResult {
  target: string;
  /** What was measured, in the target's unit. */
  value: number | null;
  limit: number;
  unit: string;
  met: boolean | null;
}
