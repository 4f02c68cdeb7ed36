import { publicationPhraseParser } from '../../../phraseParser.js';
import { apposedDateStart } from '../apposition.js';
import { inChant, inTitle } from '../titleWord.js';
import { EARLIER_OR_LATER, PRESENT_TENSE, TODAY_PHRASE } from '../constants.js';
import { clauseAround, looksAhead, toldInPast } from '../tense.js';

/** "today", "tonight", "this morning" only when the clause reports something done that day, not "Iraq today is …". */
export const today = publicationPhraseParser({
  name: 'today-when-told',
  reason:
    '"Today" is the publication date only in a clause that reports something done that day, not in one about the present ("Iraq today is") or the future, nor capitalised inside a sentence ("USA Today"), nor inside a chant or a slogan.',
  pattern: TODAY_PHRASE,
  unlessAt: (text, start) => inTitle(text, start) || inChant(text, start),
  resolve: (m, published, text, start) => {
    const end = start + m[0].trim().length;
    // "tonight – Dec. 30": the date beside it says which day (the apposed-day resolver).
    if (apposedDateStart(text, end) >= 0) return null;
    const clause = clauseAround(text, start, end);
    const early = EARLIER_OR_LATER.test(m[0].trim());
    if (!early && (!toldInPast(clause) || PRESENT_TENSE.test(clause) || looksAhead(clause))) return null;
    return { date: published, precision: 'day', basis: 'publication' };
  },
});
