import { defineAnswer } from '../define.js';
import { SourcesAnswerSchema, sourcesAnswer, warmSources } from './answer.js';
import { SourcesOptionsSchema } from './options.js';

/**
 * /sources and `npm run ask -- sources`: the whole answer in this folder
 * (options.ts, answer.ts, and its renderers terminal.ts and discord.ts,
 * which src/render/terminal/index.ts and src/render/discord/index.ts list).
 */
export const sources = defineAnswer({
  name: 'sources',
  description: 'The articles the answers rest on: publisher, date, title, passage count.',
  options: SourcesOptionsSchema,
  answer: SourcesAnswerSchema,
  run: sourcesAnswer,
  prepare: warmSources,
  discord: { description: 'The articles the answers rest on: publisher, date, title, passage count.' },
});
