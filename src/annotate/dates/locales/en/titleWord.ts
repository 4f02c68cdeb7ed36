import { quotationSpans } from '../../../../passages/sentences.js';
import { CHANT_WORD, MID_SENTENCE, POSSESSIVE_AFTER } from './constants.js';

/**
 * Whether the phrase at `start` is a capitalised word inside a sentence, and so part of a name or a
 * title ("The World of Tomorrow", "USA Today", "the Today show") rather than a day. A possessive
 * ("at Today's rally") is the day's, as a writer who capitalises it still means the day.
 */
export function inTitle(text: string, start: number): boolean {
  const first = text[start] ?? '';
  return first !== first.toLowerCase() && MID_SENTENCE.test(text.slice(0, start)) && !POSSESSIVE_AFTER.test(text.slice(start));
}

/**
 * `day-in-chant`: whether the word at `start` is inside a quotation that the sentence, outside it, calls a
 * chant, a slogan or a sign ("chanting "How many kids have you killed today?""): such words are repeated at
 * every protest and name no day of the report.
 */
export function inChant(text: string, start: number): boolean {
  const quote = quotationSpans(text).find((q) => q.start < start && start < q.end);
  return !!quote && CHANT_WORD.test(text.slice(0, quote.start) + ' ' + text.slice(quote.end));
}
