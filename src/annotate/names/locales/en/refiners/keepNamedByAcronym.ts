import { namedByAcronym } from '../institutions.js';
import type { SpanRefiner } from './context.js';

export const keepNamedByAcronym: SpanRefiner = {
  name: 'keep-named-by-acronym',
  reason:
    'A name with "of" or "for" inside whose acronym in parentheses counts that small word ("Alternative for Germany (AfD)") is one body\'s name, and is kept.',
  judge: ({ text, tokens, span }) => (namedByAcronym(text, tokens, span) ? 'keep' : undefined),
};
