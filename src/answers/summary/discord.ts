import type { APIEmbed } from 'discord.js';
import type { SummaryAnswer } from './answer.js';
import { formatSpan } from '../../render/crowdCounts.js';
import { formatPeriod } from '../../render/discord/dates.js';
import { AHEAD_NOTE } from '../timeline/discord.js';
import { clip, fitMessage } from '../../render/discord/limits.js';
import { escapeText, link } from '../../render/discord/markdown.js';
import { COLOR, type DiscordPage } from '../../render/discord/pages.js';

/** Whole lines within a budget of characters, then how many were left out. */
export function linesWithin(lines: string[], budget: number): string {
  const out: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const left = lines.length - i;
    const tail = left > 1 ? `… and ${left - 1} more`.length + 1 : 0;
    if (used + line.length + 1 + tail > budget) {
      out.push(`… and ${left} more`);
      break;
    }
    out.push(line);
    used += line.length + 1;
  }
  return out.join('\n');
}

/** Items joined on one line within a budget, then how many were left out. */
export function joinedWithin(items: string[], separator: string, budget: number): string {
  let out = '';
  for (const [i, item] of items.entries()) {
    const next = out ? `${out}${separator}${item}` : item;
    const tail = items.length - i - 1 > 0 ? ` … and ${items.length - i - 1} more`.length : 0;
    if (next.length + tail > budget) return `${out} … and ${items.length - i} more`.trim();
    out = next;
  }
  return out;
}

/**
 * The digest a moderator pins: one message (it is edited in place on re-runs),
 * so each part has its own share of Discord's 6000 characters.
 */
export function renderSummary(a: SummaryAnswer, updatedAt = new Date()): DiscordPage {
  const happenings = a.happenings.map((h) => {
    const publishers = [...new Set(h.quotes.map((q) => q.publisher ?? 'unknown publisher'))];
    const ahead = h.ahead ? ` *(${AHEAD_NOTE})*` : '';
    return `**${formatPeriod(h.date, h.precision)}**${ahead}: ${escapeText(clip(h.summary, 220))} *(${escapeText(publishers.join(', '))})*`;
  });
  const crowd = a.crowd.map((e) => {
    const claims = e.claims.map((c) => `${escapeText(c.text)} (${escapeText(c.claimant ?? c.quote.publisher ?? 'unknown publisher')})`);
    const when = e.date ? `, ${formatPeriod(e.date, e.precision)}` : '';
    return `**${escapeText(e.label)}**${when}: ${formatSpan(e)}\n${claims.map((c) => `• ${c}`).join('\n')}`;
  });
  const people = a.people.map((p) => `${escapeText(p.name)} (${p.articles})`);
  const sources = a.sources.map(
    (s) =>
      `• ${s.publisher ? `**${escapeText(s.publisher)}**` : '*Unknown publisher*'}, ${s.published ?? 'date unknown'}: ${link(escapeText(s.title.replace(/[[\]]/g, '')) || s.article, s.url)}`,
  );

  const embeds: APIEmbed[] = [
    {
      title: 'Summary: what the articles report',
      description: happenings.length ? linesWithin(happenings, 2200) : 'No dated happenings in the articles.',
      color: COLOR,
    },
  ];
  if (crowd.length) embeds.push({ title: 'Crowd size: every estimate, none picked', description: linesWithin(crowd, 1300), color: COLOR });
  if (people.length) embeds.push({ title: 'Main people and organisations', description: joinedWithin(people, ' · ', 700), color: COLOR });
  embeds.push({
    title: `Sources (${a.sources.length})`,
    description: a.sources.length ? linesWithin(sources, 1300) : 'No articles.',
    color: COLOR,
    footer: {
      text: `From ${a.generatedFrom.articles} article${a.generatedFrom.articles === 1 ? '' : 's'} · corpus ${a.generatedFrom.hash.slice(0, 8)} · /summary pin:true updates this message`,
    },
    timestamp: updatedAt.toISOString(),
  });
  return { embeds: fitMessage(embeds) };
}
