import { MID_SENTENCE, POSSESSIVE_AFTER } from './constants.js';

/**
 * Whether the phrase at `start` is a capitalised word inside a sentence, and so part of a name or a
 * title ("The World of Tomorrow", "USA Today", "the Today show") rather than a day. A possessive
 * ("at Today's rally") is the day's, as a writer who capitalises it still means the day.
 */
export function inTitle(text: string, start: number): boolean {
  const first = text[start] ?? '';
  return first !== first.toLowerCase() && MID_SENTENCE.test(text.slice(0, start)) && !POSSESSIVE_AFTER.test(text.slice(start));
}
