import type { z } from 'zod';
import { answerOptions, textOption } from '../options.js';

export const AskOptionsSchema = answerOptions({
  question: textOption({ description: 'Your question in plain words, e.g. how many people marched on Friday', max: 300, positional: true }),
});
export type AskOptions = z.infer<typeof AskOptionsSchema>;
