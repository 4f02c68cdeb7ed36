import { STRIKE_NOT_HELD } from '../../words.js';
import type { Quantity } from '../../../../types.js';
import type { FigureRule } from '../figureTypes.js';
import { gatheringWords } from '../../gathering.js';

const NOT_HELD = new RegExp(STRIKE_NOT_HELD, 'gi');

/** Tokens on each side of a count within which a strike's not being held is read. */
const REACH = 8;

/**
 * Whether a figure no part of figure i's coordination stands between figure i and offset `at`: a threat told after
 * it is that figure's ("thousands of workers went on strike and thousands more were threatening action").
 */
function anotherFigureFirst(quantities: readonly Quantity[], joined: readonly number[], i: number, at: number): boolean {
  for (let j = i + 1; j < quantities.length && quantities[j]!.start < at; j++) {
    let lead = j;
    while (joined[lead]! >= 0 && lead !== i) lead = joined[lead]!;
    if (lead !== i) return true;
  }
  return false;
}

export const strikeNotHeld: FigureRule = {
  name: 'strike-not-held',
  reason:
    'A count of people beside a strike that is threatened, planned, called off, voted, authorised or set for a deadline ("a threatened strike by 55,000 oil industry employees", "some 65,000 dockworkers cancelled a scheduled national strike", "ahead of Thursday\'s deadline for a strike by 40,000 workers", "55,000 oil workers threatened action") counts no one who struck: no turnout; a threat told after a later figure of another clause is that figure\'s when the count has a gathering verb of its own ("thousands of workers went on strike and thousands more were threatening action").',
  judge: ({ sentence: { text, tokens, quantities, joined }, q, peopleNoun }) => {
    const from = tokens[Math.max(0, q.first - REACH)]!.start;
    const to = tokens[Math.min(tokens.length - 1, (peopleNoun ?? q.last) + REACH)]!.end;
    const i = quantities.indexOf(q);
    // a turnout told right after the count's noun: "thousands of workers went on strike"
    const ownVerb = gatheringWords(text.slice(tokens[peopleNoun ?? q.last]!.end)).some((w) => w.index <= 1);
    for (const m of text.matchAll(NOT_HELD)) {
      if (m.index < to && m.index + m[0].length > from && !(ownVerb && anotherFigureFirst(quantities, joined, i, m.index))) return 'drop';
    }
    return undefined;
  },
};
