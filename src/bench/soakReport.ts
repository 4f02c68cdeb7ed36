import type { LatencyStats } from './stats.js';
import type { SoakReport } from './soakRun.js';

/** Below this length a run's heap growth is reported but not judged: a 30 s run's growth is noise. */
export const HEAP_JUDGED_FROM_MINUTES = 5;
export const HEAP_GROWTH_LIMIT_PCT = 10;

export interface SoakTarget {
  name: string;
  limit: string;
  measured: string;
  met: boolean;
  /** False when the run is too short for the target to mean anything (reported, not judged). */
  judged: boolean;
}

export function soakTargets(report: Omit<SoakReport, 'process'> & Pick<SoakReport, 'process'>): SoakTarget[] {
  const unhandled = report.process.unhandledRejections + report.process.uncaughtExceptions;
  const heapJudged = report.options.minutes >= HEAP_JUDGED_FROM_MINUTES;
  return [
    {
      name: 'interactions without an initial response within 3 s',
      limit: '0',
      measured: `${report.unanswered.total} (server ${report.unanswered.server}, timed ${report.unanswered.timed})`,
      met: report.unanswered.total === 0,
      judged: true,
    },
    {
      name: 'deferred answers never delivered',
      limit: '0',
      measured: String(report.unfinished.count),
      met: report.unfinished.count === 0,
      judged: true,
    },
    {
      name: 'article changes the answers did not show within 20 s',
      limit: '0',
      measured: `${report.disturbances.reloads.stale} of ${report.disturbances.reloads.stale + report.disturbances.reloads.served}`,
      met: report.disturbances.reloads.stale === 0,
      judged: true,
    },
    {
      name: 'unhandled rejections + uncaught exceptions',
      limit: '0',
      measured: `${report.process.unhandledRejections} + ${report.process.uncaughtExceptions}`,
      met: unhandled === 0,
      judged: true,
    },
    {
      name: `heap growth, first to last sample${heapJudged ? '' : ` (judged from ${HEAP_JUDGED_FROM_MINUTES} min)`}`,
      limit: `< ${HEAP_GROWTH_LIMIT_PCT} %`,
      measured: `${report.heap.growthPct} % (${report.heap.firstMB} → ${report.heap.lastMB} MB)`,
      met: report.heap.growthPct < HEAP_GROWTH_LIMIT_PCT,
      judged: heapJudged,
    },
  ];
}

export function soakPassed(targets: SoakTarget[]): boolean {
  return targets.every((t) => t.met || !t.judged);
}

const ms = (n: number) => (Number.isFinite(n) ? (n >= 100 ? String(Math.round(n)) : n.toFixed(1)) : '–');
const lat = (s: LatencyStats) => (s.count ? `p50 ${ms(s.p50)} / p99 ${ms(s.p99)} / max ${ms(s.max)} ms (${s.count})` : 'none');

