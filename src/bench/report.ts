import type { CommandLatency } from './measure.js';
import type { BenchReport, CorpusReport } from './reportTypes.js';
import { toMB } from './stats.js';

const ms = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en-US') : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const pair = (a: number, b: number) => `${ms(a)} / ${ms(b)}`;

function latencyCells(c: CorpusReport, name: string): [string, string] {
  const cmd: CommandLatency | undefined = [...c.latency.commands, ...c.latency.autocomplete].find((x) => x.command === name);
  if (!cmd) return ['n/a', 'n/a'];
  const errors = cmd.errors ? ` (${cmd.errors} errors)` : '';
  const cut = cmd.latency.count < cmd.inputs ? ` (only ${cmd.latency.count} of ${cmd.inputs} in the time budget)` : '';
  return [`${pair(cmd.latency.p50, cmd.latency.p99)}${errors}${cut}`, `${pair(cmd.baseline.p50, cmd.baseline.p99)} (×${cmd.speedup})`];
}

function feedPollLine(f: BenchReport['feedPoll']): string {
  if (!f) return 'Feed poll: not in this report.';
  if (!f.measured) return `Feed poll (loopback feed server): not measured; ${f.note}.`;
  return `Feed poll of ${f.items} new items from a loopback feed server into a story of ${f.startArticles} articles: all ${f.added} added and answerable ${ms(f.answerableMs)} ms after the poll began (${ms(f.perItemMs)} ms per item; fetch, read, duplicate check, write, one rebuild)${f.allFound ? '' : '; NOT every article found by its title'}.`;
}

