import type { CalendarRefiner } from '../chronoCandidates.js';

/** Durations, "now", and offsets from some other moment are not dates of happenings. */
export const relativeOrNow: CalendarRefiner = {
  name: 'relative-or-now',
  reason: 'What chrono-node reads as relative to another moment or as "now" is no date of a happening.',
  drops: ({ result }) => {
    const tags = result.tags();
    return tags.has('result/relativeDate') || tags.has('casualReference/now');
  },
};
