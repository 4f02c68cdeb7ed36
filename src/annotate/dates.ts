import type { Article } from '../corpus/types.js';
import type { Passage } from '../passages/types.js';

// Placeholder until /timeline lands (issue 3): no dates are found yet.
export interface DateMention {
  passageId: string;
}

export function annotateDates(_articles: Article[], _passages: Passage[]): DateMention[] {
  return [];
}
