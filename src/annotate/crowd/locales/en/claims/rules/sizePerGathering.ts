import { DRAW_VERBS, MANY_PLACES_WORDS, PLURAL_GATHERING_NOUNS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';

/** Tokens read back from the drawing verb for its plural subject: "demonstrations and marches drew". */
const SUBJECT_REACH = 4;

export const sizePerGathering: FigureRule = {
  name: 'size-per-gathering',
  reason:
    'A range that gatherings in the plural drew across many places ("demonstrations and marches drew hundreds, and even thousands of people" in "dozens of cities") is the size of each of them, of no one gathering.',
  judge: ({ sentence: { tokens }, q }) => {
    if (q.high === null || q.high === q.low || !DRAW_VERBS.has(tokens[q.first - 1]?.lower ?? '')) return undefined;
    let plural = false;
    for (let k = q.first - 2; k >= Math.max(0, q.first - 1 - SUBJECT_REACH); k--) plural ||= PLURAL_GATHERING_NOUNS.has(tokens[k]!.lower);
    return plural && tokens.some((t) => MANY_PLACES_WORDS.has(t.lower)) ? 'drop' : undefined;
  },
};
