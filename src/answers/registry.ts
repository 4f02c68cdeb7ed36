import type { z } from 'zod';
import type { Corpus } from '../pipeline/corpus.js';
import { ask } from './ask/index.js';
import { crowdSize } from './crowdSize/index.js';
import { prepareAnswer, type AnswerSpec } from './define.js';
import { NoArticlesAnswerSchema, noArticlesAnswer, type NoArticlesAnswer } from './noArticles.js';
import { parseOptions, type ParseResult } from './options.js';
import { search } from './search/index.js';
import { sources } from './sources/index.js';
import { summary } from './summary/index.js';
import { timeline } from './timeline/index.js';
import { who } from './who/index.js';
import { slicedPause, type Pause } from '../pipeline/steps.js';

export type { AnswerSpec, Suggest } from './define.js';
export { prepareAnswer } from './define.js';

/**
 * Every answer command, in the order help lists them. Each answer declares
 * itself (defineAnswer) in the index.ts of its folder, src/answers/<name>/.
 */
const DEFINED = [ask, search, sources, who, timeline, crowdSize, summary] as const;

type Defined = (typeof DEFINED)[number];
/** The name of every answer command. */
export type AnswerName = Defined['name'];
/** What the answer of that name returns. */
export type AnswerOf<K extends AnswerName> = z.output<Extract<Defined, { name: K }>['answer']>;
/** Every `command` an answer can carry: each answer's, and no-articles (what any of them gives on a corpus with no article). */
export type AnswerCommand = AnswerName | NoArticlesAnswer['command'];
export type AnswerFor<C extends AnswerCommand> = C extends AnswerName ? AnswerOf<C> : NoArticlesAnswer;
/** Any answer. */
export type Answer = AnswerFor<AnswerCommand>;

/**
 * One function per answer command, taking that command's answer: what the
 * renderer registries satisfy, so that an answer without a renderer, or a
 * renderer of the wrong answer, does not compile.
 */
export type PerAnswer<Args extends unknown[], R> = { [C in AnswerCommand]: (answer: AnswerFor<C>, ...args: Args) => R };

export const ANSWERS: readonly AnswerSpec[] = DEFINED;

export function findAnswer(name: string): AnswerSpec | undefined {
  return ANSWERS.find((a) => a.name === name);
}

/**
 * Validates raw options and runs the command: the single entry both the CLI
 * and the bot use. On a corpus with no article, every command's answer is
 * the same `no-articles` answer (see noArticles.ts), after its options are
 * checked, so a fresh install says plainly how to add articles instead of
 * "no passage matches".
 */
export function runAnswer(spec: AnswerSpec, corpus: Corpus, raw: Record<string, unknown>): ParseResult<Answer> {
  const parsed = parseOptions(spec.options, raw);
  if (!parsed.ok) return parsed;
  if (!corpus.articles.length) return { ok: true, value: NoArticlesAnswerSchema.parse(noArticlesAnswer(corpus, spec.name)) };
  return { ok: true, value: spec.answer.parse(spec.run(corpus, parsed.value)) };
}

/**
 * `runAnswer` after the answer's own structures are built in slices (its
 * `prepare`), for a process that keeps answering meanwhile (the bot, on a
 * story whose answers were not warmed when it was loaded). The same answer.
 */
export async function runPreparedAnswer(
  spec: AnswerSpec,
  corpus: Corpus,
  raw: Record<string, unknown>,
  pause: Pause = slicedPause(),
): Promise<ParseResult<Answer>> {
  await prepareAnswer(spec, corpus, pause).catch(() => undefined);
  return runAnswer(spec, corpus, raw);
}
