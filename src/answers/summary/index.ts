import { defineAnswer } from '../define.js';
import { summaryAnswer, SummaryAnswerSchema } from './answer.js';
import { warmCrowdEvents } from '../crowdSize/answer.js';
import { warmTimeline } from '../timeline/answer.js';
import { warmNames } from '../who/answer.js';
import { SummaryOptionsSchema } from './options.js';

/**
 * /summary and `npm run ask -- summary`: the whole answer in this folder
 * (options.ts, answer.ts, and its renderers terminal.ts and discord.ts,
 * which src/render/terminal/index.ts and src/render/discord/index.ts list).
 */
export const summary = defineAnswer({
  name: 'summary',
  description: 'The digest a moderator pins: key dated happenings, crowd-size range with sources, main names, sources.',
  options: SummaryOptionsSchema,
  answer: SummaryAnswerSchema,
  run: summaryAnswer,
  // A digest of the timeline, the gatherings and the names.
  prepare: [warmTimeline, warmCrowdEvents, warmNames],
  discord: { description: 'A digest to pin: key dated happenings, crowd-size estimates, main people, sources.' },
});
