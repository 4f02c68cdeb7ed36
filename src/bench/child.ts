/**
 * The benchmark's measurements that need a process of their own, so that
 * memory and start-up are those of a fresh bot: `build`, `cold`, `latency`, `reload` and `feed`.
 * Prints one JSON line, prefixed so the parent can find it among any logs.
 */
import { readFileSync } from 'node:fs';
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
import type { CpuProfile } from './profile.js';
import type { ReloadProfile } from './reportTypes.js';
import { RESULT_PREFIX } from './spawn.js';

// Measured from here: node start-up before this line is in the parent's wall time.
const startedAt = performance.now();

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss, maxRss: process.resourceUsage().maxRSS * 1024 };
}

async function build(dir: string, cacheDir: string) {
  const { loadCorpus } = await import('../pipeline/loadCorpus.js');
  const { snapshotPath } = await import('../pipeline/snapshot.js');
  const { statSync } = await import('node:fs');
  // What a bot answering during a rebuild would feel: the longest time a 10 ms timer waited.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  // The same, by hand, to say when the longest stalls happened.
  const stalls: Array<{ atMs: number; ms: number }> = [];
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    if (now - last > 50) stalls.push({ atMs: Math.round(last - t0), ms: Math.round(now - last - 10) });
    last = now;
  }, 10);
  const phases: Record<string, number> = {};
  const t0 = performance.now();
  // As a bot serving a corpus rebuilds (CorpusStore.reload): on a worker thread, whatever the corpus's size.
  const { corpus, fromSnapshot } = await loadCorpus(dir, { cacheDir, worker: true, onPhase: (phase, ms) => (phases[phase] = ms) });
  const totalMs = performance.now() - t0;
  clearInterval(ticker);
  delay.disable();
  stalls.sort((a, b) => b.ms - a.ms);
  let snapshotBytes = 0;
  try {
    snapshotBytes = statSync(snapshotPath(cacheDir, corpus.hash)).size;
  } catch {
    // no snapshot written: reported as 0
  }
  return {
    fromSnapshot,
    articles: corpus.articles.length,
    passages: corpus.passages.length,
    problems: corpus.problems.length,
    annotations: Object.fromEntries(Object.entries(corpus.annotations).map(([k, v]) => [k, Array.isArray(v) ? v.length : 0])),
    phases,
    totalMs,
    maxEventLoopDelayMs: delay.max / 1e6,
    stalls: stalls.slice(0, 5),
    snapshotBytes,
    memory: memory(),
  };
}

async function cold(dir: string, cacheDir: string) {
  const imported = performance.now();
  const { loadCorpus } = await import('../pipeline/loadCorpus.js');
  const { findAnswer, runAnswer } = await import('../answers/registry.js');
  const importMs = performance.now() - imported;
  const t0 = performance.now();
  const { corpus, fromSnapshot } = await loadCorpus(dir, { cacheDir });
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  const first = corpus.passages[0]?.text.split(/\s+/).slice(0, 3).join(' ') || 'news';
  const answer = runAnswer(findAnswer('search')!, corpus, { query: first });
  const answerMs = performance.now() - t1;
  if (!answer.ok) throw new Error(answer.message);
  const cpu = process.cpuUsage();
  return {
    fromSnapshot,
    importMs,
    loadMs,
    answerMs,
    sinceScriptStartMs: performance.now() - startedAt,
    // CPU time of the whole process so far (node's own start included): on a shared, busy machine the wall
    // time also counts waiting for a core, this does not.
    cpuMs: (cpu.user + cpu.system) / 1000,
    memory: memory(),
  };
}

async function latency(dir: string, cacheDir: string, queries: number, seed: number) {
  const { loadCorpus } = await import('../pipeline/loadCorpus.js');
  const { measureLatency } = await import('./measure.js');
  const { corpus } = await loadCorpus(dir, { cacheDir });
  const report = await measureLatency(corpus, { queries, seed });
  return { ...report, memory: memory() };
}

