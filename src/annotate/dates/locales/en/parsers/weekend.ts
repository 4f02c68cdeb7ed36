import { addDays, mondayOf, weekdayOf, weekdayOnOrAfter, weekdayOnOrBefore } from '../../../calendar.js';
import { publicationPhraseParser } from '../../../phraseParser.js';
import { THE_BEFORE, WEEKEND_PHRASE } from '../constants.js';

/** The Saturday of "this", "last", "next" or "past" weekend seen from publication. */
function saturdayOf(which: string, published: string): string {
  const day = weekdayOf(published); // 0 Sunday … 6 Saturday
  const atWeekend = day === 0 || day === 6;
  // "this weekend": the one under way, or just gone on a Monday, else the coming one
  const thisSaturday = atWeekend || day === 1 ? weekdayOnOrBefore(published, 6) : weekdayOnOrAfter(published, 6);
  // "last/past weekend": the latest one over before publication
  const lastSaturday = atWeekend ? addDays(weekdayOnOrBefore(published, 6), -7) : weekdayOnOrBefore(published, 6);
  return which === 'next' ? addDays(thisSaturday, 7) : which === 'this' ? thisSaturday : lastSaturday;
}

/** "this weekend", "last weekend": the week that holds that Saturday and Sunday (weeks start on Monday). */
export const weekend = publicationPhraseParser({
  name: 'weekend',
  reason: 'A weekend named by "this", "last", "next" or "past" is the week holding that Saturday and Sunday, counted from publication.',
  pattern: WEEKEND_PHRASE,
  resolve: (m, published, text, start) => {
    const which = m[1]!.toLowerCase();
    // "the past weekend" is the latest one; "the next weekend" of a story told in the past is not the reader's
    if (which !== 'past' && THE_BEFORE.test(text.slice(0, start))) return null;
    return { date: mondayOf(saturdayOf(which, published)), precision: 'week', basis: 'publication' };
  },
});
