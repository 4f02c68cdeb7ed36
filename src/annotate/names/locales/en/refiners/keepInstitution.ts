import { isOrgHead } from '../predicates.js';
import { INSTITUTION_PART_JOINERS } from '../words.js';
import type { SpanRefiner } from './context.js';

export const keepInstitution: SpanRefiner = {
  name: 'keep-institution',
  reason: 'A name ended by an institution word, or whose first part is ("University of Chicago", "Bank of England"), is kept whatever its other words are.',
  judge: ({ name }) => (name.some((t, i) => isOrgHead(t) && (i === name.length - 1 || INSTITUTION_PART_JOINERS.has(name[i + 1]!.text))) ? 'keep' : undefined),
};
