import type { z } from 'zod';
import { answerOptions, limitOption } from '../options.js';

export const SourcesOptionsSchema = answerOptions({
  limit: limitOption({ description: 'How many articles to list', max: 10_000, fallback: 10_000, fallbackText: 'all' }),
});
export type SourcesOptions = z.infer<typeof SourcesOptionsSchema>;
