import { has } from '../tokens.js';
import type { EvidenceRule } from './context.js';

export const organizationTag: EvidenceRule = {
  name: 'organization-tag',
  reason: "A last word the lexicon knows as an organisation's says organisation.",
  weigh({ last }, tally) {
    if (has(last, 'Organization')) tally.org += 1;
  },
};
