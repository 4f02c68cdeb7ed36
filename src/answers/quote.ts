import { z } from 'zod';
import type { Passage } from '../passages/types.js';
import type { Corpus } from '../pipeline/corpus.js';

/** A verbatim passage with its source: the unit of evidence in every answer. */
export const QuoteSchema = z.object({
  /** Exactly the article file's text between `start` and `end`. */
  text: z.string(),
  /** The article's id (its file name without extension). */
  article: z.string(),
  publisher: z.string().nullable(),
  published: z.string().nullable(),
  title: z.string(),
  url: z.string().nullable(),
  start: z.number().int(),
  end: z.number().int(),
});
export type Quote = z.infer<typeof QuoteSchema>;

export function quoteOf(corpus: Corpus, passage: Passage): Quote {
  const article = corpus.articleById.get(passage.articleId);
  return {
    text: passage.text,
    article: passage.articleId,
    publisher: article?.publisher ?? null,
    published: article?.published ?? null,
    title: article?.title ?? passage.articleId,
    url: article?.url ?? null,
    start: passage.start,
    end: passage.end,
  };
}

export function quoteById(corpus: Corpus, passageId: string): Quote | null {
  const passage = corpus.passageById.get(passageId);
  return passage ? quoteOf(corpus, passage) : null;
}
