import { addDays, firstOfMonth, firstOfYear, mondayOf, parseIso } from '../../../calendar.js';
import { publicationPhraseParser } from '../../../phraseParser.js';
import { PERIOD_PHRASE, THE_BEFORE } from '../constants.js';

/** "last week", "earlier this month", "late last year": a week, month or year counted from publication. */
export const relativePeriod = publicationPhraseParser({
  name: 'relative-period',
  reason: 'A week, month or year named by "this", "last" or "next" is counted from the publication date, but "the last year" is a duration.',
  pattern: PERIOD_PHRASE,
  resolve: (m, published, text, start) => {
    if (THE_BEFORE.test(text.slice(0, start))) return null;
    const shift = { this: 0, last: -1, next: 1 }[m[1]!.toLowerCase() as 'this' | 'last' | 'next'];
    const unit = m[2]!.toLowerCase() as 'week' | 'month' | 'year';
    const pub = parseIso(published);
    if (unit === 'week') return { date: addDays(mondayOf(published), 7 * shift), precision: 'week', basis: 'publication' };
    if (unit === 'month') return { date: firstOfMonth(pub.year, pub.month + shift), precision: 'month', basis: 'publication' };
    return { date: firstOfYear(pub.year + shift), precision: 'year', basis: 'publication' };
  },
});
