import type { RelatedClaimRule } from '../sentenceClaims.js';

export const attributionAside: RelatedClaimRule = {
  name: 'attribution-aside',
  reason:
    'A figure in an aside after a count ("(police: 1.5 million; organisers: 5 million)") counts the same gathering, with the same noun, by the source the aside names.',
  claim({ asides, claimOf, claimAt, sentence }, i) {
    const aside = asides.figures.get(i);
    const head = aside && claimOf.get(aside.head);
    if (!aside || !head) return null;
    const claim = claimAt(sentence.quantities[i]!, { counted: head.counted, claimant: aside.claimant, forecast: head.forecast });
    claim.relation = { kind: 'same-gathering', head: head.relation?.kind === 'same-gathering' ? head.relation.head : head };
    return claim;
  },
};
