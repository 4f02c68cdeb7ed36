/**
 * The stories benchmark's processes (storiesRun.ts starts them on a frozen
 * copy of the code): `build` makes the snapshots of a list of folders
 * beforehand, as a bot has after each ingest; `measure` is one bot-like
 * process with a StoryLibrary, which cycles through every story, compares a
 * warm story with a plain CorpusStore of the same corpus, and times creating
 * a story and removing and restoring an article.
 *
 * Usage: storiesChild <build|measure> <config.json> <result.json>. Progress on stderr.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import type { CorpusStore } from '../pipeline/store.js';
import type { Corpus } from '../pipeline/corpus.js';
import { storyCacheDir } from '../stories/folders.js';
import type { StoryRef } from '../stories/names.js';
import { Random } from './random.js';
import { latencyStats } from './stats.js';
import { countSnapshots } from './storiesCache.js';
import type { CommandComparison, EditRound, LoadTiming, MemorySample, StoriesBuild, StoriesBuildResult, StoriesMeasureResult } from './storiesReport.js';

export interface BuildConfig {
  /** Each folder with its cache folder (storyCacheDir): a cache folder keeps only its few newest snapshots. */
  folders: Array<{ dir: string; cacheDir: string }>;
}

export interface MeasureConfig {
  storiesDir: string;
  /** The default story (the bundled articles), loaded first and never unloaded, as the bot's. */
  sampleDir: string;
  cacheDir: string;
  stateDir: string;
  owner: string;
  names: string[];
  /** The story the edit rounds copy (about 10,000 passages). */
  editSource: string;
  /** Where story 0's files are copied for the plain CorpusStore. */
  plainDir: string;
  budgetBytes: number;
  passes: number;
  queries: number;
  seed: number;
  editRounds: number;
  gcEvery: number;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const peakRss = () => process.resourceUsage().maxRSS * 1024;

async function build(config: BuildConfig): Promise<StoriesBuildResult> {
  const { loadCorpus } = await import('../pipeline/loadCorpus.js');
  const builds: StoriesBuild[] = [];
  for (const [i, { dir, cacheDir }] of config.folders.entries()) {
    const t0 = performance.now();
    // In this process (the folders are built one after another, a process per core): the same snapshot and
    // listing key as a bot's worker writes after an ingest.
    const { corpus, fromSnapshot } = await loadCorpus(dir, { cacheDir, worker: false });
    builds.push({
      dir,
      ms: performance.now() - t0,
      fromSnapshot,
      articles: corpus.articles.length,
      passages: corpus.passages.length,
      problems: corpus.problems.length,
    });
    if ((i + 1) % 50 === 0 || i + 1 === config.folders.length) log(`built ${i + 1}/${config.folders.length}`);
  }
  return { builds, maxRss: peakRss() };
}

function loadTiming(store: CorpusStore): LoadTiming | null {
  const l = store.lastLoad;
  return l ? { fromSnapshot: l.fromSnapshot, builtOnWorker: l.builtOnWorker, durationMs: l.durationMs, prepareMs: l.prepareMs } : null;
}

function compare(command: string, story: number[], plain: number[]): CommandComparison {
  const a = latencyStats(story);
  const b = latencyStats(plain);
  const ratio = (x: number, y: number) => Math.round((x / Math.max(y, 0.001)) * 100) / 100;
  return { command, story: a, plain: b, ratioP50: ratio(a.p50, b.p50), ratioP99: ratio(a.p99, b.p99) };
}

async function measure(config: MeasureConfig): Promise<StoriesMeasureResult> {
  const t0 = performance.now();
  const { CorpusStore } = await import('../pipeline/store.js');
  const { StoryLibrary } = await import('../stories/library.js');
  const { SqliteStoryCatalog } = await import('../stories/catalog.js');
  const { StateDatabase } = await import('../state/database.js');
  const { createStory, deleteStory } = await import('../stories/manage.js');
  const { removeArticle, restoreArticle } = await import('../stories/articles.js');
  const { ANSWERS, findAnswer, runAnswer, runPreparedAnswer } = await import('../answers/registry.js');
  const { commandInputs, vocabularyOf } = await import('./workload.js');
  const importMs = performance.now() - t0;

  // As src/bot/start.ts: the default story's store first, then the library over every other story's folder.
  const state = StateDatabase.open(config.stateDir);
  const catalog = new SqliteStoryCatalog(state);
  const t1 = performance.now();
  const sampleStore = new CorpusStore(config.sampleDir, { cacheDir: config.cacheDir });
  const sample = await sampleStore.reload();
  const sampleLoadMs = performance.now() - t1;
  const folders = { corpusDir: config.sampleDir, storiesDir: config.storiesDir, cacheDir: config.cacheDir };
  const library = new StoryLibrary({ ...folders, memoryBudgetBytes: config.budgetBytes, watch: true, sampleStore });
  // Each command once on the default story first, as a bot has served some before its stories are asked about:
  // a command's first use in a process loads what it loads lazily, which is no story's load.
  const firstUseMs: Record<string, number> = {};
  const sampleVocabulary = vocabularyOf(sample, config.seed);
  for (const spec of ANSWERS) {
    const raw = commandInputs(spec, sampleVocabulary, 1).optionSets[0] ?? {};
    const a = performance.now();
    runAnswer(spec, sample, raw);
    firstUseMs[spec.name] = performance.now() - a;
  }

  gc();
  const base = process.memoryUsage();
  const baseline = { rss: base.rss, heapUsed: base.heapUsed };

  // ---- cycling: every story, in order, then again shuffled; each open's first answer timed ----
  const seen = new WeakSet<CorpusStore>([sampleStore]);
  const inputs = new Map<string, Array<Record<string, unknown>>>();
  let rotation = 0;
  let answerErrors = 0;
  const nextInput = (corpus: Corpus) => {
    if (!inputs.size) {
      const vocabulary = vocabularyOf(corpus, config.seed);
      for (const spec of ANSWERS) inputs.set(spec.name, commandInputs(spec, vocabulary, 50).optionSets);
    }
    const spec = ANSWERS[rotation % ANSWERS.length]!;
    const list = inputs.get(spec.name)!;
    const raw = list[Math.floor(rotation / ANSWERS.length) % Math.max(1, list.length)] ?? {};
    rotation++;
    return { spec, raw };
  };

  const colds: Array<{
    story: string;
    pass: number;
    totalMs: number;
    cpuMs: number;
    openMs: number;
    loadMs: number;
    prepareMs: number;
    answerMs: number;
    fromSnapshot: boolean;
  }> = [];
  // Garbage collection over the cycling (forced collections excluded): with hundreds of stories loaded, pauses grow.
  const gcPauses: number[] = [];
  let forcing = false;
  const observer = new PerformanceObserver((list) => {
    if (!forcing) for (const e of list.getEntries()) gcPauses.push(e.duration);
  });
  observer.observe({ entryTypes: ['gc'] });
  const memory = { maxRss: 0, maxHeapUsed: 0, maxRssAfterGc: 0, maxHeapAfterGc: 0, libraryMaxBytes: 0, libraryMaxSize: 0 };
  const samples: MemorySample[] = [];
  let perStory = { heap: 0, estimate: 0, size: 0 };
  let opens = 0;
  let loads = 0;
  const sampleAfterGc = () => {
    forcing = true;
    gc();
    const m = process.memoryUsage();
    // The observer is told of the forced collection later, on the event loop: count it out then.
    setImmediate(() => (forcing = false));
    memory.maxRssAfterGc = Math.max(memory.maxRssAfterGc, m.rss);
    memory.maxHeapAfterGc = Math.max(memory.maxHeapAfterGc, m.heapUsed);
    const stories = library.size - 1;
    samples.push({ opens, rss: m.rss, heapUsed: m.heapUsed, libraryBytes: library.bytes, librarySize: library.size });
    if (stories > 0 && stories >= perStory.size) {
      perStory = { heap: (m.heapUsed - baseline.heapUsed) / stories, estimate: library.bytes / stories, size: stories };
    }
  };

  const rng = new Random(config.seed);
  const passes: StoriesMeasureResult['passes'] = [];
  for (let pass = 0; pass < config.passes; pass++) {
    const order = [...config.names];
    if (pass > 0) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
    }
    const cold: number[] = [];
    const warm: number[] = [];
    for (const name of order) {
      const ref: StoryRef = { owner: config.owner, name };
      const cpu = process.cpuUsage();
      const a = performance.now();
      const store = await library.open(ref);
      const b = performance.now();
      const corpus = store.current();
      const { spec, raw } = nextInput(corpus);
      // As the bot's answer commands: the structures this answer needs built first (a story is served unwarmed).
      const result = await runPreparedAnswer(spec, corpus, raw);
      const c = performance.now();
      if (!result.ok) answerErrors++;
      opens++;
      if (!seen.has(store)) {
        seen.add(store);
        loads++;
        const load = store.lastLoad;
        const used = process.cpuUsage(cpu);
        colds.push({
          story: name,
          pass,
          totalMs: c - a,
          cpuMs: (used.user + used.system) / 1000,
          openMs: b - a,
          loadMs: load ? load.durationMs - load.prepareMs : NaN,
          prepareMs: load?.prepareMs ?? NaN,
          answerMs: c - b,
          fromSnapshot: load?.fromSnapshot ?? false,
        });
        cold.push(c - a);
      } else warm.push(c - a);
      const m = process.memoryUsage();
      memory.maxRss = Math.max(memory.maxRss, m.rss);
      memory.maxHeapUsed = Math.max(memory.maxHeapUsed, m.heapUsed);
      memory.libraryMaxBytes = Math.max(memory.libraryMaxBytes, library.bytes);
      memory.libraryMaxSize = Math.max(memory.libraryMaxSize, library.size - 1);
      if (opens % config.gcEvery === 0) sampleAfterGc();
      if (opens % 100 === 0) log(`pass ${pass + 1}: ${opens} opens, ${library.size - 1} stories loaded, rss ${Math.round(m.rss / 1048576)} MB`);
    }
    passes.push({
      order: pass === 0 ? 'in order' : 'shuffled',
      opens: order.length,
      cold: cold.length,
      warm: warm.length,
      coldFirstAnswerMs: latencyStats(cold),
      warmAnswerMs: latencyStats(warm),
    });
  }
  sampleAfterGc();
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  const cyclingPeakRss = peakRss();
  const libraryFinalSize = library.size - 1;

