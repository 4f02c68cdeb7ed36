import { addDays } from '../../../calendar.js';
import { publicationPhraseParser } from '../../../phraseParser.js';
import { inTitle } from '../titleWord.js';
import { YESTERDAY_PHRASE } from '../constants.js';

/** "yesterday", "tomorrow", "the day before yesterday": a day or two from publication. */
export const yesterdayTomorrow = publicationPhraseParser({
  name: 'yesterday-tomorrow',
  reason:
    '"Yesterday" and "tomorrow" (and "the day before yesterday", "the day after tomorrow") are a day or two from the publication date, unless capitalised inside a sentence, as in a title ("The World of Tomorrow").',
  pattern: YESTERDAY_PHRASE,
  unlessAt: inTitle,
  resolve: (m, published) => {
    const base = m[2]!.toLowerCase() === 'yesterday' ? -1 : 1;
    return { date: addDays(published, base * (m[1] ? 2 : 1)), precision: 'day', basis: 'publication' };
  },
});