/** The report as a plain-text page for the terminal. */
export function formatSoak(report: SoakReport, targets: SoakTarget[]): string {
  const d = report.disturbances;
  const lines: string[] = [];
  const row = (label: string, value: string) => lines.push(`  ${label.padEnd(34)} ${value}`);
  lines.push(
    `Soak: ${report.options.minutes} min at ${report.options.rate}/s from ${report.options.users} members (page buttons live ${report.options.pageTtlSec} s), ${report.machine.cpus} cores (${report.machine.cpuModel}), node ${report.machine.node}, load ${report.machine.loadAvgStart[0]} → ${report.machine.loadAvgEnd[0]}`,
    '',
  );
  row(
    'interactions sent',
    `${report.sent} (commands ${report.sentByKind.command}, autocompletes ${report.sentByKind.autocomplete}, page buttons ${report.sentByKind.button})`,
  );
  row('answered', String(report.answered));
  row('unanswered within 3 s', `${report.unanswered.total} (server ${report.unanswered.server}, own timing ${report.unanswered.timed})`);
  row('acknowledged, never answered', String(report.unfinished.count));
  row('ack latency (dispatch → callback)', lat(report.ack));
  row('reply latency (dispatch → answer)', lat(report.reply));
  for (const kind of ['command', 'autocomplete', 'button'] as const)
    row(`  ${kind} ack / reply p99`, `${ms(report.byKind[kind].ack.p99)} / ${ms(report.byKind[kind].reply.p99)} ms`);
  row(
    'bot outcomes',
    Object.entries(report.outcomes)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ') || 'none logged',
  );
  row('cooldown / "restarting" answers', `${report.cooldownAnswers} / ${report.restartingAnswers}`);
  row(
    'corpus reloads (written / removed / seen)',
    `${d.reloads.writes} / ${d.reloads.removes} / ${d.reloads.observed}; pinned summary refreshed ${d.pinnedSummaryRefreshes}×`,
  );
  row('  changes seen in the answers', `${d.reloads.served}, stale ${d.reloads.stale}; after ${lat(d.reloads.servedAfterMs)}`);
  row('gateway drops (cut+closed / op 7 / resumed)', `${d.drops.dropped} / ${d.drops.reconnectsAsked} / ${d.drops.resumed}; resume ${lat(d.drops.resumeMs)}`);
  row(
    '429s (planned route+global / seen)',
    `${d.rateLimits.planned}+${d.rateLimits.plannedGlobal} / ${d.rateLimits.observedRoute429}+${d.rateLimits.observedGlobal429}${d.rateLimits.unconsumed ? `, ${d.rateLimits.unconsumed} never hit` : ''}`,
  );
  row(
    'restart',
    d.restart.done
      ? `${d.restart.done}× in ${d.restart.restartMs} ms (no bot connected for ${d.restart.gapMs} ms, ${d.restart.skipped} interactions not sent)`
      : 'none',
  );
  row('unhandled rejections / exceptions', `${report.process.unhandledRejections} / ${report.process.uncaughtExceptions}`);
  row(
    `heap after GC${report.heap.forcedGc ? '' : ' (no GC available)'}`,
    `${report.heap.firstMB} MB at ${report.heap.firstAtSec} s → ${report.heap.lastMB} MB at ${report.heap.lastAtSec} s (${report.heap.growthPct >= 0 ? '+' : ''}${report.heap.growthPct} %)`,
  );
  if (report.heap.idleRestHandlersSwept)
    row(
      '  without idle REST queues',
      `${report.heap.lastWithoutIdleRestMB} MB (${report.heap.growthWithoutIdleRestPct >= 0 ? '+' : ''}${report.heap.growthWithoutIdleRestPct} %) once the ${report.heap.idleRestHandlersSwept} idle per-token REST queues of discord.js (swept hourly) are swept`,
    );
  const held = (which: Record<string, number>) =>
    Object.entries(which)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
  row('  held at the first sample', held(report.heap.held.first));
  row('  held at the last sample', held(report.heap.held.last));
  row('event-loop delay', `max ${report.eventLoop.maxMs} ms, p99 ${report.eventLoop.p99Ms} ms, mean ${report.eventLoop.meanMs} ms`);
  row(
    'GC pauses',
    `${report.gcPauses.count}, longest ${report.gcPauses.maxMs} ms, ${report.gcPauses.totalMs} ms in all; major ${report.gcPauses.majorCount}, longest ${report.gcPauses.majorMaxMs} ms`,
  );
  for (const s of report.eventLoop.longest.slice(0, 5)) row('', `${s.ms} ms stall at ${s.atSec} s (${s.around})`);
  if (report.httpErrors.length) {
    lines.push('', '  Refused requests (other than the planned 429s):');
    for (const e of report.httpErrors.slice(0, 10)) lines.push(`    ${e.count}× ${e.what}${e.sample ? `\n      e.g. ${e.sample}` : ''}`);
  }
  for (const [title, list] of [
    ['Bot log errors', report.botLog.errors],
    ['Bot log warnings', report.botLog.warnings],
  ] as const) {
    if (!list.length) continue;
    lines.push('', `  ${title}:`);
    for (const e of list.slice(0, 10)) lines.push(`    ${e.count}× ${e.what}${e.sample ? `\n      e.g. ${e.sample.split('\n').join('\n      ')}` : ''}`);
  }
  const samples = [...report.disturbances.reloads.staleSamples, ...report.unanswered.samples, ...report.unfinished.samples, ...report.process.samples];
  if (samples.length) {
    lines.push('', '  Samples:');
    for (const s of samples.slice(0, 15)) lines.push(`    ${s.split('\n').join('\n      ')}`);
  }
  lines.push('', '  Targets:');
  for (const t of targets) lines.push(`    ${t.met ? 'met   ' : t.judged ? 'MISSED' : 'n/a   '} ${t.name}: ${t.measured} (limit ${t.limit})`);
  lines.push('', soakPassed(targets) ? 'All judged targets met.' : 'A target was missed.');
  return lines.join('\n');
}
