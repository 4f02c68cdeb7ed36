/**
 * The benchmark's measurements that need a process of their own, so that
 * memory and start-up are those of a fresh bot: `build`, `cold` and `latency`.
 * Prints one JSON line, prefixed so the parent can find it among any logs.
 */
import { performance, monitorEventLoopDelay } from 'node:perf_hooks';
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

async function main(argv: string[]): Promise<unknown> {
  const [mode, dir, cacheDir, queries, seed] = argv;
  if (!dir || !cacheDir) throw new Error('usage: child.ts build|cold|latency <corpus dir> <cache dir> [queries] [seed]');
  if (mode === 'build') return build(dir, cacheDir);
  if (mode === 'cold') return cold(dir, cacheDir);
  if (mode === 'latency') return latency(dir, cacheDir, Number(queries ?? 1000), Number(seed ?? 1));
  throw new Error(`unknown mode ${mode}`);
}

main(process.argv.slice(2)).then(
  (result) => {
    process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(result)}\n`);
  },
  (err: unknown) => {
    process.stderr.write(`bench child failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
