import { DEPLOY_VERBS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

export const deployedForce: FigureRule = {
  name: 'deployed-force',
  reason:
    'The object of a verb of sending people out to serve ("are fielding more than 1,000 participants each", "deployed 5,000 troops") is a force taking part in an operation or an exercise, no crowd.',
  judge: ({ sentence: { tokens }, opener }) => (DEPLOY_VERBS.has(tokens[opener.first - 1]?.lower ?? '') ? 'drop' : undefined),
};
