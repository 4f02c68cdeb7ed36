import type { Quote } from '../quote.js';
import type { TimelineAnswer, TimelineEntry } from './answer.js';
import { formatPeriod } from '../../text/period.js';
import { escapeText, quoteBlock } from '../../render/discord/markdown.js';
import { pagesOf, type DiscordPage, type PagedAnswer } from '../../render/discord/pages.js';
import { coverage } from './period.js';

/** Quotes shown under one entry; the rest are counted, so an entry stays readable. */
const QUOTES_PER_ENTRY = 3;

/** One quote per article first, so the few shown come from as many sources as possible. */
export function spreadBySource(quotes: Quote[]): Quote[] {
  const seen = new Set<string>();
  const first: Quote[] = [];
  const rest: Quote[] = [];
  for (const q of quotes) {
    (seen.has(q.article) ? rest : first).push(q);
    seen.add(q.article);
  }
  return [...first, ...rest];
}

/** Said of a happening dated after every report of it. */
export const AHEAD_NOTE = 'planned or expected, after every report of it';

export function timelineBlock(e: TimelineEntry, quotesShown = QUOTES_PER_ENTRY): string {
  const reported = `${e.articles} article${e.articles === 1 ? '' : 's'}${e.happenings > 1 ? ` · ${e.happenings} happenings` : ''}`;
  const head = `**${formatPeriod(e.date, e.precision)}** · reported by ${reported}${e.ahead ? ` · *${AHEAD_NOTE}*` : ''}`;
  // The summary is a passage (maybe trimmed): when it is one of the quotes, that quote leads instead of repeating it.
  const stem = e.summary.replace(/[….\s]+$/u, '');
  const summaryQuote = e.quotes.find((q) => stem.length > 0 && q.text.startsWith(stem));
  const ordered = spreadBySource(summaryQuote ? [summaryQuote, ...e.quotes.filter((q) => q !== summaryQuote)] : e.quotes);
  const lead = summaryQuote ? [] : [escapeText(e.summary)];
  const quotes = ordered.slice(0, quotesShown).map((q) => quoteBlock(q, 400));
  const hidden = Math.max(e.passages, e.quotes.length) - quotes.length;
  const more = hidden > 0 ? [`*+${hidden} more passage${hidden === 1 ? '' : 's'}*`] : [];
  return [head, ...lead, ...quotes, ...more].join('\n');
}

/** The timeline as blocks, an entry each: what renderTimeline pages, and what the "Why?" button reads. */
export function timelinePaged(a: TimelineAnswer): PagedAnswer {
  const shown = a.entries.length;
  return {
    title: 'Timeline',
    intro: `${
      a.total > shown ? `The ${shown} most reported of ${a.total} dates, oldest first` : `${shown} date${shown === 1 ? '' : 's'}, oldest first`
    }; ${coverage(a.period, 'the from and to options')}:`,
    blocks: a.entries.map((e) => timelineBlock(e)),
    empty: 'No dated happening matches. Try a wider date range or other words.',
    perPage: 3,
  };
}

export function renderTimeline(a: TimelineAnswer): DiscordPage[] {
  return pagesOf(timelinePaged(a));
}
