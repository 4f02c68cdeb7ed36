import type { CalendarRefiner } from '../chronoCandidates.js';
import { CLOCK_AFTER, CLOCK_BEFORE, FIGURES_ONLY } from '../constants.js';

/** "7.30-9.00 pm": figures that chrono-node reads as a day and a month are a span of clock times. */
export const clockTime: CalendarRefiner = {
  name: 'clock-time',
  reason: 'Figures glued to a clock time ("7.30-9.00 pm", "18.00-20.30 GMT") are the hours of a schedule, not a date.',
  drops: ({ phrase, sentence, start, end }) =>
    FIGURES_ONLY.test(phrase) && (CLOCK_BEFORE.test(sentence.text.slice(0, start)) || CLOCK_AFTER.test(sentence.text.slice(end))),
};
