import { PART_OF_GROUP } from '../../words.js';
import { gatheringVerbAt } from './gatheringVerbAfter.js';
import type { FigureRule } from '../figureTypes.js';

export const partOfGroup: FigureRule = {
  name: 'part-of-group',
  reason:
    'A figure followed by "of them" or "of whom" ("90 people, 25 of them students, were detained") says what a group counted before is made of: it is no size of a gathering of its own; with no count before it in its sentence and a gathering verb after it ("So several hundreds of them started to protest"), it counts the people told of earlier who gathered.',
  judge: ({ sentence: { tokens, quantities }, q }) => {
    if (tokens[q.resume]?.lower !== 'of' || !PART_OF_GROUP.has(tokens[q.resume + 1]?.lower ?? '')) return undefined;
    // "So several hundreds of them started to protest": with no count before it in its sentence, a part of people told
    // of earlier that gathers is a crowd
    const counted = quantities.some((other) => other.last < q.first);
    return !counted && gatheringVerbAt(tokens, q.resume + 2) ? undefined : 'drop';
  },
};
