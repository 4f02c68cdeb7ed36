import type { APIEmbed } from 'discord.js';

/** Discord's limits on what one message may carry (https://discord.com/developers/docs/resources/message#embed-object-embed-limits). */
export const LIMITS = {
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  author: 256,
  /** All embeds of one message together: titles, descriptions, field names and values, footers, authors. */
  total: 6000,
  embeds: 10,
  content: 2000,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts text to at most `max` UTF-16 units (what Discord's counter never
 * exceeds), never inside a surrogate pair and never leaving a lone escaping
 * backslash at the end, which would swallow the ellipsis.
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const trailing = /\\+$/.exec(cut)?.[0].length ?? 0;
  if (trailing % 2 === 1) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}${ELLIPSIS}`.slice(0, max);
}

/** The characters Discord counts toward the 6000 per message. */
export function embedLength(embed: APIEmbed): number {
  let n = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  n += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const f of embed.fields ?? []) n += f.name.length + f.value.length;
  return n;
}

export function messageLength(embeds: APIEmbed[]): number {
  return embeds.reduce((n, e) => n + embedLength(e), 0);
}

/** One embed with every part clipped to its own limit. Empty field names or values become a zero-width space, which Discord requires. */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = clip(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = clip(out.description, LIMITS.description);
  if (out.footer) out.footer = { ...out.footer, text: clip(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: clip(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: clip(f.name, LIMITS.fieldName) || '\u200b',
      value: clip(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  return out;
}

/**
 * The embeds of one message, within every limit: at most ten, each part
 * clipped, and the whole under 6000 characters by shortening the last
 * parts first (fields from the end, then the description), so what comes
 * first, the answer's head, survives.
 */
export function fitMessage(embeds: APIEmbed[]): APIEmbed[] {
  const out = embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  let excess = messageLength(out) - LIMITS.total;
  for (let i = out.length - 1; i >= 0 && excess > 0; i--) {
    const embed = out[i]!;
    const fields = embed.fields ?? [];
    while (fields.length && excess > 0) {
      const last = fields[fields.length - 1]!;
      const keep = last.value.length - excess;
      if (keep >= 40) {
        const value = clip(last.value, keep);
        excess -= last.value.length - value.length;
        fields[fields.length - 1] = { ...last, value };
      } else {
        fields.pop();
        excess -= last.name.length + last.value.length;
      }
    }
    if (excess > 0 && embed.description) {
      const description = clip(embed.description, Math.max(0, embed.description.length - excess));
      excess -= embed.description.length - description.length;
      embed.description = description || undefined;
    }
    if (excess > 0 && embed.footer) {
      excess -= embed.footer.text.length;
      embed.footer = undefined;
    }
    if (excess > 0 && embed.author) {
      excess -= embed.author.name.length;
      embed.author = undefined;
    }
    if (excess > 0 && embed.title) {
      const title = clip(embed.title, Math.max(1, embed.title.length - excess));
      excess -= embed.title.length - title.length;
      embed.title = title;
    }
  }
  return out;
}

/** True when a message's embeds respect every Discord limit: what tests assert of every reply. */
export function withinLimits(embeds: APIEmbed[]): boolean {
  if (embeds.length > LIMITS.embeds || messageLength(embeds) > LIMITS.total) return false;
  return embeds.every(
    (e) =>
      (e.title?.length ?? 0) <= LIMITS.title &&
      (e.description?.length ?? 0) <= LIMITS.description &&
      (e.footer?.text.length ?? 0) <= LIMITS.footer &&
      (e.author?.name.length ?? 0) <= LIMITS.author &&
      (e.fields?.length ?? 0) <= LIMITS.fields &&
      (e.fields ?? []).every((f) => f.name.length <= LIMITS.fieldName && f.value.length <= LIMITS.fieldValue),
  );
}