  // ---- a warm story vs a plain CorpusStore of the same corpus, the same inputs, interleaved ----
  log('warm story vs plain store…');
  const ref0: StoryRef = { owner: config.owner, name: config.names[0]! };
  cpSync(library.dir(ref0), config.plainDir, { recursive: true });
  // Story 0's cache folder: the plain store finds the same snapshot by its content hash.
  const plain = new CorpusStore(config.plainDir, { cacheDir: storyCacheDir(config.cacheDir, ref0) });
  await plain.reload();
  const storyCorpus = (await library.open(ref0)).current();
  const vocabulary = vocabularyOf(storyCorpus, config.seed + 1);
  const comparisons: CommandComparison[] = [];
  const allStory: number[] = [];
  const allPlain: number[] = [];
  let mismatches = 0;
  for (const spec of ANSWERS) {
    const { optionSets } = commandInputs(spec, vocabulary, config.queries);
    const viaStory = async (raw: Record<string, unknown>) => {
      const a = performance.now();
      const result = await runPreparedAnswer(spec, (await library.open(ref0)).current(), raw);
      return { ms: performance.now() - a, result };
    };
    const viaPlain = async (raw: Record<string, unknown>) => {
      const a = performance.now();
      const result = await runPreparedAnswer(spec, plain.current(), raw);
      return { ms: performance.now() - a, result };
    };
    for (const raw of optionSets.slice(0, 20)) {
      await viaStory(raw);
      await viaPlain(raw);
    }
    const s: number[] = [];
    const p: number[] = [];
    for (const [i, raw] of optionSets.entries()) {
      // Alternating which goes first, so neither always runs on the other's warm caches.
      let x, y;
      if (i % 2) {
        x = await viaStory(raw);
        y = await viaPlain(raw);
      } else {
        y = await viaPlain(raw);
        x = await viaStory(raw);
      }
      s.push(x.ms);
      p.push(y.ms);
      if (i < 50 && JSON.stringify(x.result) !== JSON.stringify(y.result)) mismatches++;
    }
    comparisons.push(compare(spec.name, s, p));
    allStory.push(...s);
    allPlain.push(...p);
  }
  plain.close();

