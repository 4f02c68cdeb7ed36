import { addDays, mondayOf } from '../../../calendar.js';
import { publicationPhraseParser } from '../../../phraseParser.js';
import { WEEKDAY_OF_WEEK, WEEKDAY_STEMS } from '../constants.js';

/**
 * `weekday-of-week`: "Wednesday next week", "Friday last week", "Monday this week": that weekday of the week named
 * from publication (weeks start on Monday), not the week alone nor the latest such weekday.
 */
export const weekdayOfWeek = publicationPhraseParser({
  name: 'weekday-of-week',
  reason:
    'A weekday followed by the week it falls in ("Wednesday next week", "Friday last week") is that day of that week counted from publication, one day, not the week nor the nearest such weekday.',
  pattern: WEEKDAY_OF_WEEK,
  resolve: (m, published) => {
    const weekday = WEEKDAY_STEMS.indexOf(m[1]!.toLowerCase());
    const shift = { this: 0, last: -1, next: 1 }[m[2]!.toLowerCase() as 'this' | 'last' | 'next'];
    // Monday is the week's first day: Sunday is its seventh.
    const date = addDays(mondayOf(published), 7 * shift + ((weekday + 6) % 7));
    return { date, precision: 'day', basis: 'publication' };
  },
});