async function paragraph(seedDir: string, workDir: string, sizes: string | undefined) {
  const { measureLongParagraphs, PARAGRAPH_SENTENCES } = await import('./longParagraph.js');
  return measureLongParagraphs(seedDir, workDir, sizes ? sizes.split(',').map(Number) : PARAGRAPH_SENTENCES);
}

async function peers(dir: string, cacheDir: string, queries: number, seed: number) {
  const { loadCorpus } = await import('../pipeline/loadCorpus.js');
  const { measurePeers } = await import('./peers.js');
  const { corpus } = await loadCorpus(dir, { cacheDir });
  return measurePeers(corpus, { queries, seed });
}

/**
 * What a serving bot's main thread goes through when the articles change: the
 * store reloads (the files listed, read and hashed again, the snapshot decoded,
 * the corpus assembled and its answers warmed), then the pinned summaries of
 * `channels` channels are remade and edited in place through a stand-in for
 * Discord's REST API (1 ms per call). A 10 ms timer runs throughout, as in
 * `build`: its longest wait is the longest a reply would have waited.
 */
async function reload(dir: string, cacheDir: string, channels: number, profiled = false) {
  const { CorpusStore } = await import('../pipeline/store.js');
  const { warmAnswers } = await import('../answers/warm.js');
  const { refreshPinnedSummaries } = await import('../../commands/summary.js');
  const { readdirSync, utimesSync } = await import('node:fs');
  const path = await import('node:path');

  const { loadLazyModules } = await import('../text/lazyModule.js');
  const { createRequire } = await import('node:module');
  const loadedModules = createRequire(import.meta.url).cache;

  // Serving: started as start.ts starts the bot (the dependencies answers load on first use loaded before any
  // interaction), then loaded and warmed (by the store, or as start.ts once did after a load).
  const lazyModulesMs = loadLazyModules();
  // Always built again (a touched file would otherwise be seen to have the same content and kept): what is
  // measured is a reload from the snapshot; an update in place is measured by the edit rounds.
  const store = new CorpusStore(dir, { cacheDir, delta: false });
  await warmAnswers(await store.reload());
  // The pinned summaries' records, in memory: what is measured is the work on the corpus, not the state database.
  type Pins = Parameters<typeof refreshPinnedSummaries>[0]['pins'];
  type PinRecord = NonNullable<Awaited<ReturnType<Pins['get']>>>;
  const records = new Map<string, PinRecord>();
  const pins = {
    get: async (channelId: string) => records.get(channelId) ?? null,
    set: async (record: PinRecord) => void records.set(record.channelId, record),
    delete: async (channelId: string) => void records.delete(channelId),
    list: async () => [...records.values()],
    // One refresh here, never two at once for a channel: nothing to queue.
    oneAtATime: <T>(_channelId: string, work: () => Promise<T>) => work(),
  } as unknown as Pins;
  for (let i = 0; i < channels; i++) {
    // Most pinned with the default options, some with their own: each set of options is its own summary.
    const options = i % 10 === 9 ? { limit: 3 } : {};
    const channelId = String(100_000 + i);
    records.set(channelId, { channelId, messageId: String(900_000 + i), guildId: '1', corpusHash: 'older', updatedAt: new Date(0).toISOString(), options });
  }
  let calls = 0;
  const answer = async () => {
    calls++;
    await new Promise((resolve) => setTimeout(resolve, 1));
    return {};
  };
  const rest = { patch: answer, post: answer, put: answer };
  // A file touched (as an ingest by another process leaves the folder): the listing no longer matches, so the
  // reload reads and hashes every file, then finds the snapshot of that content.
  const first = readdirSync(dir).sort()[0];
  if (first) utimesSync(path.join(dir, first), new Date(), new Date());

  const delay = monitorEventLoopDelay({ resolution: 10 });
  const stalls: Array<{ atMs: number; ms: number; cpuMs: number | null; waitingMs: number | null; phase: string; modulesLoaded: string[] }> = [];
  // Modules loaded during the cycle (CommonJS, by package): a first use inside it is paid in one stall.
  const known = new Set(Object.keys(loadedModules));
  const newModules = () => {
    const packages = new Set<string>();
    for (const file of Object.keys(loadedModules)) {
      if (known.has(file)) continue;
      known.add(file);
      packages.add(/node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(file)?.[1] ?? file);
    }
    return [...packages];
  };
  const modulesLoaded = new Set<string>();
  let phase = 'load';
  // A stall is named by the phases it spans ("warm→pins": a warm-up done at once, then the first summaries).
  let spanned = phase;
  const enter = (next: string) => {
    phase = next;
    spanned += `→${next}`;
  };
  // Profiled: a second run of the cycle in a process of its own (the profiler slows what it samples), to say which
  // functions ran in the interval between two ticks where the main thread used the most CPU.
  const session = profiled ? new (await import('node:inspector/promises')).Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 250 });
    await session.post('Profiler.start');
  }
  const nowUs = () => Number(process.hrtime.bigint() / 1000n);
  let lastUs = nowUs();
  // In an object: assigned in the timer's callback, which TypeScript does not follow.
  const busiest: { interval: { atMs: number; ms: number; cpuMs: number; phase: string; fromUs: number; toUs: number } | null } = { interval: null };
  const t0 = performance.now();
  let last = t0;
  let lastTimes = mainThreadTimes();
  let longest = 0;
  let longestBusy: number | null = lastTimes === null ? null : 0;
  const longestByPhase: Record<string, number> = { load: 0, warm: 0, pins: 0 };
  delay.enable();
  const ticker = setInterval(() => {
    const now = performance.now();
    const times = mainThreadTimes();
    const busy = times && lastTimes ? Math.round(times.cpu - lastTimes.cpu) : null;
    const waiting = times && lastTimes ? Math.round(times.waiting - lastTimes.waiting) : null;
    longest = Math.max(longest, now - last - 10);
    if (busy !== null) longestBusy = Math.max(longestBusy ?? 0, busy);
    const us = nowUs();
    if (busy !== null && busy > (busiest.interval?.cpuMs ?? -1))
      busiest.interval = { atMs: Math.round(last - t0), ms: Math.round(now - last - 10), cpuMs: busy, phase: spanned, fromUs: lastUs, toUs: us };
    lastUs = us;
    for (const p of spanned.split('→')) longestByPhase[p] = Math.max(longestByPhase[p] ?? 0, Math.round(now - last - 10));
    const loaded = newModules();
    for (const m of loaded) modulesLoaded.add(m);
    if (now - last > 30)
      stalls.push({ atMs: Math.round(last - t0), ms: Math.round(now - last - 10), cpuMs: busy, waitingMs: waiting, phase: spanned, modulesLoaded: loaded });
    spanned = phase;
    last = now;
    lastTimes = times;
  }, 10);
  const corpus = await store.reload();
  const loadMs = performance.now() - t0;
  enter('warm');
  await warmAnswers(corpus);
  const warmMs = performance.now() - t0 - loadMs;
  enter('pins');
  const done = await refreshPinnedSummaries({ rest, pins, corpus, owns: () => true });
  const pinsMs = performance.now() - t0 - loadMs - warmMs;
  // One more tick, so a stall at the very end is seen.
  await new Promise((resolve) => setTimeout(resolve, 15));
  clearInterval(ticker);
  delay.disable();
  for (const m of newModules()) modulesLoaded.add(m);
  stalls.sort((a, b) => b.ms - a.ms);
  let profile: ReloadProfile | null = null;
  if (session) {
    const { profile: cpu } = await session.post('Profiler.stop');
    session.disconnect();
    const { summarizeCpuProfiles } = await import('./profile.js');
    if (busiest.interval) {
      const { fromUs, toUs, ...stall } = busiest.interval;
      profile = { stall, ...summarizeCpuProfiles([cpu as CpuProfile], 12, { fromUs, toUs }) };
    }
  }
  return {
    profile,
    lazyModulesMs,
    modulesLoaded: [...modulesLoaded],
    fromSnapshot: store.lastLoad?.fromSnapshot ?? false,
    passages: corpus.passages.length,
    totalMs: performance.now() - t0,
    phases: { loadMs, warmMs, pinsMs },
    channels: done.length,
    updated: done.filter((d) => d.outcome === 'updated').length,
    restCalls: calls,
    maxStallMs: Math.round(longest * 10) / 10,
    /** The longest stall in each phase (a stall spanning several counts in each). */
    maxStallByPhase: longestByPhase,
    /**
     * The most CPU time the main thread itself used between two ticks (Linux only, else null): on a machine
     * busy with other work a stall also counts waiting for a core, this does not.
     */
    maxBusyMs: longestBusy,
    maxEventLoopDelayMs: delay.max / 1e6,
    stalls: stalls.slice(0, 5),
  };
}