  // ---- editing a large story: create (a copy), remove an article, restore it ----
  const snapshotsBeforeEdits = countSnapshots(config.cacheDir);
  const sourceRef: StoryRef = { owner: config.owner, name: config.editSource };
  const source = await library.corpus(sourceRef);
  const sourceInfo = { sourcePassages: source.passages.length, sourceArticles: source.articles.length };
  library.unload(sourceRef);
  const sources = findAnswer('sources')!;
  const settle = () => new Promise((resolve) => setTimeout(resolve, 800));
  const rounds: EditRound[] = [];
  for (let r = 0; r < config.editRounds; r++) {
    await settle();
    const ref: StoryRef = { owner: config.owner, name: `edit-${r + 1}` };
    log(`edit round ${r + 1}/${config.editRounds}: create, remove, restore…`);
    let a = performance.now();
    const copied = await createStory({ folders, catalog, ref, by: 'bench', from: sourceRef });
    let store = await library.open(ref);
    let answered = runAnswer(sources, store.current(), { limit: 10 });
    const createMs = performance.now() - a;
    const created = store.current();
    const createLoad = loadTiming(store);
    const createdAll = answered.ok && created.articles.length === copied && created.hash === source.hash;

    const victim = created.articles[Math.floor((created.articles.length * (r + 1)) / (config.editRounds + 1))]!.id;
    await settle();
    a = performance.now();
    await removeArticle({ folders, catalog, ref, article: victim, by: 'bench' });
    // As /article does: the story's store reloads before the reply.
    store = await library.open(ref);
    await store.reload();
    answered = runAnswer(sources, store.current(), { limit: 10 });
    const removeMs = performance.now() - a;
    const removeLoad = loadTiming(store);
    const removedGone = answered.ok && !store.current().articleById.has(victim) && store.current().articles.length === copied - 1;

    await settle();
    a = performance.now();
    await restoreArticle({ folders, catalog, ref, article: victim });
    store = await library.open(ref);
    await store.reload();
    answered = runAnswer(sources, store.current(), { limit: 10 });
    const restoreMs = performance.now() - a;
    const restoreLoad = loadTiming(store);
    const restoredBack = answered.ok && store.current().articleById.has(victim) && store.current().hash === source.hash;

    rounds.push({
      story: `${ref.owner}/${ref.name}`,
      articles: created.articles.length,
      passages: created.passages.length,
      createMs,
      createLoad,
      removed: victim,
      removeMs,
      removeLoad,
      restoreMs,
      restoreLoad,
      checks: { createdAll, removedGone, restoredBack },
    });
    await settle();
    library.unload(ref);
    await deleteStory({ folders, catalog, ref });
  }
  library.close();
  state.close();
  const snapshotsAfterEdits = countSnapshots(config.cacheDir);

