import type { FigureRule } from '../figureTypes.js';
import { isCasualtyCount } from '../people.js';

export const casualtyCount: FigureRule = {
  name: 'casualty-count',
  reason:
    'People counted as killed, hurt, arrested, displaced or laid off ("12,000 residents forced from their homes", "layoffs of 3,000 workers") are no crowd.',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => (peopleNoun !== null && isCasualtyCount(tokens, q, peopleNoun) ? 'drop' : undefined),
};
