import type { Rates } from './score.js';
import type { EvalReport } from './run.js';

const pct = (v: number | null) => (v === null ? '  n/a' : `${(v * 100).toFixed(1).padStart(5)}%`);
const pr = (r: Rates) => `precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}`;

/** The report as terminal text: the figures per extractor, then each page's misses (`verbose`: every page). */
export function renderEvalReport(report: EvalReport, verbose = false): string {
  const { chrome, dates, timelineDays, crowd, who } = report;
  const g = crowd.gatherings;
  const lines = [
    `evaluation set: ${report.pages} pages (${report.split}), ${report.refused} refused by the ingest; publication day read right on ${report.published.right} of ${report.published.labelled} pages that label one (${report.published.wrong} another day, ${report.published.labelled - report.published.right - report.published.wrong} none)`,
    '',
    `chrome      ${chrome.leaked} of ${chrome.lines} labelled chrome lines leaked into quoted passages, on ${chrome.pagesLeaking} of ${chrome.pages} pages` +
      (chrome.dropped === undefined ? '' : `; ${chrome.dropped} sentences dropped that no chrome label names (--verbose lists them)`),
    `dates       ${pr(dates.rates)}  (${dates.counts.tp} right, ${dates.wrongDay} on the wrong day; mention level, ${dates.pages} pages)`,
    `timeline    ${pr(timelineDays.rates)}  (days listed by the timeline, limit 100: ${timelineDays.listed}; labelled days: ${timelineDays.labelled})`,
    `crowd       ${pr(crowd.rates)}  claimants right ${pct(crowd.claimantAccuracy)}  (${crowd.pages} pages)`,
    `gatherings  ${g.whole} of ${g.gatherings} gatherings with all their claims in one event; ${g.mixed} of ${g.events} events mix gatherings`,
    `who         found ${pct(who.foundRate)}  spellings joined ${pct(who.spellingsJoinedRate)}  roles ${pct(who.rolesRate)}  (${who.entities} entities, ${who.pages} pages)`,
    `who listing ${who.listing.junk.length} of the first ${who.listing.listed} entries are junk (the pages with entity labels as one corpus)` +
      (who.listing.junk.length ? `: ${who.listing.junk.join(', ')}` : ''),
  ];
  if (verbose) {
    lines.push('', 'who listing (name, articles; * junk)');
    for (const e of who.listing.entries) lines.push(`  ${e.junk ? '*' : ' '} ${e.name} (${e.articles})`);
  }
  for (const r of report.perPage) {
    const notes: string[] = [];
    if (r.refused) notes.push(`  refused: ${r.refused}`);
    if (r.published && r.published.got !== r.published.expected) notes.push(`  publication day: ${r.published.expected} (got ${r.published.got ?? 'none'})`);
    for (const l of r.chrome?.leaks ?? []) notes.push(`  chrome leaked: "${l.chrome}" in "${short(l.passage)}"`);
    if (verbose) for (const d of r.chrome?.dropped ?? []) notes.push(`  sentence dropped: "${short(d)}"`);
    for (const m of r.dates?.misses ?? []) notes.push(`  date missed: "${m.mention}" ${m.expected}${m.got ? ` (got ${m.got})` : ''}`);
    if (verbose) for (const e of r.dates?.extra ?? []) notes.push(`  date extra: ${e}`);
    for (const m of r.crowd?.missed ?? []) notes.push(`  crowd missed: ${m}`);
    for (const e of r.crowd?.extra ?? []) notes.push(`  crowd extra: ${e}`);
    for (const m of r.who?.missed ?? []) notes.push(`  who missed: ${m}`);
    for (const m of r.who?.unjoined ?? []) notes.push(`  spellings not joined: ${m}`);
    if (verbose) for (const m of r.who?.rolesMissed ?? []) notes.push(`  role missed: ${m}`);
    if (notes.length) lines.push('', `${r.page}${r.batch ? ` (${r.batch})` : r.holdout ? ' (holdout)' : ''}`, ...notes);
  }
  if (g.split.length || g.mixing.length) {
    lines.push('', 'gatherings', ...g.split.map((s) => `  split: ${s}`), ...g.mixing.map((s) => `  mixed: ${s}`));
  }
  return `${lines.join('\n')}\n`;
}

function short(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
