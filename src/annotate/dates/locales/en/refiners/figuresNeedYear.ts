import type { CalendarRefiner } from '../chronoCandidates.js';
import { FIGURES_ONLY, MONTH_WORD } from '../constants.js';

/** "1/2" is a fraction more often than 2 January: a date in figures only counts with its year. */
export const figuresNeedYear: CalendarRefiner = {
  name: 'figures-need-year',
  reason: 'A date written in figures only ("1/2") is a fraction or a count more often than a day, unless it gives its year.',
  drops: ({ phrase, result }) => !MONTH_WORD.test(phrase) && FIGURES_ONLY.test(phrase) && !result.start.isCertain('year'),
};
