import type { FigureRule } from '../figureTypes.js';
import { NUMBERED_NAME_NOUNS } from '../../words.js';

export const numberInName: FigureRule = {
  name: 'number-in-name',
  reason:
    'A number glued to the letters before it ("Free G8 Protesters") or completing a name after a capitalised noun that numbers bodies and places ("the striking Section 22", "Local 94") is part of a name, not a count of people.',
  judge: ({ sentence: { tokens }, q }) => {
    const before = tokens[q.first - 1];
    if (before?.kind !== 'word') return undefined;
    const glued = before.end === tokens[q.first]!.start && /\p{L}$/u.test(before.text);
    return glued || NUMBERED_NAME_NOUNS.has(before.text) ? 'drop' : undefined;
  },
};
