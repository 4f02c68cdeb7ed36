import { overlaps } from '../../../../core/spans.js';
import type { CalendarRefiner } from '../chronoCandidates.js';
import { EVENT_RELATIVE } from '../constants.js';

/** Spans of "three days before …", "the day after …" in a sentence. */
function eventRelativeSpans(text: string): Array<{ start: number; end: number }> {
  return [...text.matchAll(EVENT_RELATIVE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** "three days before the airstrike": dated from that happening (../resolvers/eventOffset.ts), never from publication. */
export const eventRelative: CalendarRefiner = {
  name: 'event-relative',
  reason: 'A phrase counted from another happening ("three days before", "the day after") is dated from that happening, never read as a calendar date.',
  drops: ({ sentence, start, end }) => overlaps(eventRelativeSpans(sentence.text), start, end),
};
