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

const table = (header: string[], body: string[][]) =>
  [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
const thousands = (n: number) => n.toLocaleString('en-US');

/** One long paragraph at each size: KB/s per CPU second and of wall time, and the ratio that says whether time is linear. */
function longParagraphSection(r: BenchReport): string[] {
  const p = r.longParagraph;
  if (!p?.runs.length) return [];
  const rows = p.runs.map((x) => [
    thousands(x.sentences),
    `${thousands(Math.round(x.bytes / 1024))} KB`,
    thousands(x.passages),
    `${thousands(x.cpuMs)} / ${thousands(x.wallMs)}`,
    `${thousands(x.kbPerCpuSecond)} / ${thousands(x.kbPerSecond)}`,
  ]);
  return [
    `Ingest of one paragraph (read, split, annotate, index; one article, no paragraph break), after one build of the seeds; KB/s of the longest over the shortest (1 when linear): **${p.linearity}**`,
    '',
    table(['sentences', 'size', 'passages', 'CPU / wall (ms)', 'KB/s per CPU second / of wall time'], rows),
    '',
  ];
}

/** eventdesk's search beside the libraries a user would pick instead, on the same passages and queries. */
function peersSection(r: BenchReport): string[] {
  const p = r.peers;
  if (!p?.peers.length) return [];
  const own = p.peers[0]!;
  const times = (x: number, base: number) => (base > 0 ? `×${(x / base).toFixed(1)}` : 'n/a');
  const rows = p.peers.map((x) => [
    x.peer,
    thousands(x.buildMs),
    `${pair(x.latency.p50, x.latency.p99)}${x.latency.count < p.queries ? ` (only ${x.latency.count} of ${p.queries} in the time budget)` : ''}`,
    `${times(x.latency.p50, own.latency.p50)} / ${times(x.latency.p99, own.latency.p99)}`,
    x === own ? 'the reference' : `${Math.round(x.overlap * 100)}%${x.emptyWhereProductHits ? `; nothing for ${x.emptyWhereProductHits} it answers` : ''}`,
    x.heapBytes === null ? 'n/a' : String(toMB(x.heapBytes)),
  ]);
  const kinds = Object.entries(p.kinds)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  return [
    `Search beside its peers, on ${thousands(p.passages)} passages, the same ${p.queries} queries in one process (${kinds}); top 10 each:`,
    '',
    table(['', 'index build (ms)', 'p50 / p99 (ms)', 'p50 / p99 against eventdesk', "eventdesk's top 10 it also returns", 'index heap (MB)'], rows),
    '',
    ...p.peers.map((x) => `- ${x.peer}: ${x.settings}`),
    '',
  ];
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
          .map(
            (x) =>
              `${x.ms} ms${x.cpuMs === null || x.cpuMs === undefined ? '' : ` (${x.cpuMs} / ${x.waitingMs ?? '?'})`} ${x.phase} at ${x.atMs}` +
              (x.modulesLoaded?.length ? `, loading ${x.modulesLoaded.join(', ')}` : ''),
          )
          .join('; ') || 'none over 20 ms'
      : 'n/a',
  );
  row('… modules first loaded during it / dependencies loaded at start, before it (ms)', (c) =>
    c.reloadCycle?.modulesLoaded ? `${c.reloadCycle.modulesLoaded.join(', ') || 'none'} / ${ms(c.reloadCycle.lazyModulesMs)}` : 'n/a',
  );
  row('… in its busiest interval, profiled run (most CPU between two ticks): the heaviest functions', (c) =>
    c.reloadCycle?.profile
      ? `${c.reloadCycle.profile.stall.cpuMs} ms of CPU, ${c.reloadCycle.profile.stall.phase}: ` +
        c.reloadCycle.profile.self
          .slice(0, 3)
          .map((f) => `${f.frame} ${f.ms} ms`)
          .join('; ')
      : 'n/a',
  );
  row('one article added, until answerable p50 / p99 (ms)', (c) =>
    c.edits ? `${ms(c.edits.added.p50)} / ${ms(c.edits.added.p99)} (${c.edits.count})${c.edits.wrong.length ? ` WRONG: ${c.edits.wrong[0]}` : ''}` : 'n/a',
  );
  row('one article removed, until answerable p50 / p99 (ms)', (c) =>
    c.edits ? `${ms(c.edits.removed.p50)} / ${ms(c.edits.removed.p99)} (${c.edits.count})` : 'n/a',
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
  const engines = [...new Set(cols.flatMap((c) => (c.latency.askOverhead ?? []).map((o) => o.engine)))];
  for (const engine of engines) {
    row(`ask routed to ${engine} p50 / p99 (ms), and ${engine} itself on the same questions`, (c) => {
      const o = c.latency.askOverhead?.find((x) => x.engine === engine);
      return o ? `${pair(o.ask.p50, o.ask.p99)}; ${pair(o.routed.p50, o.routed.p99)} (n=${o.ask.count})` : 'n/a';
    });
  }
  const kinds = Object.keys(cols.at(-1)?.latency.searchByKind ?? {});
  for (const kind of kinds) {
    row(`search "${kind}" queries p50 / p99 (ms)`, (c) => {
      const s = c.latency.searchByKind[kind];
      return s ? pair(s.p50, s.p99) : 'n/a';
    });
  }

  const last = cols.at(-1)!;
  const targets = table(
    ['target', 'limit', 'measured', 'met'],
    r.targets.map((t) => [
      t.target,
      `${t.unit === 'articles/s' || t.unit === 'KB/s' ? '≥' : '<'} ${t.limit} ${t.unit}`,
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
    ...longParagraphSection(r),
    ...peersSection(r),
    r.e2e.measured
      ? `End to end, the bot under the Discord-compatible test server (tests/e2e), on ${r.e2e.corpus}: ${r.e2e.interactions} slash commands (every answer command), ${r.e2e.inFlight} in flight: ${r.e2e.perSecond} interactions/s; dispatch to reply p50 ${r.e2e.reply.p50} ms, p99 ${r.e2e.reply.p99} ms; dispatch to first callback p99 ${r.e2e.ack.p99} ms; ${r.e2e.failed} failed.`
      : `End to end (bot under the Discord-compatible test server): not measured; ${r.e2e.note}.`,
    '',
    feedPollLine(r.feedPoll),
    ...(profiles.length ? ['', '```', ...profiles, '```'] : []),
  ].join('\n');
}
