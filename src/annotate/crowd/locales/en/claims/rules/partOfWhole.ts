import { OF_DETERMINERS, PART_OF_WHOLE_PREPOSITIONS, SHARE_WORDS } from '../../words.js';
import type { Token } from '../../../../../core/tokens.js';
import { TENS, UNITS } from '../../quantity/words.js';
import type { FigureRule } from '../figureTypes.js';

/** A count in figures or words: "eight", "48". */
const isCount = (t: Token | undefined) => !!t && (/^\d[\d,]*$/.test(t.text) || UNITS[t.lower] !== undefined || TENS[t.lower] !== undefined);

export const partOfWhole: FigureRule = {
  name: 'part-of-whole',
  reason:
    'A figure of people counted out of a group ("only eight of the 48 workers she needed showed up", "testimonies from three of the detained workers") is a part of that group, whose whole is counted or who are heard or met: no size of a gathering; nor is the whole they are counted from, by a count, a share ("60 percent of the 3,127 members") or "out of" ("Out of 6,000 members, 1,374 turned out to vote").',
  judge: ({ sentence: { tokens }, q }) => {
    // the whole itself: "the 48" in "eight of the 48 workers"
    if (OF_DETERMINERS.has(tokens[q.first - 1]?.lower ?? '') && tokens[q.first - 2]?.lower === 'of') {
      const part = tokens[q.first - 3];
      if (isCount(part) || SHARE_WORDS.has(part?.lower ?? '')) return 'drop';
    }
    // "Out of 6,000 members, 1,374 turned out": the whole a part is counted from
    if (tokens[q.first - 1]?.lower === 'of' && tokens[q.first - 2]?.lower === 'out') return 'drop';
    if (q.vague || tokens[q.resume]?.lower !== 'of' || !OF_DETERMINERS.has(tokens[q.resume + 1]?.lower ?? '')) return undefined;
    // "eight of the 48 workers": the whole counted
    const whole = tokens[q.resume + 2];
    if (whole && /^\d[\d,]*$/.test(whole.text)) return 'drop';
    // "from three of the detained workers": people a crowd heard or met
    return PART_OF_WHOLE_PREPOSITIONS.has(tokens[q.first - 1]?.lower ?? '') ? 'drop' : undefined;
  },
};
