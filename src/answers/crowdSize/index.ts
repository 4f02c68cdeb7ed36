import { defineAnswer } from '../define.js';
import { crowdSizeAnswer, CrowdSizeAnswerSchema, warmCrowdEvents } from './answer.js';
import { autocompleteGatherings, warmGatheringChoices } from './choices.js';
import { CrowdSizeOptionsSchema } from './options.js';

/**
 * /crowd-size and `npm run ask -- crowd-size`: the whole answer in this folder
 * (options.ts, answer.ts, choices.ts with the gatherings its `event` option
 * autocompletes, and its renderers terminal.ts and discord.ts,
 * which src/render/terminal/index.ts and src/render/discord/index.ts list).
 */
export const crowdSize = defineAnswer({
  name: 'crowd-size',
  description: 'How many people turned out: every estimate per gathering, who gave it, side by side.',
  options: CrowdSizeOptionsSchema,
  answer: CrowdSizeAnswerSchema,
  run: crowdSizeAnswer,
  // The gatherings, and the suggestions /crowd-size's autocomplete makes of them.
  prepare: [warmCrowdEvents, warmGatheringChoices],
  discord: {
    description: 'Every estimate of how many people turned out, who gave it, side by side.',
    autocomplete: { event: autocompleteGatherings },
  },
});
