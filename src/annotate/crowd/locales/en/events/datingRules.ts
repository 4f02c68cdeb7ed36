import type { DateSource } from './located.js';
import type { DatingInput, DatingRule } from './dating.js';
import { articleGatheringDay } from './rules/articleGatheringDay.js';
import { entryDay } from './rules/entryDay.js';
import { paragraphDay } from './rules/paragraphDay.js';
import { paragraphEventDay } from './rules/paragraphEventDay.js';
import { paragraphGatheringDay } from './rules/paragraphGatheringDay.js';
import { publicationDay } from './rules/publicationDay.js';
import { sentenceDay } from './rules/sentenceDay.js';

/**
 * The ways of dating a claim's gathering, in order: its sentence, the day opening its chronology entry, its paragraph's gathering sentences, its paragraph's
 * public events, its article's gathering sentences, its paragraph, publication.
 */
export const DATING_RULES: readonly DatingRule[] = [
  sentenceDay,
  entryDay,
  paragraphGatheringDay,
  paragraphEventDay,
  articleGatheringDay,
  paragraphDay,
  publicationDay,
];

/** The gathering's day by the first dating rule that gives one, and that rule's name; [null, 'none'] when none does. */
export function dateOf(input: DatingInput, rules: readonly DatingRule[] = DATING_RULES): [string | null, DateSource, string?] {
  for (const rule of rules) {
    const found = rule.date(input);
    if (found) return [...found, rule.name];
  }
  return [null, 'none'];
}
