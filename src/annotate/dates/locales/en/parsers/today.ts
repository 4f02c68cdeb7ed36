import { quotationSpans } from '../../../../../passages/sentences.js';
import { addDays, nearestWeekday } from '../../../calendar.js';
import { publicationPhraseParser } from '../../../phraseParser.js';
import { apposedDateStart } from '../apposition.js';
import { inChant, inTitle } from '../titleWord.js';
import {
  EARLIER_OR_LATER,
  ERA_TODAY,
  PRESENT_TENSE,
  STATE_AFTER_TODAY,
  TODAY_OF_AN_ERA_AFTER,
  TODAY_OF_AN_ERA_BEFORE,
  TODAY_PHRASE,
  TODAYS_TITLE_AFTER,
  WEEKDAY_STEMS,
} from '../constants.js';
import { clauseAround, looksAhead, toldInPast } from '../tense.js';

/**
 * `nowadays`: whether the "today" at [start, end) means the present era ("Iraq today is a divided country", "in
 * today's world", "the Iraq of today"): before a verb of state in the present, or "today's" before a word of an
 * era, or after "of" or "until". "tonight", "this morning" never do.
 */
export function meansAnEra(text: string, start: number, end: number, word: string): boolean {
  if (!ERA_TODAY.test(word)) return false;
  const after = text.slice(end);
  return STATE_AFTER_TODAY.test(after) || TODAY_OF_AN_ERA_AFTER.test(after) || TODAY_OF_AN_ERA_BEFORE.test(text.slice(0, start));
}

/**
 * `today-bracket`: the day a bracket after "today" says it is ("today (Monday)", "Today (19)", a day of the month):
 * the publication day when they agree, else the day nearest it that does (a live page's metadata may give the day
 * it was opened).
 */
function bracketDay(m: RegExpMatchArray, published: string): string {
  if (m[1]) return nearestWeekday(published, WEEKDAY_STEMS.indexOf(m[1].toLowerCase()));
  if (!m[2]) return published;
  const wanted = Number(m[2]);
  for (let gap = 0; gap <= 3; gap++) {
    for (const day of [addDays(published, -gap), addDays(published, gap)]) if (Number(day.slice(8, 10)) === wanted) return day;
  }
  return published;
}

/**
 * "today", "tonight", "this morning": the publication day, in whatever tense the report tells it ("were thrown
 * tonight", "are tonight chanting", "are due in court today", "will step up its presence this evening"), unless
 * "today" means the present era (`nowadays`). Inside a quotation only a clause told in the past counts: a speaker's
 * "today" is the day they spoke, which a weekly's publication day is not ("We are all working together today," a
 * striker told the paper).
 */
export const today = publicationPhraseParser({
  name: 'today-when-told',
  reason:
    '"Today", "tonight", "this morning" name the publication day in any tense, unless "today" means the present era ("Iraq today is", "in today\'s world"), the word is capitalised inside a sentence ("USA Today") or opens an edition\'s name ("Today\'s Province"), or it is inside a chant or a slogan; a quoted one only when its clause is told in the past (a speaker\'s day may not be the publication\'s).',
  pattern: TODAY_PHRASE,
  unlessAt: (text, start) => inTitle(text, start) || inChant(text, start),
  resolve: (m, published, text, start) => {
    const phrase = m[0].trim();
    const end = start + phrase.length;
    // "tonight – Dec. 30": the date beside it says which day (the apposed-day resolver).
    if (apposedDateStart(text, end) >= 0) return null;
    if (TODAYS_TITLE_AFTER.test(text.slice(end))) return null;
    const day = { date: bracketDay(m, published), precision: 'day', basis: 'publication' } as const;
    const quoted = quotationSpans(text).some((q) => q.start < start && end < q.end);
    if (!quoted) return meansAnEra(text, start, end, phrase) ? null : day;
    const clause = clauseAround(text, start, end);
    const early = EARLIER_OR_LATER.test(phrase);
    if (!early && (!toldInPast(clause) || PRESENT_TENSE.test(clause) || looksAhead(clause))) return null;
    return day;
  },
});
