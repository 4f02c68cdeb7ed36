import { z } from 'zod';
import type { Corpus } from '../../pipeline/corpus.js';
import type { SourcesOptions } from './options.js';

export const SourcesAnswerSchema = z.object({
  command: z.literal('sources'),
  total: z.number().int(),
  articles: z.array(
    z.object({
      article: z.string(),
      title: z.string(),
      publisher: z.string().nullable(),
      published: z.string().nullable(),
      url: z.string().nullable(),
      passages: z.number().int(),
    }),
  ),
  problems: z.array(z.object({ file: z.string(), message: z.string() })),
});
export type SourcesAnswer = z.infer<typeof SourcesAnswerSchema>;

/** The articles the answers rest on, newest first. */
export function sourcesAnswer(corpus: Corpus, options: SourcesOptions): SourcesAnswer {
  const counts = new Map<string, number>();
  for (const p of corpus.passages) counts.set(p.articleId, (counts.get(p.articleId) ?? 0) + 1);
  const articles = corpus.articles
    .map((a) => ({
      article: a.id,
      title: a.title,
      publisher: a.publisher,
      published: a.published,
      url: a.url,
      passages: counts.get(a.id) ?? 0,
    }))
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.article.localeCompare(b.article));
  return { command: 'sources', total: articles.length, articles: articles.slice(0, options.limit), problems: corpus.problems };
}
