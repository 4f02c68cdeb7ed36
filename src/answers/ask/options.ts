import { z } from 'zod';
import { answerOptions, declareOption, textOption } from '../options.js';

const LIMIT_MAX = 25;

export const AskOptionsSchema = answerOptions({
  question: textOption({ description: 'Your question in plain words, e.g. how many people marched on Friday', max: 300, positional: true }),
  // Optional, unlike other answers' limits: left out, the routed answer lists as many as it does by default.
  limit: declareOption(
    z.coerce
      .number<unknown>({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(LIMIT_MAX, `must be at most ${LIMIT_MAX}`)
      .optional(),
    { description: 'How many items the answer lists', type: 'integer', min: 1, max: LIMIT_MAX, fallback: "the answer's own", value: 'N' },
  ),
});
export type AskOptions = z.infer<typeof AskOptionsSchema>;
