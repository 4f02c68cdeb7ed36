import type { ClaimantRule } from '../context.js';

export const pronounClaimant: ClaimantRule = {
  name: 'pronoun-claimant',
  reason: 'With no named speaker, a pronoun that spoke ("they said 5,000 came", "by their estimate") is the claimant, for the corpus to resolve.',
  find: ({ pronoun, ownerPronoun }) => ((pronoun ?? ownerPronoun) ? (pronoun ?? ownerPronoun!) : undefined),
};