/**
 * A corpus followed while it develops: `count` times, one article written into
 * the folder (an article of the corpus with a sentence only it holds), then
 * one of the corpus's own articles removed, each timed from the file change
 * until a serving store (its build worker kept warm between reloads) answers
 * from the corpus with the change: the new sentence found by /search, the
 * removed article's gone. A few articles are updated in place (delta.ts):
 * also timed, until the answers' structures are warmed for the new corpus
 * (built in slices after it is served), the longest the main thread went
 * without turning during the reload, and the exact build that follows an
 * addition once the folder is quiet (`store.reconcile()`, asked at once here,
 * in the first `exactRounds` rounds: at 100,000 passages it takes tens of
 * seconds). The first reconciliation also starts the worker.
 */
async function edits(dir: string, cacheDir: string, count: number, exactRounds = count) {
  const { CorpusStore } = await import('../pipeline/store.js');
  const { searchAnswer } = await import('../answers/search/answer.js');
  const { warmAnswers } = await import('../answers/warm.js');
  const { readdirSync, readFileSync: read, rmSync, writeFileSync } = await import('node:fs');
  const path = await import('node:path');
  const { latencyStats } = await import('./stats.js');

  // Each timed reload's stages: on the worker (segments, passages, index, find, annotate, encode, snapshot-write), then on the main thread.
  let phases: Record<string, number> = {};
  const store = new CorpusStore(dir, { cacheDir, onPhase: (phase, ms) => (phases[phase] = Math.round(ms)) });
  await store.reload();
  const stages: Array<Record<string, number | string>> = [];
  const warmed: number[] = [];
  const stalls: number[] = [];
  const exact: number[] = [];
  /** The reload, timed from `t0`; then the answers' warm-up of the corpus served. */
  const timedReload = async (t0: number) => {
    phases = {};
    let longest = 0;
    let last = performance.now();
    let ticking = true;
    const tick = () => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const main = mainThreadTimes();
    const cpu = process.cpuUsage();
    await store.reload();
    const answerable = performance.now() - t0;
    ticking = false;
    stalls.push(longest);
    const mainAfter = mainThreadTimes();
    const cpuAfter = process.cpuUsage(cpu);
    stages.push({
      ...phases,
      // CPU, not wall: the main thread's own, the time it waited for a core (Linux), and the process's (worker included).
      ...(main && mainAfter ? { 'main-cpu': Math.round(mainAfter.cpu - main.cpu), 'main-waiting': Math.round(mainAfter.waiting - main.waiting) } : {}),
      'process-cpu': Math.round((cpuAfter.user + cpuAfter.system) / 1000),
      kind: store.lastLoad?.kind ?? 'exact',
      load: Math.round(store.lastLoad?.durationMs ?? 0) - Math.round(store.lastLoad?.prepareMs ?? 0),
      warm: Math.round(store.lastLoad?.prepareMs ?? 0),
    });
    await warmAnswers(store.current());
    warmed.push(performance.now() - t0);
    return answerable;
  };
  const originals = readdirSync(dir)
    .filter((n) => /\.(md|txt)$/.test(n))
    .sort();
  const phrase = (i: number) => `Quarrendel ${i} wharf keepers tallied the moorings`;
  const found = (text: string) => searchAnswer(store.current(), { query: text, limit: 5 }).results.some((r) => r.quote.text.includes(text));
  const added: number[] = [];
  const removed: number[] = [];
  const wrong: string[] = [];
  for (let i = 0; i < count; i++) {
    const from = originals[(i * 7919) % originals.length]!;
    const name = `zz-edit-${String(i).padStart(3, '0')}.md`;
    const text = `${read(path.join(dir, from), 'utf8').trimEnd()}\n\n${phrase(i)} on the quay.\n`;
    let t0 = performance.now();
    writeFileSync(path.join(dir, name), text);
    added.push(await timedReload(t0));
    if (!found(phrase(i))) wrong.push(`addition ${i} not found`);

    if (i < exactRounds) {
      // The exact build the store runs once the folder is quiet, asked for now.
      t0 = performance.now();
      await store.reconcile();
      exact.push(performance.now() - t0);
      if (!found(phrase(i))) wrong.push(`addition ${i} not found after the exact build`);
    }

    const gone = originals[(i * 104_729 + 1) % originals.length]!;
    const goneText = read(path.join(dir, gone), 'utf8');
    t0 = performance.now();
    rmSync(path.join(dir, gone));
    removed.push(await timedReload(t0));
    if (store.current().articles.some((a) => a.file === gone)) wrong.push(`removal ${i} still served`);
    // Put back unseen, so every removal is of an article the corpus has.
    writeFileSync(path.join(dir, gone), goneText);
    await store.reload();
    rmSync(path.join(dir, name));
    await store.reload();
  }
  store.close();
  return {
    passages: store.current().passages.length,
    count,
    added: latencyStats(added),
    removed: latencyStats(removed),
    addedMs: added.map(Math.round),
    removedMs: removed.map(Math.round),
    warmed: latencyStats(warmed),
    maxStallMs: Math.round(Math.max(0, ...stalls) * 10) / 10,
    stallP50Ms: Math.round(latencyStats(stalls).p50 * 10) / 10,
    exact: exact.length ? latencyStats(exact) : undefined,
    stages,
    wrong,
  };
}

