import type { CrowdSizeAnswer, CrowdSizeEvent, CrowdSizeForecastEvent } from './answer.js';
import { formatCount, formatNumber, formatSpan, ownReporting, spanOf } from '../../render/crowdCounts.js';
import { formatPeriod } from '../../text/period.js';
import { escapeText, quoteBlock } from '../../render/discord/markdown.js';
import { pagesOf, type DiscordPage, type PagedAnswer } from '../../render/discord/pages.js';

type CrowdClaim = CrowdSizeEvent['claims'][number];

export function crowdEventHead(e: CrowdSizeEvent): string {
  const when = e.date ? ` · ${formatPeriod(e.date, e.precision)}` : '';
  const { low, top, open } = spanOf(e);
  const claims = `${e.claims.length} estimate${e.claims.length === 1 ? '' : 's'}`;
  const range =
    top > low && low > 0
      ? `Estimates range from **${formatNumber(low)}** to **${formatCount(top, open ? null : top)}**`
      : `${e.claims.length === 1 ? 'One estimate' : 'Every estimate'}: **${formatSpan(e)}**`;
  const forecasts = e.forecasts?.length ? `\n${forecastNote(e.forecasts.length)}, listed after the estimates and left out of the range.` : '';
  return `**${escapeText(e.label)}**${when}\n${range} (${claims}); none is picked as the right one.${forecasts}`;
}

function forecastNote(count: number): string {
  return `${count} forecast${count === 1 ? '' : 's'} (what someone expected, not a count of who turned out)`;
}

function publisherOf(c: CrowdClaim): string {
  return escapeText(ownReporting(c.quote.publisher));
}

export function crowdClaimBlock(c: CrowdClaim): string {
  const who = c.claimant ? `according to ${escapeText(c.claimant)}` : publisherOf(c);
  return `**“${escapeText(c.text)}”** (${formatCount(c.low, c.high)}), ${who}\n${quoteBlock(c.quote, 500)}`;
}

/** A forecast says so first: it is never to be read as a turnout. */
export function crowdForecastBlock(c: CrowdClaim): string {
  const who = c.claimant ? `forecast by ${escapeText(c.claimant)}` : `forecast in ${publisherOf(c)}`;
  return `Forecast, not a count: **“${escapeText(c.text)}”** (${formatCount(c.low, c.high)} expected), ${who}\n${quoteBlock(c.quote, 500)}`;
}

function forecastOnlyHead(e: CrowdSizeForecastEvent): string {
  const when = e.date ? ` · ${formatPeriod(e.date, e.precision)}` : '';
  return `**${escapeText(e.label)}**${when}\nNo article counts who turned out; ${forecastNote(e.forecasts.length)} only.`;
}

/**
 * Each gathering as blocks, its claims then its forecasts: one PagedAnswer per gathering (each starts on
 * its own page so its range heads the claims that make it), with the claims in block order.
 */
export function crowdPaged(a: CrowdSizeAnswer): Array<{ paged: PagedAnswer; event: CrowdSizeEvent | CrowdSizeForecastEvent; claims: CrowdClaim[] }> {
  return [
    ...a.events.map((e) => ({
      paged: {
        title: `Crowd size: ${e.label}`,
        intro: crowdEventHead(e),
        blocks: [...e.claims.map(crowdClaimBlock), ...(e.forecasts ?? []).map(crowdForecastBlock)],
        perPage: 4,
      },
      event: e,
      claims: [...e.claims, ...(e.forecasts ?? [])],
    })),
    ...(a.forecastOnly ?? []).map((e) => ({
      paged: { title: `Crowd forecast: ${e.label}`, intro: forecastOnlyHead(e), blocks: e.forecasts.map(crowdForecastBlock), perPage: 4 },
      event: e,
      claims: e.forecasts,
    })),
  ];
}

export function renderCrowdSize(a: CrowdSizeAnswer): DiscordPage[] {
  const pages = crowdPaged(a).flatMap(({ paged }) => pagesOf(paged));
  if (pages.length) return renumber(pages);
  return pagesOf({
    title: 'Crowd size',
    blocks: [],
    empty: 'No crowd-size estimate matches. Run /crowd-size without an event to see them all.',
  });
}

/** Page numbers across all events' pages, replacing each event's own. */
function renumber(pages: DiscordPage[]): DiscordPage[] {
  return pages.map((p, i) => ({
    embeds: p.embeds.map((e, j) =>
      j === 0 && pages.length > 1 ? { ...e, footer: { text: `Page ${i + 1} of ${pages.length}` } } : j === 0 ? { ...e, footer: undefined } : e,
    ),
  }));
}
