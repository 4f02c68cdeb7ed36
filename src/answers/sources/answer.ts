import { z } from 'zod';
import type { Corpus } from '../../pipeline/corpus.js';
import { every, Memo, sortSteps, type Pause } from '../../pipeline/steps.js';
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

type SourceRow = SourcesAnswer['articles'][number];

/** Passages between two yields while counting them per article. */
const COUNT_STEP = 20_000;

/**
 * Every article with its passage count, newest first: built once per corpus (a sort of thousands of dates
 * with `localeCompare`, tens of ms at 100,000 passages), on first use or by `warmSources` in slices.
 */
const listings = new Memo<Corpus, SourceRow[]>(function* (corpus) {
  const counts = new Map<string, number>();
  const tick = every(COUNT_STEP);
  for (const p of corpus.passages) {
    counts.set(p.articleId, (counts.get(p.articleId) ?? 0) + 1);
    if (tick()) yield;
  }
  const articles = corpus.articles.map((a) => ({
    article: a.id,
    title: a.title,
    publisher: a.publisher,
    published: a.published,
    url: a.url,
    passages: counts.get(a.id) ?? 0,
  }));
  yield;
  return yield* sortSteps(articles, (a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.article.localeCompare(b.article));
});

/** Builds the listing /sources and /summary read, in slices. */
export async function warmSources(corpus: Corpus, pause?: Pause): Promise<void> {
  await listings.warm(corpus, pause);
}

/** The articles the answers rest on, newest first. */
export function sourcesAnswer(corpus: Corpus, options: SourcesOptions): SourcesAnswer {
  const articles = listings.get(corpus);
  return { command: 'sources', total: articles.length, articles: articles.slice(0, options.limit).map((a) => ({ ...a })), problems: corpus.problems };
}
