import type { FigureRule } from '../figureTypes.js';
import { isCasualtyCount } from '../people.js';

export const casualtyCount: FigureRule = {
  name: 'casualty-count',
  reason: 'People counted as killed, hurt, arrested or displaced ("12,000 residents forced from their homes") are no crowd.',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => (peopleNoun !== null && isCasualtyCount(tokens, q, peopleNoun) ? 'drop' : undefined),
};
