import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { IsoDate } from './isoDate.js';

export const FrontMatterSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(500),
    publisher: z.string().trim().min(1).max(200).optional(),
    // YAML turns an unquoted 2020-01-24 into a Date; accept both spellings.
    published: z.preprocess(
      (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
      IsoDate,
    ).optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof FrontMatterSchema>;

export type FrontMatterResult =
  | { kind: 'none' }
  | { kind: 'ok'; data: FrontMatter; bodyStart: number }
  | { kind: 'error'; message: string };

const OPENING = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*(?:\r?\n|$)/m;

/** Splits a `---` front-matter block off the top of a file and validates it. */
export function readFrontMatter(text: string): FrontMatterResult {
  const open = OPENING.exec(text);
  if (!open) return { kind: 'none' };
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { kind: 'error', message: 'front matter opens with --- but never closes' };
  const block = rest.slice(0, close.index);
  let raw: unknown;
  try {
    raw = parseYaml(block) ?? {};
  } catch (err) {
    return { kind: 'error', message: `front matter is not valid YAML (${firstLine(err)})` };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'error', message: 'front matter must be a list of key: value lines' };
  }
  const parsed = FrontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    const why = parsed.error.issues
      .map((i) => (i.path.length ? `${i.path.join('.')} ${i.message}` : i.message))
      .join('; ');
    return { kind: 'error', message: `bad front matter: ${why}` };
  }
  return { kind: 'ok', data: parsed.data, bodyStart: open[0].length + close.index + close[0].length };
}

function firstLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0] ?? '';
}
