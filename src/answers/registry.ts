import type { z } from 'zod';
import type { Corpus } from '../pipeline/corpus.js';
import { CrowdSizeAnswerSchema, CrowdSizeOptionsSchema, crowdSizeAnswer } from './crowdSize.js';
import { autocompleteGatherings } from './crowdSizeChoices.js';
import { defineAnswer, type AnswerSpec } from './define.js';
import { NoArticlesAnswerSchema, noArticlesAnswer, type NoArticlesAnswer } from './noArticles.js';
import { parseOptions, type ParseResult } from './options.js';
import { SearchAnswerSchema, SearchOptionsSchema, searchAnswer } from './search.js';
import { ask } from './ask/index.js';
import { sources } from './sources/index.js';
import { SummaryAnswerSchema, SummaryOptionsSchema, summaryAnswer } from './summary.js';
import { TimelineAnswerSchema, TimelineOptionsSchema, timelineAnswer } from './timeline.js';
import { WhoAnswerSchema, WhoOptionsSchema, autocompleteEntities, whoAnswer } from './who.js';

export type { AnswerSpec, Suggest } from './define.js';

/**
 * Every answer command, in the order help lists them. An answer with a
 * folder of its own (src/answers/sources/) declares itself there; the others
 * are declared here, from their modules.
 */
const DEFINED = [
  ask,
  defineAnswer({
    name: 'search',
    description: 'The passages that best answer a free-text question, each with publisher and date.',
    options: SearchOptionsSchema,
    answer: SearchAnswerSchema,
    run: searchAnswer,
    discord: { description: 'The passages that best answer a question, each with publisher and date.' },
  }),
  sources,
  defineAnswer({
    name: 'who',
    description: 'Who a person or organisation is, under any spelling, with roles and passages; no name lists them all.',
    options: WhoOptionsSchema,
    answer: WhoAnswerSchema,
    run: whoAnswer,
    discord: {
      description: 'People and organisations: every spelling, the roles the articles give them, the passages.',
      autocomplete: { name: autocompleteEntities },
    },
  }),
  defineAnswer({
    name: 'timeline',
    description: 'What happened when: dated happenings merged across articles, oldest first.',
    options: TimelineOptionsSchema,
    answer: TimelineAnswerSchema,
    run: timelineAnswer,
    discord: {
      description: 'What happened when: dated happenings, oldest first, each with its sources.',
      // Grouping happenings grows with the corpus: acknowledge first.
      defer: true,
    },
  }),
  defineAnswer({
    name: 'crowd-size',
    description: 'How many people turned out: every estimate per gathering, who gave it, side by side.',
    options: CrowdSizeOptionsSchema,
    answer: CrowdSizeAnswerSchema,
    run: crowdSizeAnswer,
    discord: {
      description: 'Every estimate of how many people turned out, who gave it, side by side.',
      autocomplete: { event: autocompleteGatherings },
    },
  }),
  defineAnswer({
    name: 'summary',
    description: 'The digest a moderator pins: key dated happenings, crowd-size range with sources, main names, sources.',
    options: SummaryOptionsSchema,
    answer: SummaryAnswerSchema,
    run: summaryAnswer,
    discord: { description: 'A digest to pin: key dated happenings, crowd-size estimates, main people, sources.' },
  }),
] as const;

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
