import type { Passage } from '../../../../../passages/types.js';
import { noteRule, type Rule } from '../../../../core/rules.js';
import type { CrowdClaimFound } from '../../../types.js';
import { isPronoun } from '../claimant/clause.js';

/** A rule over every claim of the corpus, in reading order, before they are placed in events. */
export interface CorpusClaimRule extends Rule {
  refine(claims: CrowdClaimFound[], passages: Passage[]): void;
}

export const pronounAntecedent: CorpusClaimRule = {
  name: 'pronoun-antecedent',
  reason: 'A pronoun that gave a figure ("he said 5,000 attended") stands for the last named claimant in the same paragraph, if any.',
  refine(claims, passages) {
    const byId = new Map(passages.map((p) => [p.id, p]));
    let previous: { claimant: string; paragraph: number; articleId: string } | undefined;
    for (const claim of claims) {
      const passage = byId.get(claim.passageId)!;
      if (claim.claimant && isPronoun(claim.claimant) && previous?.articleId === claim.articleId && previous.paragraph === passage.paragraph) {
        claim.claimant = previous.claimant;
        noteRule(claim, pronounAntecedent.name);
      }
      if (claim.claimant && !isPronoun(claim.claimant)) previous = { claimant: claim.claimant, paragraph: passage.paragraph, articleId: claim.articleId };
    }
  },
};
