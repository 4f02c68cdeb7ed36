import { ADHERENTS } from '../words.js';
import type { EvidenceRule } from './context.js';

export const adherents: EvidenceRule = {
  name: 'adherents',
  reason:
    'A faith\'s or a party\'s followers named alone ("the Democrats", "the Muslims", "a vigil of Muslim and Arab people") are people at large, neither a person nor a body: "the" before them said organisation, and the listing showed them among the bodies.',
  weigh({ name }, tally) {
    if (name.length !== 1 || name[0]!.possessive) return;
    const lower = name[0]!.lower;
    if (!ADHERENTS.has(lower) && !ADHERENTS.has(lower.replace(/s$/, ''))) return;
    tally.org = 0;
    tally.person = 0;
  },
};
