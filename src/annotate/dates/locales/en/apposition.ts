import { APPOSED_DATE_START, APPOSITION } from './constants.js';

/**
 * Where the date a phrase ending at `end` stands in apposition to begins ("tonight – Dec. 30", "two days later,
 * on Thursday"), or -1 when none follows at once.
 */
export function apposedDateStart(text: string, end: number): number {
  const join = APPOSITION.exec(text.slice(end));
  if (!join || !join[0].trim()) return -1;
  const at = end + join[0].length;
  return APPOSED_DATE_START.test(text.slice(at)) ? at : -1;
}
