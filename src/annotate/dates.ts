import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';

// Placeholder until /timeline lands (issue 3). The shape other stages rely on:
export interface DateMention {
  passageId: string;
  /** Offsets of the date phrase in the article file. */
  start: number;
  end: number;
  /** The phrase as written ("Tuesday", "Dec. 31", "last week"). */
  text: string;
  /** First day of the period meant, YYYY-MM-DD. */
  date: string;
  precision: 'day' | 'week' | 'month' | 'year';
}

export function annotateDates(_articles: Article[], _passages: Passage[]): DateMention[] {
  return [];
}
