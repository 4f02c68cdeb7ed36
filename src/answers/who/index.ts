import { defineAnswer } from '../define.js';
import { autocompleteEntities, warmNames, whoAnswer, WhoAnswerSchema } from './answer.js';
import { WhoOptionsSchema } from './options.js';

/**
 * /who and `npm run ask -- who`: the whole answer in this folder
 * (options.ts, answer.ts, and its renderers terminal.ts and discord.ts,
 * which src/render/terminal/index.ts and src/render/discord/index.ts list).
 */
export const who = defineAnswer({
  name: 'who',
  description: 'Who a person or organisation is, under any spelling, with roles and passages; no name lists them all.',
  options: WhoOptionsSchema,
  answer: WhoAnswerSchema,
  run: whoAnswer,
  prepare: [warmNames],
  discord: {
    description: 'People and organisations: every spelling, the roles the articles give them, the passages.',
    autocomplete: { name: autocompleteEntities },
  },
});
