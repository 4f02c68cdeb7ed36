import type { SummaryAnswer } from './answer.js';
import { sourceLine, whyLines, wrap } from '../../render/terminal/common.js';
import { formatSpan, ownReporting } from '../../render/crowdCounts.js';
import { gatheringDate } from '../crowdSize/terminal.js';
import { AHEAD_NOTE, dateLabel } from '../timeline/terminal.js';

/** The moderator's digest in the terminal: the same parts, in the same order, as the pinned message. */
export function renderSummary(a: SummaryAnswer): string {
  const lines = [`Summary of ${a.generatedFrom.articles} article${a.generatedFrom.articles === 1 ? '' : 's'}`];

  lines.push('\nKey happenings:');
  if (!a.happenings.length) lines.push('  (no dated happening found)');
  for (const h of a.happenings) {
    const publishers = [...new Set(h.quotes.map((q) => q.publisher ?? 'unknown publisher'))].join(', ');
    lines.push(`  ${dateLabel(h)}  (${publishers})${h.ahead ? `  [${AHEAD_NOTE}]` : ''}\n${wrap(h.summary, '    ')}`, ...whyLines(h.explain, '    '));
  }

  lines.push('\nCrowd size:');
  if (!a.crowd.length) lines.push('  (no estimate found)');
  for (const e of a.crowd) {
    lines.push(
      `  ${e.label}${e.date ? `, ${gatheringDate(e)}` : ''}: ${formatSpan(e, ' to ')}, ${e.claims.length} estimate${e.claims.length === 1 ? '' : 's'}`,
    );
    lines.push(...whyLines(e.explain, '    '));
    for (const c of e.claims) lines.push(`    “${c.text}”: ${c.claimant ?? ownReporting(c.quote.publisher)}`, ...whyLines(c.explain, '      '));
  }

  lines.push('\nPeople and organisations:');
  lines.push(a.people.length ? wrap(a.people.map((p) => `${p.name} (${p.articles})`).join(', '), '  ') : '  (none found)');
  for (const p of a.people) if (p.explain?.length) lines.push(`  ${p.name}:`, ...whyLines(p.explain, '    '));

  lines.push('\nSources:');
  for (const s of a.sources) lines.push(`  ${sourceLine(s)}: ${s.title}`);
  return lines.join('\n');
}
