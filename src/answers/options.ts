import { z } from 'zod';
import { IsoDate } from '../corpus/isoDate.js';

/**
 * An answer's options, declared once: each a zod schema (what the CLI and
 * Discord both validate with) registered with what the front-ends need to
 * offer it (its description, Discord type, range or length, whether bare
 * words fill it). The CLI's flags and help (src/cli/args.ts) and the slash
 * command's options with their limits (src/bot/answerReply.ts) are derived
 * from these declarations; nothing repeats a limit by hand.
 */
export interface OptionMeta {
  /** What the option is, as Discord lists it and the CLI help explains it (Discord allows 100 characters with the hint below). */
  description: string;
  /**
   * The Discord option type; `integer` values come as numbers from Discord and as text from the command line.
   * `switch`: on or off, a flag with no value on the command line (`--explain`) and never a Discord option
   * (Discord gives it as the button `button` names, under the answer).
   */
  type: 'string' | 'integer' | 'switch';
  /** A switch: the label of the button that turns it on in Discord ("Why?"). */
  button?: string;
  /** Integers: the smallest and largest value accepted. */
  min?: number;
  max?: number;
  /** Strings: the fewest and most characters accepted. */
  minLength?: number;
  maxLength?: number;
  /** The default, as help words it ("5", "all"). */
  fallback?: string;
  /** Bare words on the command line fill this option (`search how many marched`): at most one per answer. */
  positional?: boolean;
  /** What the CLI shows for the value (`--limit N`, `--from YYYY-MM-DD`). */
  value: string;
  /** A format the value must follow, said in Discord's description ("YYYY-MM-DD"). */
  format?: string;
}

/** The metadata of every declared option schema (zod's registries: the schema itself carries no extra fields). */
export const OPTION_META = z.registry<OptionMeta>();

declare const declaredOption: unique symbol;
/** A zod schema registered in OPTION_META: only these make up an answer's options (a bare zod schema there does not compile). */
export type Declared<T extends z.ZodType> = T & { readonly [declaredOption]: true };

/** Registers `schema` with its metadata. The option builders below call it; an option of another kind can too. */
export function declareOption<T extends z.ZodType>(schema: T, meta: OptionMeta): Declared<T> {
  OPTION_META.add(schema, meta);
  return schema as Declared<T>;
}

/** A whole number from 1 to `max`, `fallback` when left out. */
export function limitOption(o: { description: string; max: number; fallback: number; fallbackText?: string }) {
  const schema = z.coerce
    .number<unknown>({ error: 'must be a whole number' })
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(o.max, `must be at most ${o.max}`)
    .default(o.fallback);
  return declareOption(schema, { description: o.description, type: 'integer', min: 1, max: o.max, fallback: o.fallbackText ?? String(o.fallback), value: 'N' });
}

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

/**
 * Free text of at most `max` characters, required unless `wrap` makes it
 * optional (`(t) => t.optional()`); `wrap` returns the schema the option is.
 */
type TextInput = { description: string; max: number; positional?: boolean };
export function textOption(o: TextInput): Declared<z.ZodString>;
export function textOption<T extends z.ZodType>(o: TextInput, wrap: (text: z.ZodString) => T): Declared<T>;
export function textOption(o: TextInput, wrap: (text: z.ZodString) => z.ZodType = (t) => t) {
  return declareOption(wrap(text(o.max)), {
    description: o.description,
    type: 'string',
    maxLength: o.max,
    value: 'TEXT',
    ...(o.positional ? { positional: true } : {}),
  });
}

const DATE_FORMAT = 'YYYY-MM-DD';

/** A calendar date written YYYY-MM-DD; `wrap` as for textOption. */
export function dateOption(o: { description: string }): Declared<typeof IsoDate>;
export function dateOption<T extends z.ZodType>(o: { description: string }, wrap: (date: typeof IsoDate) => T): Declared<T>;
export function dateOption(o: { description: string }, wrap: (date: typeof IsoDate) => z.ZodType = (d) => d) {
  return declareOption(wrap(IsoDate.clone()), {
    description: o.description,
    type: 'string',
    minLength: DATE_FORMAT.length,
    maxLength: DATE_FORMAT.length,
    value: DATE_FORMAT,
    format: DATE_FORMAT,
  });
}

/**
 * On or off: `--explain` on the command line (no value), `true` in code; in Discord the button `button`
 * under the answer rather than an option of the slash command.
 */
export function switchOption(o: { description: string; button: string }) {
  const schema = z.union([z.boolean(), z.literal('true').transform(() => true)]).optional();
  return declareOption(schema, { description: o.description, type: 'switch', button: o.button, value: '' });
}

/** Every date, claim and name of the answer with the rules that made it, in words (`explain` fields); one schema, in every answer that explains. */
export const explainOption = switchOption({ description: 'Say under each date, claim and name the rules that made it', button: 'Why?' });

/** An answer's options: the declared options, and no other (an unknown option is refused by name). */
export function answerOptions<S extends Record<string, Declared<z.ZodType>>>(shape: S) {
  const positional = Object.keys(shape).filter((name) => OPTION_META.get(shape[name]!)?.positional);
  if (positional.length > 1) throw new Error(`only one option can take the bare words of the command line, not ${positional.join(' and ')}`);
  for (const [name, schema] of Object.entries(shape)) {
    if (!OPTION_META.has(schema)) throw new Error(`option ${name} is not declared (make it with limitOption, textOption, dateOption or declareOption)`);
  }
  return z.object(shape).strict();
}

/** One declared option as the front-ends offer it. */
export interface DeclaredOption extends OptionMeta {
  name: string;
  /** Whether leaving it out is refused (from the schema itself: it does not accept `undefined`). */
  required: boolean;
}

/** The options an answer's schema declares, in declaration order. */
export function declaredOptions(schema: z.ZodType): DeclaredOption[] {
  const shape = (schema as { shape?: Record<string, z.ZodType> }).shape;
  if (!shape) return [];
  return Object.entries(shape).map(([name, field]) => {
    const meta = OPTION_META.get(field);
    if (!meta) throw new Error(`option ${name} is not declared`);
    return { name, ...meta, required: !field.safeParse(undefined).success };
  });
}

/** The option that bare words on the command line fill, if any. */
export function positionalOption(schema: z.ZodType): string | undefined {
  return declaredOptions(schema).find((o) => o.positional)?.name;
}

/** The option's description with what a form does not show by itself: an integer's range and default, a date's format. */
export function describeOption(o: DeclaredOption): string {
  if (o.type === 'integer' && o.min !== undefined && o.max !== undefined) {
    return `${o.description} (${o.min}-${o.max}${o.fallback !== undefined ? `, default ${o.fallback}` : ''})`;
  }
  if (o.format) return `${o.description}, ${o.format}`;
  return o.description;
}

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
