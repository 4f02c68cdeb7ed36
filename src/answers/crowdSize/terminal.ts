import { findQuantities } from '../../annotate/crowd/index.js';
import type { CrowdSizeAnswer, CrowdSizeClaim, CrowdSizeEvent, CrowdSizeForecastEvent } from './answer.js';
import { formatCount, formatSpan, ownReporting, spanOf } from '../../render/crowdCounts.js';
import { askCommand, quoteBlock, whyLines, wrap, type TerminalContext } from '../../render/terminal/common.js';
import { dateLabel } from '../timeline/terminal.js';

/** A gathering's day, or its year when only the year is known. */
export function gatheringDate(e: { date: string | null; precision?: 'year' }): string {
  return e.date ? dateLabel({ date: e.date, precision: e.precision ?? 'day' }) : 'date unknown';
}

/** Vague words ("thousands") are coded, not stated: the terminal marks them. */
function isVague(text: string): boolean {
  return findQuantities(text)[0]?.vague ?? false;
}

function source(claim: CrowdSizeClaim): string {
  if (claim.claimant) return claim.claimant;
  return `${claim.quote.publisher ?? 'unnamed publisher'} (own reporting)`;
}

function forecaster(claim: CrowdSizeClaim): string {
  return claim.claimant ? `forecast by ${claim.claimant}` : `forecast in ${ownReporting(claim.quote.publisher)}`;
}

function renderEvent(e: CrowdSizeEvent): string {
  const lines: string[] = [];
  const { low, top } = spanOf(e);
  const span = `${top > low && low > 0 ? 'from ' : ''}${formatSpan(e, ' to ')}${e.high === null ? ' (no upper bound given)' : ''}`;
  lines.push(`${e.label} · ${gatheringDate(e)}`);
  lines.push(`  ${e.claims.length} estimate${e.claims.length === 1 ? '' : 's'}: ${span}`);
  lines.push(...whyLines(e.explain, '  '));
  const rows = e.claims.map((c, i) => [`${i + 1}.`, `“${c.text}”`, `${isVague(c.text) ? '≈ ' : ''}${formatCount(c.low, c.high, ' – ')}`, source(c)]);
  const widths = [0, 1, 2].map((col) => Math.max(...rows.map((r) => r[col]!.length), col === 1 ? 'as written'.length : col === 2 ? 'counted as'.length : 0));
  const row = (cells: string[]) => `  ${cells.map((c, col) => (col < 3 ? c.padEnd(widths[col]!) : c)).join('  ')}`.trimEnd();
  lines.push('', row(['', 'as written', 'counted as', 'given by']));
  for (const r of rows) lines.push(row(r));
  lines.push('', '  The passages:');
  e.claims.forEach((c, i) =>
    lines.push(`  ${`${i + 1}.`.padEnd(widths[0]!)} ${c.text}: ${source(c)}\n${quoteBlock(c.quote, '      ')}`, ...whyLines(c.explain, '      ')),
  );
  if (e.forecasts?.length) lines.push('', ...forecastLines(e.forecasts));
  return lines.join('\n');
}

/** Forecasts are listed apart from the counts, and never enter their range. */
function forecastLines(forecasts: CrowdSizeClaim[]): string[] {
  const lines = [`  Forecast${forecasts.length === 1 ? '' : 's'} (what someone expected, not a count of who turned out):`];
  forecasts.forEach((c, i) =>
    lines.push(
      `  ${i + 1}. “${c.text}” (${isVague(c.text) ? '≈ ' : ''}${formatCount(c.low, c.high, ' – ')}), ${forecaster(c)}\n${quoteBlock(c.quote, '      ')}`,
      ...whyLines(c.explain, '      '),
    ),
  );
  return lines;
}

function renderForecastOnly(e: CrowdSizeForecastEvent): string {
  return [`${e.label} · ${gatheringDate(e)}`, '  No count of who turned out.', ...whyLines(e.explain, '  '), ...forecastLines(e.forecasts)].join('\n');
}

export function renderCrowdSize(a: CrowdSizeAnswer, ctx: TerminalContext = {}): string {
  const forecastOnly = a.forecastOnly ?? [];
  if (!a.events.length && !forecastOnly.length) {
    return `No crowd-size estimate matches. Run \`${askCommand(ctx, 'crowd-size')}\` (without --event) to see every gathering the articles count.`;
  }
  const head = [
    `Crowd-size estimates for ${a.events.length} gathering${a.events.length === 1 ? '' : 's'}.`,
    'Every estimate is shown with who gave it; none is picked as the right one.',
  ].join('\n');
  const forecasts = forecastOnly.length
    ? [
        `\nForecasts only, for ${forecastOnly.length} gathering${forecastOnly.length === 1 ? '' : 's'} no article counts:`,
        ...forecastOnly.map((e) => `\n${renderForecastOnly(e)}`),
      ]
    : [];
  const note = wrap(
    '≈ a vague word, coded as the Crowd Counting Consortium codes it: dozens 24, hundreds 200, thousands 2,000, tens of thousands 20,000, hundreds of thousands 200,000, millions 2,000,000.',
    '',
  );
  const claims = [...a.events.flatMap((e) => [...e.claims, ...(e.forecasts ?? [])]), ...forecastOnly.flatMap((e) => e.forecasts)];
  const anyVague = claims.some((c) => isVague(c.text));
  return [head, ...a.events.map((e) => `\n${renderEvent(e)}`), ...forecasts, ...(anyVague ? [`\n${note}`] : [])].join('\n');
}