  const stats = (pick: (c: (typeof colds)[number]) => number) => latencyStats(colds.map(pick).filter(Number.isFinite));
  return {
    importMs,
    sample: { passages: sample.passages.length, loadMs: sampleLoadMs, firstUseMs },
    cache: { snapshotsBeforeEdits, snapshotsAfterEdits },
    cold: {
      count: colds.length,
      fromSnapshot: colds.filter((c) => c.fromSnapshot).length,
      firstAnswerMs: stats((c) => c.totalMs),
      cpuMs: stats((c) => c.cpuMs),
      openMs: stats((c) => c.openMs),
      loadMs: stats((c) => c.loadMs),
      prepareMs: stats((c) => c.prepareMs),
      answerMs: stats((c) => c.answerMs),
      slowest: [...colds]
        .sort((x, y) => y.totalMs - x.totalMs)
        .slice(0, 5)
        .map((c) => ({ story: c.story, pass: c.pass + 1, totalMs: c.totalMs, cpuMs: c.cpuMs, loadMs: c.loadMs, prepareMs: c.prepareMs, answerMs: c.answerMs })),
    },
    passes,
    gc: { pauses: gcPauses.length, totalMs: gcPauses.reduce((x, y) => x + y, 0), pauseMs: latencyStats(gcPauses) },
    answerErrors,
    memory: {
      budgetBytes: config.budgetBytes,
      storiesBudgetBytes: library.storiesBudgetBytes,
      ...memory,
      peakRss: cyclingPeakRss,
      baseline,
      libraryFinalSize,
      evictions: loads - libraryFinalSize,
      heapPerStory: perStory.heap,
      estimatePerStory: perStory.estimate,
      samples,
    },
    warmVsPlain: {
      story: `${ref0.owner}/${ref0.name}`,
      passages: storyCorpus.passages.length,
      sameHash: plain.current().hash === storyCorpus.hash,
      mismatches,
      inputsPerCommand: config.queries,
      commands: comparisons,
      all: compare('all', allStory, allPlain),
    },
    edits: { ...sourceInfo, rounds, peakRss: peakRss() },
  };
}

async function main(): Promise<void> {
  const [mode, configFile, resultFile] = process.argv.slice(2);
  if (!mode || !configFile || !resultFile) throw new Error('usage: storiesChild <build|measure> <config.json> <result.json>');
  const config: unknown = JSON.parse(readFileSync(configFile, 'utf8'));
  const result = mode === 'build' ? await build(config as BuildConfig) : mode === 'measure' ? await measure(config as MeasureConfig) : null;
  if (!result) throw new Error(`unknown mode ${mode}`);
  writeFileSync(resultFile, JSON.stringify(result));
  // Watchers and timers of the library are closed; anything left must not keep the process alive.
  process.exit(0);
}

main().catch((err: unknown) => {
  process.stderr.write(`stories bench ${process.argv[2]} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
