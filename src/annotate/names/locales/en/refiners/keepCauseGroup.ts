import { causeGroupName } from '../causeGroupName.js';
import type { SpanRefiner } from './context.js';

export const keepCauseGroup: SpanRefiner = {
  name: 'keep-cause-group',
  reason:
    'A group named by its members or "United", a cause joiner and its cause ("United for Peace and Justice", "Veterans for Peace") is one body\'s name, kept though its last word reads as a modifier ("Justice") or a common word.',
  judge: ({ tokens, span }) => (causeGroupName.within(tokens, span.nameFrom, span.to) ? 'keep' : undefined),
};
