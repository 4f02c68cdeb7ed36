import { firstOfYear } from '../../../calendar.js';
import { phraseParser } from '../../../phraseParser.js';
import type { ResolvedDate } from '../../../types.js';
import { COUNT_BEFORE_YEAR, QUALIFIED_YEAR, YEAR_CUE, YEAR_PHRASE } from '../constants.js';

/** The year a match names, given the text `before` it: a year after a time word or with its part, not a count. */
function yearAfterCue(m: RegExpMatchArray, before: string): ResolvedDate | null {
  const qualified = QUALIFIED_YEAR.test(m[0].trim());
  if ((!qualified && !YEAR_CUE.test(before)) || COUNT_BEFORE_YEAR.test(before)) return null;
  return { date: firstOfYear(Number(m[1])), precision: 'year', basis: 'text' };
}

/** A bare year after a time word: "in 2003", "late 2011", "since 1979"; not "the 2003 invasion" or "2,003". */
export const bareYear = phraseParser({
  name: 'bare-year',
  reason:
    'A year written alone is a date only after a time word ("in 2003", "since 1979") or with its part ("late 2011"); elsewhere it may be a count or a modifier.',
  pattern: YEAR_PHRASE,
  resolve: (m, _published, text, start) => yearAfterCue(m, text.slice(0, start)),
});
