import { groupPossessive as isGroupPossessive } from '../predicates.js';
import type { SpanRefiner } from './context.js';

export const groupPossessive: SpanRefiner = {
  name: 'group-possessive',
  reason: 'A name cut at a plural common noun\'s possessive ("the Women\'s March", "International Women\'s Day") opens an event\'s name, which is no one.',
  judge: ({ tokens, span }) => (isGroupPossessive(tokens[span.to - 1]!) ? 'drop' : undefined),
};
