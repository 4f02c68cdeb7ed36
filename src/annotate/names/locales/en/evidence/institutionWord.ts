import { isOrgHead } from '../predicates.js';
import { INSTITUTION_PART_JOINERS } from '../words.js';
import type { EvidenceRule } from './context.js';

export const institutionWord: EvidenceRule = {
  name: 'institution-word',
  reason: 'An institution word ending the name or its first part ("Center for Studies", "Ministry of Defense") says organisation.',
  weigh({ name }, tally) {
    if (name.some((t, i) => isOrgHead(t) && (i === name.length - 1 || INSTITUTION_PART_JOINERS.has(name[i + 1]!.text)))) tally.org += 3;
  },
};
