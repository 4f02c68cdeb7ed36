import { FORECAST_OBJECT_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const forecastObject: FigureRule = {
  name: 'forecast-object',
  reason: 'In a clause about a gathering, a bare figure a forecast verb takes ("organisers hope to draw 50,000 to the rally") is the crowd expected.',
  judge: ({ sentence: { tokens }, opener, aboutGathering, forecastBefore }) =>
    aboutGathering && forecastBefore !== null && FORECAST_OBJECT_VERBS.has(tokens[opener.first - 1]?.lower ?? '') ? { counted: 'people' } : undefined,
};
