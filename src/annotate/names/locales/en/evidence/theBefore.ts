import type { EvidenceRule } from './context.js';

export const theBefore: EvidenceRule = {
  name: 'the-before',
  reason: '"the" before a name ("the Pentagon") says organisation, weakly: a place can have it too.',
  weigh({ the }, tally) {
    if (the) tally.org += 0.5;
  },
};
