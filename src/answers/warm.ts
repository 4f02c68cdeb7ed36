import type { Corpus } from '../pipeline/corpus.js';
import { crowdEvents } from './crowdSize.js';
import { timelineIndex } from './timeline.js';
import { autocompleteEntities } from './who.js';

/**
 * Builds the per-corpus structures answers build lazily on first use (the
 * timeline's happenings, the name index), so a long-running process pays for
 * them once after each load instead of in the first user's reply.
 */
export function warmAnswers(corpus: Corpus): void {
  timelineIndex(corpus);
  crowdEvents(corpus);
  autocompleteEntities(corpus, '');
}
