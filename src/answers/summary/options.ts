import type { z } from 'zod';
import { answerOptions, explainOption, limitOption } from '../options.js';

export const SummaryOptionsSchema = answerOptions({
  /** How many dated happenings the digest keeps (the most reported, shown in date order). */
  limit: limitOption({ description: 'How many dated happenings', max: 20, fallback: 8 }),
  explain: explainOption,
});
export type SummaryOptions = z.infer<typeof SummaryOptionsSchema>;
