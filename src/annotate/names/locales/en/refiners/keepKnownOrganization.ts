import { knownOrganization } from '../predicates.js';
import type { SpanRefiner } from './context.js';

export const keepKnownOrganization: SpanRefiner = {
  name: 'keep-known-organization',
  reason: 'A name the lexicon knows as a whole as an organisation\'s ("Cleveland Indians", "White Sox") is kept.',
  judge: ({ name }) => (knownOrganization(name) ? 'keep' : undefined),
};
