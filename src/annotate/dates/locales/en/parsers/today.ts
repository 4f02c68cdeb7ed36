import { quotationSpans } from '../../../../../passages/sentences.js';
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
    // A clause with no tense of its own ("… for treatment this morning") takes the sentence's, unless it is quoted:
    // a speaker's "Today, we showed them" is the day they spoke, which the "told" outside does not give.
    const own = clauseAround(text, start, end);
    const quoted = quotationSpans(text).some((q) => q.start < start && end < q.end);
    const clause = quoted || toldInPast(own) || looksAhead(own) || PRESENT_TENSE.test(own) ? own : text;
    const early = EARLIER_OR_LATER.test(m[0].trim());
    if (!early && (!toldInPast(clause) || PRESENT_TENSE.test(clause) || looksAhead(clause))) return null;
    return { date: published, precision: 'day', basis: 'publication' };
  },
});
