import type { Passage } from '../../../../../passages/types.js';
import type { Rule } from '../../../../core/rules.js';
import type { Token } from '../../../../core/tokens.js';
import type { Quantity } from '../../../types.js';

/** One passage as the claim rules read it: its tokens, its figures, its clauses. */
export interface ClaimSentence {
  passage: Passage;
  text: string;
  tokens: Token[];
  quantities: Quantity[];
  /** `clauses[k]` is 0 in the main clause, else the number of the adverbial clause token k is in. */
  clauses: Uint16Array;
  /** The passage is about a gathering at all ("marched", "rally", "crowd"). */
  aboutGathering: boolean;
  /** `joined[i]`: the figure before figure i in the same coordination ("3,000 tractors and 10,000 farmers"), else -1. */
  joined: number[];
}

/** One figure of a sentence, with what the rules about it share. */
export interface Figure {
  sentence: ClaimSentence;
  q: Quantity;
  /** The coordination's figure whose verb before it takes every figure ("expected 3,000 tractors and 10,000 farmers"). */
  opener: Quantity;
  /** The coordination's figure whose verb after it every figure takes ("10,000 farmers and 3,000 students did not come"). */
  closer: Quantity;
  /** The figure's clause is about a gathering. */
  aboutGathering: boolean;
  /** The people noun the figure counts ("500,000 Shiite worshippers"), its token, or null. */
  peopleNoun: number | null;
  /** The token before the figure that makes it a forecast ("organisers expected 50,000"), or null. */
  forecastBefore: number | null;
}

/**
 * What a rule says of a figure: 'drop' (no crowd claim), the noun it counts, or undefined (the next rule
 * decides). The first rule with a verdict decides.
 */
export type FigureVerdict = 'drop' | { counted: string } | undefined;

/** A rule about one figure: whether it is a crowd's size, and what it counts. */
export interface FigureRule extends Rule {
  judge(figure: Figure): FigureVerdict;
}
