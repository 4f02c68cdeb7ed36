import { tokenize } from '../../../../../core/tokens.js';
import type { DateMention } from '../../../../../dates/types.js';
import type { Passage } from '../../../../../../passages/types.js';
import type { CrowdClaimFound } from '../../../../types.js';
import { isClauseBreak } from '../../claimant/clause.js';
import { nearestToGathering, type DatingRule } from '../dating.js';

/** The offsets [from, to) of the clause holding the claim's figure, in the passage's text. */
export function figureClause(passage: Passage, claim: CrowdClaimFound): [number, number] {
  const tokens = tokenize(passage.text);
  const at = claim.start - passage.start;
  let first = tokens.findIndex((t) => t.start >= at);
  if (first < 0) return [0, passage.text.length];
  let last = first;
  while (first > 0 && !isClauseBreak(tokens, first - 1)) first--;
  while (last < tokens.length - 1 && !isClauseBreak(tokens, last + 1)) last++;
  return [tokens[first]!.start, tokens[last]!.end];
}

/**
 * Of a sentence's several days, those in the figure's own clause: "500 rallied on April 7--and another 700
 * came together a week later" dates the 700 a week later.
 */
function ownClauseDays(own: DateMention[], claim: CrowdClaimFound, passage: Passage): DateMention[] {
  if (own.length < 2) return own;
  const [from, to] = figureClause(passage, claim);
  const inClause = own.filter((d) => d.start >= passage.start + from && d.end <= passage.start + to);
  return inClause.length ? inClause : own;
}

export const sentenceDay: DatingRule = {
  name: 'sentence-day',
  reason: "A day in the claim's own sentence, the one nearest the figure or a gathering word, is the gathering's; of several, one in the figure's own clause.",
  date: ({ claim, passage, byPassage }) => {
    const own = byPassage.get(passage.id);
    return own?.length ? [nearestToGathering(ownClauseDays(own, claim, passage), claim, passage)!.date, 'passage'] : undefined;
  },
};
