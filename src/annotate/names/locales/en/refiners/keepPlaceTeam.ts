import { placeTeam } from '../predicates.js';
import type { SpanRefiner } from './context.js';

export const keepPlaceTeam: SpanRefiner = {
  name: 'keep-place-team',
  reason: 'A place\'s name before a plural that is no demonym of it ("Texas Rangers") names a team or a group based there, and is kept.',
  judge: ({ name }) => (placeTeam(name) ? 'keep' : undefined),
};
