import type { z } from 'zod';
import type { Corpus } from '../pipeline/corpus.js';
import type { Pause } from '../pipeline/steps.js';
import type { OptionChoice } from './crowdSize/choices.js';
import { positionalOption } from './options.js';

/** Builds one per-corpus structure ahead of use, in slices. */
export type Prepare = (corpus: Corpus, pause?: Pause) => Promise<unknown>;

/** Suggestions for an option as a Discord user types it: values, or choices shown under a name of their own. */
export type Suggest = (corpus: Corpus, typed: string) => (string | OptionChoice)[];

/**
 * One answer command, declared once: its options (zod schemas with their
 * metadata, see options.ts), the pure function, and the shape of what it
 * returns. The CLI (flags, help) and the Discord command (its options and
 * their limits, autocomplete, deferring) are derived from it; its terminal
 * and Discord renderers are the entries under its name in
 * src/render/terminal/index.ts and src/render/discord/index.ts, which do not
 * compile without one for every answer here.
 *
 * Adding an answer is one folder, as src/answers/sources/ is: options.ts
 * (its options, made with answerOptions), answer.ts (the answer's schema and
 * the pure function), terminal.ts and discord.ts (its renderers), and
 * index.ts (its defineAnswer); then one line in ANSWERS (registry.ts) and
 * one in each renderer registry, which the compiler asks for. The CLI's
 * flags and help and the slash command need nothing more.
 */
export interface AnswerSpec<N extends string = string, O = any, A extends { command: N } = any> {
  name: N;
  /** What `npm run ask -- help` says of it (which adds the flags of its own options). */
  description: string;
  /** The options, made with answerOptions (options.ts). */
  options: z.ZodType<O>;
  answer: z.ZodType<A>;
  /** The option that bare words on the command line fill (`search how many marched`): the one declared `positional`. */
  positional?: string;
  run: (corpus: Corpus, options: O) => A;
  /**
   * The per-corpus structures `run` would otherwise build at once on first
   * use, each built ahead, in this order, in slices between which `pause`
   * lets the event loop turn (see prepareAnswer, and warm.ts). An answer that
   * needs none has none.
   */
  prepare?: readonly Prepare[];
  /** The slash command of the same name. */
  discord: {
    /** Its description in Discord's command list (at most 100 characters). */
    description: string;
    /** The answer can take over a second on a large corpus: acknowledge before running it. */
    defer?: boolean;
    /** Suggestions as the user types, per option (Discord's autocomplete; a string option only). */
    autocomplete?: { [K in keyof O & string]?: Suggest };
  };
}

export function defineAnswer<const N extends string, O, A extends { command: N }>(spec: Omit<AnswerSpec<N, O, A>, 'positional'>): AnswerSpec<N, O, A> {
  const positional = positionalOption(spec.options);
  return { ...spec, ...(positional ? { positional } : {}) };
}

/** Builds the structures an answer reads (its `prepare`), one after the other. */
export async function prepareAnswer(spec: Pick<AnswerSpec, 'prepare'>, corpus: Corpus, pause?: Pause): Promise<void> {
  for (const prepare of spec.prepare ?? []) await prepare(corpus, pause);
}
