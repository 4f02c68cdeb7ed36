import type { CalendarRefiner } from '../chronoCandidates.js';
import { NAME_AFTER_DATE } from '../constants.js';

/** "the March 10 Committee", "the April 6 Youth Movement": a date that opens a body's name. */
export const dateInName: CalendarRefiner = {
  name: 'date-in-name',
  reason:
    'A date followed by a word that names a body ("the March 10 Committee", "the April 6 Youth Movement") is the start of the body\'s name, which recalls a day but tells no happening of the report.',
  drops: ({ result, sentence, end }) => result.start.isCertain('day') && NAME_AFTER_DATE.test(sentence.text.slice(end)),
};
