import type { z } from 'zod';
import type { Corpus } from '../pipeline/corpus.js';
import { CrowdSizeAnswerSchema, CrowdSizeOptionsSchema, crowdSizeAnswer } from './crowdSize.js';
import { NoArticlesAnswerSchema, noArticlesAnswer } from './noArticles.js';
import { parseOptions, type ParseResult } from './options.js';
import { SearchAnswerSchema, SearchOptionsSchema, searchAnswer } from './search.js';
import { SourcesAnswerSchema, SourcesOptionsSchema, sourcesAnswer } from './sources.js';
import { SummaryAnswerSchema, SummaryOptionsSchema, summaryAnswer } from './summary.js';
import { WhoAnswerSchema, WhoOptionsSchema, whoAnswer } from './who.js';
import { TimelineAnswerSchema, TimelineOptionsSchema, timelineAnswer } from './timeline.js';

/** One answer command: its options, the pure function, and the shape of what it returns. */
export interface AnswerSpec<O = any, A extends { command: string } = any> {
  name: string;
  description: string;
  options: z.ZodType<O>;
  answer: z.ZodType<A>;
  /** The option that bare words on the command line fill (`search how many marched`). */
  positional?: string;
  run: (corpus: Corpus, options: O) => A;
}

function defineAnswer<O, A extends { command: string }>(spec: AnswerSpec<O, A>): AnswerSpec<O, A> {
  return spec;
}

export const ANSWERS: AnswerSpec[] = [
  defineAnswer({
    name: 'search',
    description: 'The passages that best answer a free-text question, each with publisher and date.',
    options: SearchOptionsSchema,
    answer: SearchAnswerSchema,
    positional: 'query',
    run: searchAnswer,
  }),
  defineAnswer({
    name: 'sources',
    description: 'The articles the answers rest on: publisher, date, title, passage count.',
    options: SourcesOptionsSchema,
    answer: SourcesAnswerSchema,
    run: sourcesAnswer,
  }),
  defineAnswer({
    name: 'who',
    description: 'Who a person or organisation is, under any spelling, with roles and passages; no name lists them all.',
    options: WhoOptionsSchema,
    answer: WhoAnswerSchema,
    positional: 'name',
    run: whoAnswer,
  }),
  defineAnswer({
    name: 'timeline',
    description: 'What happened when: dated happenings merged across articles, oldest first (--from, --to, --about).',
    options: TimelineOptionsSchema,
    answer: TimelineAnswerSchema,
    run: timelineAnswer,
  }),
  defineAnswer({
    name: 'crowd-size',
    description: 'How many people turned out: every estimate per gathering, who gave it, side by side (--event).',
    options: CrowdSizeOptionsSchema,
    answer: CrowdSizeAnswerSchema,
    positional: 'event',
    run: crowdSizeAnswer,
  }),
  defineAnswer({
    name: 'summary',
    description: 'The digest a moderator pins: key dated happenings, crowd-size range with sources, main names, sources.',
    options: SummaryOptionsSchema,
    answer: SummaryAnswerSchema,
    run: summaryAnswer,
  }),
];

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
export function runAnswer(spec: AnswerSpec, corpus: Corpus, raw: Record<string, unknown>): ParseResult<{ command: string }> {
  const parsed = parseOptions(spec.options, raw);
  if (!parsed.ok) return parsed;
  if (!corpus.articles.length) return { ok: true, value: NoArticlesAnswerSchema.parse(noArticlesAnswer(corpus, spec.name)) };
  return { ok: true, value: spec.answer.parse(spec.run(corpus, parsed.value)) };
}
