import { defineAnswer } from '../define.js';
import { timelineAnswer, TimelineAnswerSchema, warmTimeline } from './answer.js';
import { TimelineOptionsSchema } from './options.js';

/**
 * /timeline and `npm run ask -- timeline`: the whole answer in this folder
 * (options.ts, answer.ts, and its renderers terminal.ts and discord.ts,
 * which src/render/terminal/index.ts and src/render/discord/index.ts list).
 */
export const timeline = defineAnswer({
  name: 'timeline',
  description: 'What happened when: dated happenings merged across articles, oldest first.',
  options: TimelineOptionsSchema,
  answer: TimelineAnswerSchema,
  run: timelineAnswer,
  prepare: [warmTimeline],
  discord: {
    description: 'What happened when: dated happenings, oldest first, each with its sources.',
    // Grouping happenings grows with the corpus: acknowledge first.
    defer: true,
  },
});
