import type { FigureRule } from '../figureTypes.js';
import { isCasualtyCount } from '../people.js';

export const casualtyCount: FigureRule = {
  name: 'casualty-count',
  reason:
    'People counted as killed, hurt, arrested, displaced or laid off ("12,000 residents forced from their homes", "layoffs of 3,000 workers", "a reduction of 150 teachers"), and the figures joined to such a count ("the layoff of 80 faculty and 90 staff members"), are no crowd.',
  judge: ({ sentence: { tokens }, q, opener, peopleNoun }) => (peopleNoun !== null && isCasualtyCount(tokens, q, peopleNoun, opener) ? 'drop' : undefined),
};
