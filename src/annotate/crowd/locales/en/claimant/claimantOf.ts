import type { Token } from '../../../../core/tokens.js';
import type { ClaimantContext, ClaimantRule } from './context.js';
import { accordingToAfter } from './rules/accordingToAfter.js';
import { claimNounAfter } from './rules/claimNounAfter.js';
import { closingAttribution } from './rules/closingAttribution.js';
import { pronounClaimant } from './rules/pronounClaimant.js';
import { saidNameAfter } from './rules/saidNameAfter.js';
import { speechVerbBefore } from './rules/speechVerbBefore.js';

/**
 * Who a sentence says gave a figure, the ways of saying so in order: a speaker before the figure in its
 * clause, a claim noun after it, a pronoun that spoke, "according to X" after it, a closing ", said X"
 * or ", X said.". null when the sentence attributes it to no one: the publisher's own reporting.
 */
export const CLAIMANT_RULES: readonly ClaimantRule[] = [speechVerbBefore, claimNounAfter, pronounClaimant, accordingToAfter, saidNameAfter, closingAttribution];

/**
 * The claimant of the figure spanning tokens [first, last] in one sentence-sized passage; for a
 * `forecast`, the subject of the verb that expects it counts as a speech verb's. `clauses` numbers
 * the adverbial clauses (0: main clause): a speech verb inside one the figure is not in speaks of
 * something else ("After the mayor wrote to parents, 5,000 people gathered").
 */
export function claimantOf(text: string, tokens: Token[], first: number, last: number, forecast = false, clauses?: Uint16Array): string | null {
  return claimantFound(text, tokens, first, last, forecast, clauses).claimant;
}

/** The claimant as claimantOf finds it, with the claimant rule that decided (none: no rule had a verdict). */
export function claimantFound(
  text: string,
  tokens: Token[],
  first: number,
  last: number,
  forecast = false,
  clauses?: Uint16Array,
): { claimant: string | null; rule?: string } {
  const context: ClaimantContext = { text, tokens, first, last, forecast, clauses, pronoun: null, ownerPronoun: undefined };
  for (const rule of CLAIMANT_RULES) {
    const found = rule.find(context);
    if (found !== undefined) return { claimant: found, rule: rule.name };
  }
  return { claimant: null };
}
