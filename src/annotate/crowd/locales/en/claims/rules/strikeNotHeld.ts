import { STRIKE_NOT_HELD } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

const NOT_HELD = new RegExp(STRIKE_NOT_HELD, 'gi');

/** Tokens on each side of a count within which a strike's not being held is read. */
const REACH = 8;

export const strikeNotHeld: FigureRule = {
  name: 'strike-not-held',
  reason:
    'A count of people beside a strike that is threatened, planned, called off, voted, authorised or set for a deadline ("a threatened strike by 55,000 oil industry employees", "some 65,000 dockworkers cancelled a scheduled national strike", "ahead of Thursday\'s deadline for a strike by 40,000 workers", "55,000 oil workers threatened action") counts no one who struck: no turnout.',
  judge: ({ sentence: { text, tokens }, q, peopleNoun }) => {
    const from = tokens[Math.max(0, q.first - REACH)]!.start;
    const to = tokens[Math.min(tokens.length - 1, (peopleNoun ?? q.last) + REACH)]!.end;
    for (const m of text.matchAll(NOT_HELD)) if (m.index < to && m.index + m[0].length > from) return 'drop';
    return undefined;
  },
};
