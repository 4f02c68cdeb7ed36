import { z } from 'zod';
import { searchCorpus, type Corpus } from '../../pipeline/corpus.js';
import type { SearchOptions } from './options.js';
import { QuoteSchema, quoteById } from '../quote.js';

export const SearchAnswerSchema = z.object({
  command: z.literal('search'),
  query: z.string(),
  results: z.array(z.object({ score: z.number(), quote: QuoteSchema })),
});
export type SearchAnswer = z.infer<typeof SearchAnswerSchema>;

/** The best passages for a free-text question, each with its source. */
export function searchAnswer(corpus: Corpus, options: SearchOptions): SearchAnswer {
  const hits = searchCorpus(corpus, options.query, { limit: options.limit });
  return {
    command: 'search',
    query: options.query,
    results: hits.flatMap((h) => {
      const quote = quoteById(corpus, h.id);
      return quote ? [{ score: Math.round(h.score * 1000) / 1000, quote }] : [];
    }),
  };
}
