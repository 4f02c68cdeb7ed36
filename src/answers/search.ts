import { z } from 'zod';
import type { Corpus } from '../pipeline/corpus.js';
import { searchPassages } from '../search/passageIndex.js';
import { answerOptions, limitOption, textOption } from './options.js';
import { QuoteSchema, quoteById } from './quote.js';

export const SearchOptionsSchema = answerOptions({
  query: textOption({ description: 'Your question or some words, e.g. how many people marched', max: 300, positional: true }),
  limit: limitOption({ description: 'How many passages', max: 25, fallback: 5 }),
});
export type SearchOptions = z.infer<typeof SearchOptionsSchema>;

export const SearchAnswerSchema = z.object({
  command: z.literal('search'),
  query: z.string(),
  results: z.array(z.object({ score: z.number(), quote: QuoteSchema })),
});
export type SearchAnswer = z.infer<typeof SearchAnswerSchema>;

/** The best passages for a free-text question, each with its source. */
export function searchAnswer(corpus: Corpus, options: SearchOptions): SearchAnswer {
  const hits = searchPassages(corpus.index, options.query, { limit: options.limit });
  return {
    command: 'search',
    query: options.query,
    results: hits.flatMap((h) => {
      const quote = quoteById(corpus, h.id);
      return quote ? [{ score: Math.round(h.score * 1000) / 1000, quote }] : [];
    }),
  };
}