/** The report as markdown: one column per corpus, then the targets. */
export function formatReport(r: BenchReport): string {
  const cols = r.corpora;
  const rows: Array<[string, ...string[]]> = [];
  const row = (label: string, cell: (c: CorpusReport) => string) => rows.push([label, ...cols.map(cell)]);
  row('articles / passages', (c) => `${c.articles.toLocaleString('en-US')} / ${c.passages.toLocaleString('en-US')}`);
  row('ingest: parse, clean, split, annotate (ms)', (c) => ms(c.ingest.ms));
  row('ingest throughput (articles/s)', (c) => c.ingest.articlesPerSec.toLocaleString('en-US'));
  row('index build (ms)', (c) => ms(c.indexMs));
  row('snapshot write (ms) / size (MB)', (c) => `${ms(c.build.snapshotWriteMs)} / ${toMB(c.snapshotBytes)}`);
  row('longest event-loop stall while building (ms)', (c) => ms(c.build.maxEventLoopDelayMs));
  row(
    '… the longest stalls, at ms after the build began',
    (c) =>
      c.build.stalls
        .slice(0, 3)
        .map((x) => `${x.ms} ms at ${x.atMs}`)
        .join('; ') || 'none over 50 ms',
  );
  row('peak RSS while building (MB)', (c) => String(toMB(c.build.peakRss)));
  row(`reload cycle: load / warm / ${r.settings.pinChannels ?? 50} pinned summaries (ms)`, (c) =>
    c.reloadCycle ? `${ms(c.reloadCycle.phases.loadMs)} / ${ms(c.reloadCycle.phases.warmMs)} / ${ms(c.reloadCycle.phases.pinsMs)}` : 'n/a',
  );
  row('… longest main-thread stall over it (ms) / most CPU the main thread used in one (ms)', (c) =>
    c.reloadCycle
      ? `${ms(c.reloadCycle.maxStallMs)} / ${c.reloadCycle.maxBusyMs === null || c.reloadCycle.maxBusyMs === undefined ? 'n/a' : ms(c.reloadCycle.maxBusyMs)}`
      : 'n/a',
  );
  row('… the longest stalls (of which own CPU / waiting for a core), in which phase, at ms after it began', (c) =>
    c.reloadCycle
      ? c.reloadCycle.stalls
          .slice(0, 3)
          .map((x) => `${x.ms} ms${x.cpuMs === null || x.cpuMs === undefined ? '' : ` (${x.cpuMs} / ${x.waitingMs ?? '?'})`} ${x.phase} at ${x.atMs}`)
          .join('; ') || 'none over 20 ms'
      : 'n/a',
  );
  row(
    `cold start to first answer, median of ${r.settings.coldRuns} (ms)`,
    (c) => `${ms(c.cold.wallMs)}${c.cold.fromSnapshot ? '' : ' (NOT from the snapshot)'}`,
  );
  row('… CPU time of that process (ms; the wall time also waits for a core)', (c) => ms(c.cold.cpuMs));
  row('… of which imports / snapshot load / answer (ms)', (c) => `${ms(c.cold.importMs)} / ${ms(c.cold.loadMs)} / ${ms(c.cold.answerMs)}`);
  row('heap after load (MB) / peak RSS loading (MB)', (c) => `${toMB(c.memory.heapUsed)} / ${toMB(c.memory.peakRssLoading)}`);
  const names = [...new Set(cols.flatMap((c) => [...c.latency.commands, ...c.latency.autocomplete].map((x) => x.command)))];
  for (const name of names) {
    row(`${name} p50 / p99 (ms)`, (c) => latencyCells(c, name)[0]);
    row(`  baseline scan p50 / p99 (ms) (speed-up at p50)`, (c) => latencyCells(c, name)[1]);
  }
  const kinds = Object.keys(cols.at(-1)?.latency.searchByKind ?? {});
  for (const kind of kinds) {
    row(`search "${kind}" queries p50 / p99 (ms)`, (c) => {
      const s = c.latency.searchByKind[kind];
      return s ? pair(s.p50, s.p99) : 'n/a';
    });
  }

  const table = (header: string[], body: string[][]) =>
    [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
  const last = cols.at(-1)!;
  const targets = table(
    ['target', 'limit', 'measured', 'met'],
    r.targets.map((t) => [
      t.target,
      `${t.unit === 'articles/s' ? '≥' : '<'} ${t.limit} ${t.unit}`,
      t.value === null ? 'n/a' : `${t.value} ${t.unit}`,
      t.met === null ? 'not measured' : t.met ? 'yes' : '**MISSED**',
    ]),
  );
  const profiles = cols.flatMap((c) =>
    c.profiles
      ? (['build', 'latency'] as const).map((what) => {
          const p = c.profiles![what];
          const lines = (list: typeof p.self) => list.slice(0, 8).map((f) => `    ${String(f.ms).padStart(7)} ms ${String(f.share).padStart(5)}%  ${f.frame}`);
          return [
            `CPU profile of the ${what} run on ${c.name} (${p.totalMs.toLocaleString('en-US')} ms sampled, all threads):`,
            '',
            '  project functions, with what they call:',
            ...lines(p.inclusive),
            '  functions by their own time:',
            ...lines(p.self),
            '',
          ].join('\n');
        })
      : [],
  );
  return [
    `Run ${r.date} · ${r.machine.nproc} cores (${r.machine.cpu}) · ${toMB(r.machine.totalMemory) / 1024 > 1 ? `${(r.machine.totalMemory / 2 ** 30).toFixed(1)} GiB` : ''} RAM · node ${r.machine.node} · ${r.settings.queries} inputs per command · measured processes ran ${r.settings.runtime === 'node' ? 'compiled JS on node (as npm start)' : 'under tsx'}`,
    '',
    table(['', ...cols.map((c) => c.name)], rows),
    '',
    `Targets, on ${last.name} (${last.passages.toLocaleString('en-US')} passages):`,
    '',
    targets,
    '',
    r.e2e.measured
      ? `End to end, the bot under the Discord-compatible test server (tests/e2e), on ${r.e2e.corpus}: ${r.e2e.interactions} slash commands (every answer command), ${r.e2e.inFlight} in flight: ${r.e2e.perSecond} interactions/s; dispatch to reply p50 ${r.e2e.reply.p50} ms, p99 ${r.e2e.reply.p99} ms; dispatch to first callback p99 ${r.e2e.ack.p99} ms; ${r.e2e.failed} failed.`
      : `End to end (bot under the Discord-compatible test server): not measured; ${r.e2e.note}.`,
    '',
    feedPollLine(r.feedPoll),
    ...(profiles.length ? ['', '```', ...profiles, '```'] : []),
  ].join('\n');
}
