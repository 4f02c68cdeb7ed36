import { PART_OF_GROUP } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const partOfGroup: FigureRule = {
  name: 'part-of-group',
  reason:
    'A figure followed by "of them" or "of whom" ("90 people, 25 of them students, were detained") says what a group counted before is made of: it is no size of a gathering of its own.',
  judge: ({ sentence: { tokens }, q }) => (tokens[q.resume]?.lower === 'of' && PART_OF_GROUP.has(tokens[q.resume + 1]?.lower ?? '') ? 'drop' : undefined),
};
