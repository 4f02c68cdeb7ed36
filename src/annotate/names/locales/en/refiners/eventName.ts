import { EVENT_WORDS } from '../words.js';
import type { SpanRefiner } from './context.js';

export const eventName: SpanRefiner = {
  name: 'event-name',
  reason:
    'A name of two words or more ending in a word for a contest or a festival ("the World Cup", "the Winter Olympics", "Glastonbury Festival") is an event, which is no person or organisation; so is an uprising named by its season ("the Arab Spring").',
  judge: ({ name }) => (name.length > 1 && EVENT_WORDS.has(name.at(-1)!.lower) ? 'drop' : undefined),
};
