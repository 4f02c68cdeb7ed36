import type { TimelineAnswer, TimelineEntry } from './answer.js';
import { askCommand, quoteBlock, whyLines, wrap, type TerminalContext } from '../../render/terminal/common.js';
import { coverage } from './period.js';

/** Quotes shown under each entry; the JSON answer carries all of them. */
const QUOTES_SHOWN = 3;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The date as precisely as the sources give it: "2019-12-31", "week of 2019-12-23", "Jan 2020", "2003". */
export function dateLabel(e: Pick<TimelineEntry, 'date' | 'precision'>): string {
  if (e.precision === 'day') return e.date;
  if (e.precision === 'week') return `week of ${e.date}`;
  if (e.precision === 'month') return `${MONTHS[Number(e.date.slice(5, 7)) - 1]} ${e.date.slice(0, 4)}`;
  return e.date.slice(0, 4);
}

/** Said of a happening dated after every report of it. */
export const AHEAD_NOTE = 'planned or expected: after every report of it';

export function renderTimeline(a: TimelineAnswer, ctx: TerminalContext = {}): string {
  if (!a.entries.length)
    return `No dated happening matches. Widen --from/--to or --about, or see \`${askCommand(ctx, 'sources')}\` for what the corpus covers.`;
  const head =
    a.entries.length < a.total
      ? `Timeline: the ${a.entries.length} most reported of ${a.total} dates, oldest first`
      : `Timeline: ${a.total} date${a.total === 1 ? '' : 's'}, oldest first`;
  const lines = [`${head}; ${coverage(a.period, '--from and --to')}.`];
  for (const e of a.entries) {
    const held = e.happenings > 1 ? `, ${e.happenings} happenings` : '';
    const reports = `${e.articles} article${e.articles === 1 ? '' : 's'}, ${e.passages} passage${e.passages === 1 ? '' : 's'}${held}`;
    lines.push(`\n${dateLabel(e)}  (${reports})${e.ahead ? `  [${AHEAD_NOTE}]` : ''}`);
    lines.push(wrap(e.summary, '  '));
    lines.push(...whyLines(e.explain, '  '));
    for (const q of e.quotes.slice(0, QUOTES_SHOWN)) lines.push(quoteBlock(q));
    const more = e.passages - Math.min(e.quotes.length, QUOTES_SHOWN);
    if (more > 0) lines.push(`    … and ${more} more passage${more === 1 ? '' : 's'}${e.quotes.length > QUOTES_SHOWN ? ' (--json shows up to 20)' : ''}`);
  }
  return lines.join('\n');
}
