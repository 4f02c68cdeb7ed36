import { addDays } from '../../../calendar.js';
import { publicationPhraseParser } from '../../../phraseParser.js';
import { inTitle } from '../titleWord.js';
import { FUTURE_TOMORROW_AFTER, FUTURE_TOMORROW_BEFORE, TODAY_OF_AN_ERA_AFTER, YESTERDAY_PHRASE } from '../constants.js';

/** "yesterday", "tomorrow", "the day before yesterday": a day or two from publication. */
export const yesterdayTomorrow = publicationPhraseParser({
  name: 'yesterday-tomorrow',
  reason:
    '"Yesterday" and "tomorrow" (and "the day before yesterday", "the day after tomorrow") are a day or two from the publication date, unless capitalised inside a sentence, as in a title ("The World of Tomorrow"), or "tomorrow" names the future ("a better tomorrow", "what tomorrow holds").',
  pattern: YESTERDAY_PHRASE,
  unlessAt: inTitle,
  resolve: (m, published, text, start) => {
    const end = start + m[0].length;
    // `tomorrow-as-future`: "a better tomorrow", "the leaders of tomorrow", "tomorrow's world", "what tomorrow holds" name the future, no day.
    if (
      !m[1] &&
      /^tomorrow$/i.test(m[2]!) &&
      (FUTURE_TOMORROW_BEFORE.test(text.slice(0, start)) || FUTURE_TOMORROW_AFTER.test(text.slice(end)) || TODAY_OF_AN_ERA_AFTER.test(text.slice(end)))
    )
      return null;
    const base = m[2]!.toLowerCase() === 'yesterday' ? -1 : 1;
    return { date: addDays(published, base * (m[1] ? 2 : 1)), precision: 'day', basis: 'publication' };
  },
});
