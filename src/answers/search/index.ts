import { defineAnswer } from '../define.js';
import { searchAnswer, SearchAnswerSchema } from './answer.js';
import { SearchOptionsSchema } from './options.js';

/**
 * /search and `npm run ask -- search`: the whole answer in this folder
 * (options.ts, answer.ts, and its renderers terminal.ts and discord.ts,
 * which src/render/terminal/index.ts and src/render/discord/index.ts list).
 */
export const search = defineAnswer({
  name: 'search',
  description: 'The passages that best answer a free-text question, each with publisher and date.',
  options: SearchOptionsSchema,
  answer: SearchAnswerSchema,
  run: searchAnswer,
  discord: { description: 'The passages that best answer a question, each with publisher and date.' },
});
