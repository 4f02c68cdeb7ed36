import { addDays } from '../../../calendar.js';
import { publicationPhraseParser } from '../../../phraseParser.js';
import { quotationSpans } from '../../../../../passages/sentences.js';
import { inTitle } from '../titleWord.js';
import { LAST_NIGHT_OF_AFTER, LAST_NIGHT_PHRASE } from '../constants.js';

/** "last night", "late last night": the evening before publication. */
export const lastNight = publicationPhraseParser({
  name: 'last-night',
  reason:
    '"Last night" in a report is the evening of the day before its publication, as a morning paper writes it ("Last night officials at Blackburn Rovers were still waiting"), unless a determiner makes it one of several nights ("the last night of the festival", "on his last night in office") or it is inside a quotation (the night before the speaker spoke).',
  pattern: LAST_NIGHT_PHRASE,
  unlessAt: inTitle,
  resolve: (m, published, text, start) => {
    if (m[1] || LAST_NIGHT_OF_AFTER.test(text.slice(start + m[0].length))) return null;
    // A speaker's "last night" is the night before they spoke, a day the report may not give (a quoted tweet).
    if (quotationSpans(text).some((q) => q.start < start && start < q.end)) return null;
    return { date: addDays(published, -1), precision: 'day', basis: 'publication' };
  },
});
