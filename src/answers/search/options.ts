import type { z } from 'zod';
import { answerOptions, limitOption, textOption } from '../options.js';

export const SearchOptionsSchema = answerOptions({
  query: textOption({ description: 'Your question or some words, e.g. how many people marched', max: 300, positional: true }),
  limit: limitOption({ description: 'How many passages', max: 25, fallback: 5 }),
});
export type SearchOptions = z.infer<typeof SearchOptionsSchema>;
