import { addDays, firstOfMonth, firstOfYear, mondayOf, parseIso } from '../../../calendar.js';
import { publicationPhraseParser } from '../../../phraseParser.js';
import { AGO_PHRASE, countOf } from '../constants.js';

/** "two days ago", "a year ago": counted back from publication; vague counts ("a few days ago") name no date. */
export const unitsAgo = publicationPhraseParser({
  name: 'units-ago',
  reason: 'A count of days, weeks, months or years "ago" is counted back from the publication date; a vague count names no date.',
  pattern: AGO_PHRASE,
  resolve: (m, published) => {
    const n = countOf(m[1]!);
    const unit = m[2]!.toLowerCase();
    const pub = parseIso(published);
    if (unit === 'day') return { date: addDays(published, -n), precision: 'day', basis: 'publication' };
    if (unit === 'week') return { date: mondayOf(addDays(published, -7 * n)), precision: 'week', basis: 'publication' };
    if (unit === 'month') return { date: firstOfMonth(pub.year, pub.month - n), precision: 'month', basis: 'publication' };
    return { date: firstOfYear(pub.year - n), precision: 'year', basis: 'publication' };
  },
});
