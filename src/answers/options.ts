import { z } from 'zod';
import { IsoDate } from '../corpus/isoDate.js';

/** Option pieces shared by the answer commands, so the CLI and Discord validate alike. */
export const limitOption = (max: number, fallback: number) =>
  z.coerce.number<unknown>({ error: 'must be a whole number' }).int('must be a whole number').min(1, 'must be at least 1').max(max, `must be at most ${max}`).default(fallback);

export const textOption = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const dateOption = IsoDate;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** Validates raw option values; a failure is one readable sentence per bad option. */
export function parseOptions<T>(schema: z.ZodType<T>, raw: Record<string, unknown>): ParseResult<T> {
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const lines = result.error.issues.map((issue) => {
    const key = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') return `unknown option${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`;
    return key ? `${key} ${issue.message}` : issue.message;
  });
  return { ok: false, message: lines.join('\n') };
}
