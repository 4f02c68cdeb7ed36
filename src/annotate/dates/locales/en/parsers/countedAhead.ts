import { addDays } from '../../../calendar.js';
import { publicationPhraseParser } from '../../../phraseParser.js';
import { COUNTED_AHEAD_PHRASE, countOf } from '../constants.js';
import { directionOf } from '../tense.js';

/**
 * `counted-ahead`: "The candidates will debate in one week", "In just 63 days, the final votes will be cast": a count of
 * days or weeks from publication in a sentence that looks ahead is the day that many days after publication. Told in the
 * past or with no tense, the same words are a duration ("the crisis was resolved in two weeks", "the second poll in
 * two days"), no date.
 */
export const countedAhead = publicationPhraseParser({
  name: 'counted-ahead',
  reason:
    'A count of days or weeks "in" the future ("will debate in one week", "In just 63 days, the votes will be cast") is counted forward from the publication date; told in the past or with no tense it is a duration, no date.',
  pattern: COUNTED_AHEAD_PHRASE,
  resolve: (m, published, text, start) => {
    if (directionOf(text, start, start + m[0].length) !== 'future') return null;
    const days = countOf(m[1]!) * (m[2]!.toLowerCase() === 'week' ? 7 : 1);
    return { date: addDays(published, days), precision: 'day', basis: 'publication' };
  },
});
