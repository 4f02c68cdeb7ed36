import { z } from 'zod';
import type { Corpus } from '../../pipeline/corpus.js';
import { CrowdSizeAnswerSchema, crowdSizeAnswer } from '../crowdSize/answer.js';
import { CrowdSizeOptionsSchema } from '../crowdSize/options.js';
import type { SummaryOptions } from './options.js';
import { SourcesAnswerSchema, sourcesAnswer } from '../sources/answer.js';
import { TimelineEntrySchema, timelineAnswer } from '../timeline/answer.js';
import { TimelineOptionsSchema } from '../timeline/options.js';
import { WhoListAnswerSchema, whoAnswer } from '../who/answer.js';
import { WhoOptionsSchema } from '../who/options.js';

/** Gatherings with sizes the digest shows; the one with the most claims comes first. */
const CROWD_EVENTS = 2;
const PEOPLE = 10;

export const SummaryAnswerSchema = z.object({
  command: z.literal('summary'),
  generatedFrom: z.object({ articles: z.number().int(), hash: z.string() }),
  happenings: z.array(TimelineEntrySchema),
  crowd: CrowdSizeAnswerSchema.shape.events,
  people: z.array(WhoListAnswerSchema.shape.entities.element.omit({ mentions: true })),
  sources: z.array(SourcesAnswerSchema.shape.articles.element.omit({ passages: true })),
});
export type SummaryAnswer = z.infer<typeof SummaryAnswerSchema>;

/**
 * The digest a moderator pins: the key dated happenings, the crowd-size
 * range with its sources, the main people and organisations, the sources.
 * Made only of the other answers, so it never says what they would not.
 */
export function summaryAnswer(corpus: Corpus, options: SummaryOptions): SummaryAnswer {
  const explain = options.explain ? { explain: true } : {};
  const timeline = timelineAnswer(corpus, TimelineOptionsSchema.parse({ limit: options.limit, ...explain }));
  const crowd = crowdSizeAnswer(corpus, CrowdSizeOptionsSchema.parse({ limit: CROWD_EVENTS, ...explain }));
  const who = whoAnswer(corpus, WhoOptionsSchema.parse({ limit: PEOPLE, ...explain }));
  const sources = sourcesAnswer(corpus, { limit: corpus.articles.length || 1 });
  return {
    command: 'summary',
    generatedFrom: { articles: corpus.articles.length, hash: corpus.hash },
    happenings: timeline.entries,
    crowd: crowd.events.filter((e) => e.claims.length > 0),
    people: 'entities' in who ? who.entities.map(({ name, kind, articles, explain }) => ({ name, kind, articles, ...(explain ? { explain } : {}) })) : [],
    sources: sources.articles.map(({ article, title, publisher, published, url }) => ({ article, title, publisher, published, url })),
  };
}
