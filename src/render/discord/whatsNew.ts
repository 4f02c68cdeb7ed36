import type { NewAnnotations } from '../../ingest/newAnnotations.js';
import { clip, LIMITS } from './limits.js';
import { escapeText } from './markdown.js';

/** An article that came in, and what it brought that its story did not have. */
export interface WhatsNewEntry {
  story: string;
  title: string;
  publisher: string | null;
  brought: NewAnnotations;
}

const SHOWN = 6;

function line(label: string, items: string[]): string | null {
  const unique = [...new Set(items)];
  if (!unique.length) return null;
  const shown = unique.slice(0, SHOWN).map(escapeText);
  return `${label}: ${shown.join(' · ')}${unique.length > SHOWN ? ` · and ${unique.length - SHOWN} more` : ''}`;
}

/** Date labels ("2020-01-03 (Friday)", "week of 2019-12-23", "1911") from several articles, oldest first. */
const sortedByDate = (labels: string[]) =>
  [...labels].sort((a, b) => (/\d{4}(-\d\d){0,2}/.exec(a)?.[0] ?? a).localeCompare(/\d{4}(-\d\d){0,2}/.exec(b)?.[0] ?? b));

/** Whether an entry is worth a message: it brought a date, a crowd figure or a name. */
export const bringsAnything = (e: WhatsNewEntry) => e.brought.dates.length + e.brought.crowd.length + e.brought.names.length > 0;

/**
 * One short plain message for a channel: per story, the new dates, crowd
 * figures (as written, with who gave them) and names, then the articles they
 * came from. Within Discord's content limit; sent with mentions off.
 */
export function whatsNewMessage(entries: WhatsNewEntry[]): string | null {
  const worth = entries.filter(bringsAnything);
  if (!worth.length) return null;
  const stories = [...new Set(worth.map((e) => e.story))];
  const parts = stories.map((story) => {
    const of = worth.filter((e) => e.story === story);
    const sources = of.map((e) => `“${escapeText(e.title)}”${e.publisher ? ` (${escapeText(e.publisher)})` : ''}`);
    return [
      `**What's new in ${escapeText(story)}** (${of.length} new article${of.length === 1 ? '' : 's'})`,
      line('New dates', sortedByDate(of.flatMap((e) => e.brought.dates))),
      line(
        'Crowd figures',
        of.flatMap((e) => e.brought.crowd),
      ),
      line(
        'New names',
        of.flatMap((e) => e.brought.names),
      ),
      `From ${sources.slice(0, 3).join(', ')}${sources.length > 3 ? ` and ${sources.length - 3} more` : ''}`,
    ]
      .filter(Boolean)
      .join('\n');
  });
  return clip(parts.join('\n\n'), LIMITS.content);
}
