import { FINITE_BE_WORDS, PASSIVE_TURNOUT_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const passiveTurnout: FigureRule = {
  name: 'passive-turnout',
  reason:
    'People after "by" and a passive verb of filling or holding a place ("the Sorbonne was occupied by several hundred students", "the march was joined by 5,000 people") are the crowd that held it.',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    if (tokens[q.first - 1]?.lower !== 'by' || !PASSIVE_TURNOUT_VERBS.has(tokens[q.first - 2]?.lower ?? '')) return undefined;
    if (!FINITE_BE_WORDS.has(tokens[q.first - 3]?.lower ?? '')) return undefined;
    if (peopleNoun !== null) return { counted: tokens[peopleNoun]!.text };
    const next = tokens[q.resume];
    return !next || next.kind === 'punct' ? { counted: 'people' } : undefined;
  },
};
