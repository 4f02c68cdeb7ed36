import type { SpanRefiner } from './context.js';

export const titleOnly: SpanRefiner = {
  name: 'title-only',
  reason: 'A run of title words with no name after them ("the President said") names no one.',
  judge: ({ name }) => (name.length ? undefined : 'drop'),
};
