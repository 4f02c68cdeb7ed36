import type { BenchReport, CorpusReport, TargetResult } from './reportTypes.js';
import { MB } from './stats.js';

export type { TargetResult } from './reportTypes.js';

/** The targets, checked on the largest corpus measured (100,000 passages in a full run). */
export function evaluateTargets(c: CorpusReport, e2e?: BenchReport['e2e'], paragraph?: BenchReport['longParagraph']): TargetResult[] {
  const below = (target: string, value: number | null, limit: number, unit: string): TargetResult => ({
    target,
    value: value === null ? null : Math.round(value * 100) / 100,
    limit,
    unit,
    met: value === null ? null : value < limit,
  });
  const worstSearchKind = Math.max(...Object.values(c.latency.searchByKind).map((s) => s.p99), 0);
  return [
    ...c.latency.commands.map((cmd) => below(`${cmd.command} p99`, cmd.latency.p99, 20, 'ms')),
    below('search p99, worst kind of query (fuzzy, prefix, one letter…)', worstSearchKind, 20, 'ms'),
    ...(c.latency.autocomplete.length
      ? c.latency.autocomplete.map((a) => below(`${a.command} p99`, a.latency.p99, 5, 'ms'))
      : [below('autocomplete p99', null, 5, 'ms')]),
    ...(c.latency.askOverhead ?? []).map((o) => below(`ask p99 over the ${o.engine} it routes to (same questions)`, o.ask.p99 - o.routed.p99, 2, 'ms')),
    below('cold start to first answer', c.cold.wallMs, 1500, 'ms'),
    below('cold start to first answer, CPU time', c.cold.cpuMs, 1500, 'ms'),
    below('steady heap after load', c.memory.heapUsed / MB, 300, 'MB'),
    below('peak RSS while loading the snapshot', c.memory.peakRssLoading / MB, 800, 'MB'),
    below('peak RSS while building', c.build.peakRss / MB, 800, 'MB'),
    below('longest event-loop stall while building', c.build.maxEventLoopDelayMs, 100, 'ms'),
    below(
      `longest main-thread stall over a reload cycle (load, assemble, warm, ${c.reloadCycle?.channels ?? 0} pinned summaries)`,
      c.reloadCycle ? c.reloadCycle.maxStallMs : null,
      100,
      'ms',
    ),
    below('one article added, until answerable, p50', c.edits ? c.edits.added.p50 : null, 1000, 'ms'),
    below('one article removed, until answerable, p50', c.edits ? c.edits.removed.p50 : null, 1000, 'ms'),
    below('end to end: dispatch to first callback p99 (Discord allows 3 s)', e2e?.measured ? e2e.ack.p99 : null, 3000, 'ms'),
    { target: 'ingest throughput', value: c.ingest.articlesPerSec, limit: 100, unit: 'articles/s', met: c.ingest.articlesPerSec >= 100 },
    paragraphTarget(paragraph),
  ];
}

/** The longest paragraph's throughput per second of CPU: at least 200 KB/s (the 1.7 MB page ran at 14 KB/s of wall time). */
function paragraphTarget(paragraph: BenchReport['longParagraph'] | undefined): TargetResult {
  const longest = paragraph?.runs.at(-1)?.kbPerCpuSecond ?? null;
  return {
    target: 'ingest of one long paragraph, the longest (per CPU second)',
    value: longest,
    limit: 200,
    unit: 'KB/s',
    met: longest === null ? null : longest >= 200,
  };
}
