import { claimNounAfter as ownerOfClaimNounAfter } from '../claimNouns.js';
import { isPronoun } from '../clause.js';
import type { ClaimantRule } from '../context.js';

export const claimNounAfter: ClaimantRule = {
  name: 'claim-noun-after',
  reason: 'A claim noun after the figure names who gave it ("20,000 people by the police\'s estimate").',
  find(context) {
    const owner = ownerOfClaimNounAfter(context.text, context.tokens, context.last);
    if (owner && !isPronoun(owner)) return owner;
    context.ownerPronoun = owner;
    return undefined;
  },
};
