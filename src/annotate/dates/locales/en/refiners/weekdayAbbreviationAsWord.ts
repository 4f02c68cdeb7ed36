import type { CalendarRefiner } from '../chronoCandidates.js';
import { WEEKDAY_ABBREVIATION } from '../constants.js';

/** "the man sat before me", "sun-drenched beaches": a short weekday that is an English word. */
export const weekdayAbbreviationAsWord: CalendarRefiner = {
  name: 'weekday-abbreviation-as-word',
  reason:
    'Reporting writes a weekday in full, so a shortened one ("sat", "Sun", "wed") counts only with a capital and its period ("Sat.") or before a date; else it is the verb or the noun.',
  drops: ({ phrase, sentence, end }) => {
    const abbreviation = WEEKDAY_ABBREVIATION.exec(phrase);
    if (!abbreviation) return false;
    const capital = phrase[0] === phrase[0]!.toUpperCase();
    const dotted = phrase.endsWith('.') || sentence.text[end] === '.';
    return !(capital && dotted) || sentence.text[end] === '-';
  },
};
