import type { z } from 'zod';
import { answerOptions, explainOption, limitOption, textOption } from '../options.js';

export const CrowdSizeOptionsSchema = answerOptions({
  /** Free text ("embassy", "march in Baghdad") or a date ("24 January", "2019-12-31") picking one gathering. */
  event: textOption({ description: 'Which gathering: some words or a date (YYYY-MM-DD)', max: 200, positional: true }, (t) => t.optional()),
  limit: limitOption({ description: 'How many gatherings', max: 25, fallback: 10 }),
  explain: explainOption,
});
export type CrowdSizeOptions = z.infer<typeof CrowdSizeOptionsSchema>;
