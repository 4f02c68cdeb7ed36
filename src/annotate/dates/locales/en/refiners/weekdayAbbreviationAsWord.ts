import type { CalendarRefiner } from '../chronoCandidates.js';
import { NAME_BEFORE, WEEKDAY_ABBREVIATION } from '../constants.js';

/** "the man sat before me", "sun-drenched beaches": a short weekday that is an English word. */
export const weekdayAbbreviationAsWord: CalendarRefiner = {
  name: 'weekday-abbreviation-as-word',
  reason:
    'Reporting writes a weekday in full, so a shortened one ("sat", "Sun", "wed") counts only with a capital and its period ("Sat.") or before a date, and not after a capitalised word ("Herald Sun."); else it is the verb, the noun or a name.',
  drops: ({ phrase, sentence, start, end }) => {
    const abbreviation = WEEKDAY_ABBREVIATION.exec(phrase);
    if (!abbreviation) return false;
    const capital = phrase[0] === phrase[0]!.toUpperCase();
    const dotted = phrase.endsWith('.') || sentence.text[end] === '.';
    // `abbreviation-after-name`: after a capitalised word the period ends the sentence, not the abbreviation: a
    // paper's name ("reports Herald Sun.", "told The Sun.").
    const afterName = NAME_BEFORE.test(sentence.text.slice(0, start));
    return !(capital && dotted) || sentence.text[end] === '-' || afterName;
  },
};
