import type { z } from 'zod';
import type { AnswerSpec } from '../answers/registry.js';
import { parseOptions } from '../answers/options.js';
import type { Corpus } from '../pipeline/corpus.js';
import { isStopword } from '../search/terms.js';
import { foldedWords } from '../text/fold.js';
import { Random } from './random.js';

/**
 * The varied inputs every command is measured on, drawn from the corpus
 * itself so that they hit (and sometimes miss) like a community's questions.
 */

export type QueryKind = 'words' | 'phrase' | 'question' | 'typo' | 'prefix' | 'short' | 'name' | 'miss';

export interface Query {
  kind: QueryKind;
  text: string;
}

/** What the generators draw from: words, names and dates found in the corpus. */
export interface Vocabulary {
  rng: Random;
  passages: string[];
  words: string[];
  names: string[];
  dates: string[];
}

const QUESTION_FORMS = ['how many {w} {v}', 'what did {n} say about {w}', 'who {v} the {w}', 'when did the {w} {v}', 'why did {n} {v}'];

export function vocabularyOf(corpus: Corpus, seed: number): Vocabulary {
  const rng = new Random(seed);
  const passages = corpus.passages.map((p) => p.text);
  const words = new Set<string>();
  const names = new Set<string>();
  // A sample is enough to give thousands of distinct words and names.
  for (let i = 0; i < Math.min(passages.length, 3000); i++) {
    const text = rng.pick(passages);
    for (const w of text.split(/[^\p{L}\p{N}'’-]+/u)) {
      if (w.length >= 3 && /^\p{Ll}+$/u.test(w) && !isStopword(w)) words.add(w);
    }
    for (const m of text.matchAll(/\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*/gu)) if (m.index > 0) names.add(m[0]);
  }
  const dates = [...new Set(corpus.articles.map((a) => a.published).filter((d): d is string => !!d))].sort();
  return { rng, passages, words: [...words].sort(), names: [...names].sort(), dates: dates.length ? dates : ['2020-01-01'] };
}

function typo(rng: Random, word: string): string {
  const i = rng.int(1, word.length - 2);
  switch (rng.int(0, 2)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + rng.pick([...'aeioustrnl']) + word.slice(i + 1);
  }
}

const KINDS: QueryKind[] = ['words', 'words', 'phrase', 'question', 'typo', 'prefix', 'short', 'name', 'miss'];

/** One free-text query, of a kind chosen at random (two-word queries the most common). */
export function textQuery(v: Vocabulary, kind: QueryKind = v.rng.pick(KINDS)): Query {
  const { rng } = v;
  const word = () => rng.pick(v.words);
  switch (kind) {
    case 'words':
      return { kind, text: Array.from({ length: rng.int(1, 3) }, word).join(' ') };
    case 'phrase': {
      const parts = rng.pick(v.passages).split(/\s+/);
      const from = rng.int(0, Math.max(0, parts.length - 4));
      return { kind, text: parts.slice(from, from + rng.int(4, 7)).join(' ') };
    }
    case 'question':
      return {
        kind,
        text: rng
          .pick(QUESTION_FORMS)
          .replace('{w}', word())
          .replace('{v}', word())
          .replace('{n}', rng.pick(v.names.length ? v.names : v.words)),
      };
    case 'typo': {
      const long = v.words.filter((w) => w.length >= 5);
      return { kind, text: typo(rng, rng.pick(long.length ? long : ['protest'])) };
    }
    case 'prefix':
      return { kind, text: word().slice(0, rng.int(3, 5)) };
    case 'short':
      return { kind, text: word().slice(0, rng.int(1, 2)) };
    case 'name':
      return { kind, text: rng.pick(v.names.length ? v.names : v.words) };
    case 'miss':
      return { kind, text: `zq${word()}xv` };
  }
}

/** A prefix as someone types a name into an autocomplete box: one to five characters. */
export function namePrefix(v: Vocabulary): string {
  const name = v.rng.pick(v.names.length ? v.names : v.words);
  const prefix = name.slice(0, v.rng.int(1, 5));
  return v.rng.chance(0.5) ? prefix.toLowerCase() : prefix;
}

type OptionGenerator = (v: Vocabulary) => Record<string, unknown>;

/**
 * The option sets each command is measured with: the one table to extend when
 * a command wants more specific inputs. A command not listed gets options
 * generated from its zod schema by `optionsFromSchema`.
 */
export const OPTION_GENERATORS: Record<string, OptionGenerator> = {
  search: (v) => ({ query: textQuery(v).text, limit: v.rng.pick([5, 5, 5, 10, 25]) }),
  sources: (v) => ({ limit: v.rng.pick([10, 100, 10_000]) }),
  // Questions of every kind /ask routes: a count, a date, a name, and anything else.
  ask: (v) => {
    const { rng } = v;
    const word = () => rng.pick(v.words);
    const name = () => rng.pick(v.names.length ? v.names : v.words);
    const form = rng.pick([
      () => `how many people marched in ${name()}`,
      () => `how big was the ${word()}`,
      () => `when did the ${word()} ${word()}`,
      () => `what happened on ${rng.pick(v.dates)}`,
      () => `who is ${name()}`,
      () => textQuery(v).text,
    ]);
    return { question: form() };
  },
};

// Option names and what to put in them, for commands without an entry above.
const FIELD_RULES: Array<{ key: RegExp; value: (v: Vocabulary, field: z.ZodType) => unknown }> = [
  { key: /^(query|q|text|about|topic|question|keywords?|terms?|event)$/i, value: (v) => textQuery(v).text },
  { key: /^(name|who|entity|person|org|organi[sz]ation|actor|prefix)$/i, value: (v) => v.rng.pick(v.names.length ? v.names : v.words) },
  { key: /^(date|day|on|from|to|since|until|after|before|start|end)$/i, value: (v) => v.rng.pick(v.dates) },
];

function unwrap(field: z.ZodType): { inner: any; optional: boolean } {
  let inner: any = field;
  let optional = false;
  while (['optional', 'default', 'nullable', 'prefault', 'catch'].includes(inner?._zod?.def?.type)) {
    optional = true;
    inner = inner._zod.def.innerType;
  }
  return { inner, optional };
}

/** Options for any command, read off its schema: known option names get corpus values, the rest their defaults. */
export function optionsFromSchema(schema: z.ZodType, v: Vocabulary): Record<string, unknown> {
  const shape = (schema as any).shape as Record<string, z.ZodType> | undefined;
  if (!shape) return {};
  const raw: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(shape)) {
    const { inner, optional } = unwrap(field);
    const type = inner?._zod?.def?.type;
    // Optional options are left out a third of the time, as users do.
    if (optional && v.rng.chance(0.33)) continue;
    const rule = FIELD_RULES.find((r) => r.key.test(key));
    if (rule && type === 'string') raw[key] = rule.value(v, inner);
    else if (type === 'enum') raw[key] = v.rng.pick(inner.options as unknown[]);
    else if (type === 'number') {
      const min = Number.isFinite(inner.minValue) ? inner.minValue : 1;
      const max = Number.isFinite(inner.maxValue) ? Math.min(inner.maxValue, 25) : 10;
      raw[key] = v.rng.int(min, Math.max(min, max));
    } else if (type === 'boolean') raw[key] = v.rng.chance(0.5);
    else if (rule) raw[key] = rule.value(v, inner);
  }
  return raw;
}

export interface CommandInputs {
  /** Option sets that validate, ready for runAnswer. */
  optionSets: Array<Record<string, unknown>>;
  /** Generated sets the command's schema refused (0 when the generator fits the command). */
  rejected: number;
}

export function commandInputs(spec: AnswerSpec, v: Vocabulary, count: number): CommandInputs {
  const generate = OPTION_GENERATORS[spec.name] ?? ((voc: Vocabulary) => optionsFromSchema(spec.options, voc));
  const optionSets: Array<Record<string, unknown>> = [];
  let rejected = 0;
  for (let tries = 0; optionSets.length < count && tries < count * 3; tries++) {
    const raw = generate(v);
    if (parseOptions(spec.options, raw).ok) optionSets.push(raw);
    else rejected++;
  }
  return { optionSets, rejected };
}

/** The free text in an option set, for the baseline scan: what a naive bot would look for. */
export function textOf(raw: Record<string, unknown>): string {
  return Object.values(raw)
    .filter((x): x is string => typeof x === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(x))
    .join(' ');
}

/** Words of a query the baseline looks for: folded, without stop words. */
export function baselineWords(text: string): string[] {
  return foldedWords(text).filter((w) => !isStopword(w));
}