/**
 * The main thread's scheduler times, in ms, from /proc (Linux); null elsewhere: `cpu` it has run,
 * `waiting` it was ready to run but waited for a core (another process had it).
 */
function mainThreadTimes(): { cpu: number; waiting: number } | null {
  try {
    const [run, wait] = readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ').map(Number);
    return { cpu: run! / 1e6, waiting: wait! / 1e6 };
  } catch {
    return null;
  }
}

async function main(argv: string[]): Promise<unknown> {
  const [mode, dir, cacheDir, queries, seed] = argv;
  if (!dir || !cacheDir)
    throw new Error(
      'usage: child.ts build|cold|latency|reload|edits|feed|peers|paragraph <corpus dir> <cache or work dir> [queries|channels|items|edits] [seed, profile for reload, or exact rounds for edits]',
    );
  if (mode === 'build') return build(dir, cacheDir);
  if (mode === 'cold') return cold(dir, cacheDir);
  if (mode === 'latency') return latency(dir, cacheDir, Number(queries ?? 1000), Number(seed ?? 1));
  if (mode === 'reload') return reload(dir, cacheDir, Number(queries ?? 50), seed === 'profile');
  if (mode === 'peers') return peers(dir, cacheDir, Number(queries ?? 1000), Number(seed ?? 1));
  if (mode === 'paragraph') return paragraph(dir, cacheDir, queries);
  if (mode === 'edits') return edits(dir, cacheDir, Number(queries ?? 20), seed === undefined ? undefined : Number(seed));
  if (mode === 'feed') {
    // Here `dir` is the seed folder and `cacheDir` the work folder of the poll; `queries` the item count.
    const { measureFeedPoll } = await import('./feedPoll.js');
    return measureFeedPoll(dir, cacheDir, Number(queries ?? 50), Number(seed ?? 20200124));
  }
  throw new Error(`unknown mode ${mode}`);
}

main(process.argv.slice(2)).then(
  (result) => {
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
  },
  (err: unknown) => {
    process.stderr.write(`bench child failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    // Exits now: a store's worker or a timer of the failed measurement would keep the process, and the bench waiting on it, alive.
    process.exit(1);
  },
);
