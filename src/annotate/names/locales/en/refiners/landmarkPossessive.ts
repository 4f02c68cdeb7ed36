import { isLandmarkWord } from '../../../../core/lexicon.js';
import type { SpanRefiner } from './context.js';

export const landmarkPossessive: SpanRefiner = {
  name: 'landmark-possessive',
  reason: 'A building named with someone\'s possessive ("St. Paul\'s Church") is a place, as "Grant Park" is.',
  judge: ({ name }) => (name.length >= 2 && isLandmarkWord(name.at(-1)!.lower) && name.slice(0, -1).some((t) => t.possessive) ? 'drop' : undefined),
};
