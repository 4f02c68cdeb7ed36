import { defineAnswer } from '../define.js';
import { AskAnswerSchema, askAnswer } from './answer.js';
import { AskOptionsSchema } from './options.js';

/**
 * /ask and `npm run ask -- ask "<question>"`: a plain question routed by
 * rules (rules.ts, words.ts) to crowd-size, timeline, who or search, whose
 * answer it carries with one plain line and how the question was read.
 */
export const ask = defineAnswer({
  name: 'ask',
  description: 'A plain question answered by the command that fits it (crowd size, timeline, who, else search), with how it was read.',
  options: AskOptionsSchema,
  answer: AskAnswerSchema,
  run: askAnswer,
  discord: { description: 'Ask in plain words: how many, when, who... answered with quotes, and how it was read.' },
});
