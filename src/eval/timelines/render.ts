import type { Rates } from '../score.js';
import type { Summary, TimelineEvalReport, TopicResult } from './run.js';

const num = (v: number | null) => (v === null ? ' n/a' : v.toFixed(3).replace(/^0/, ''));
/** F1 is 0, not undefined, when days were listed or expected and none was right. */
const f1 = (r: Rates) => r.f1 ?? (r.precision === null && r.recall === null ? null : 0);
const prf = (r: Rates) => `P ${num(r.precision)} R ${num(r.recall)} F1 ${num(f1(r))}`;

/** The report as terminal text: a line per topic, then the means (all topics, dev, holdout). */
export function renderTimelineEval(report: TimelineEvalReport, verbose = false): string {
  const lines = [
    `key days against journalists' timelines: ${report.perTopic.length} topics (${report.split}); date-F1 as news-tls/tilse score date selection`,
    "span = the gold timeline's first to last day given, limit = its number of days; whole = no span (the reporting period), same limit",
    'baseline = the days on which most articles were published',
    '',
    `${'topic'.padEnd(26)} ${'articles'.padStart(8)} ${'gold'.padStart(4)} ${'reach'.padStart(5)}   ${'span: timeline'.padEnd(14)} ${'baseline'.padStart(8)}   ${'whole: timeline'.padEnd(15)} ${'baseline'.padStart(8)}`,
  ];
  for (const r of report.perTopic) {
    lines.push(
      `${(r.topic + (r.holdout ? ' (h)' : '')).padEnd(26)} ${String(r.loaded).padStart(8)} ${String(r.gold.length).padStart(4)} ${pct(r.reachable / r.gold.length).padStart(5)}   ${num(f1(r.span.timeline.rates)).padStart(14)} ${num(f1(r.span.baseline.rates)).padStart(8)}   ${num(f1(r.whole.timeline.rates)).padStart(15)} ${num(f1(r.whole.baseline.rates)).padStart(8)}`,
    );
    if (verbose) lines.push(...details(r));
  }
  lines.push('', ...summaryLines('mean', report.mean));
  if (report.split === 'all') lines.push(...summaryLines('dev', report.dev), ...summaryLines('holdout', report.holdout));
  return `${lines.join('\n')}\n`;
}

function summaryLines(name: string, s: Summary): string[] {
  if (!s.topics) return [];
  return [
    `${name} over ${s.topics} topics (gold days given by the articles: ${s.reachable === null ? 'n/a' : pct(s.reachable)})`,
    `  span   timeline ${prf(s.span.timeline)}   baseline ${prf(s.span.baseline)}`,
    `  whole  timeline ${prf(s.whole.timeline)}   baseline ${prf(s.whole.baseline)}`,
  ];
}

function details(r: TopicResult): string[] {
  const gold = new Set(r.gold);
  const mark = (days: string[]) => days.map((d) => (gold.has(d) ? `${d}*` : d)).join(' ');
  return [
    `    gold      ${r.gold.join(' ')}`,
    `    span      ${mark(r.span.timeline.days)}`,
    `    whole     ${mark(r.whole.timeline.days)}`,
    `    baseline  ${mark(r.span.baseline.days)}`,
  ];
}

function pct(v: number): string {
  return `${Math.round(v * 100)}%`;
}
