import { isTitle } from '../predicates.js';
import type { NameToken, Span } from '../tokens.js';
import { ADDRESSEE_VERBS, PUBLICATION_WORDS_MIN } from '../words.js';
import type { EvidenceRule } from '../evidence/context.js';
import type { SpanRefiner } from './context.js';

/** "told Socialist Worker": capitalised title words alone, two or more, right after a verb of telling, with no article. */
function addressedTitles(tokens: NameToken[], span: Span): boolean {
  const words = tokens.slice(span.from, span.to);
  return (
    words.length >= PUBLICATION_WORDS_MIN && ADDRESSEE_VERBS.has(tokens[span.from - 1]?.lower ?? '') && words.every((t) => isTitle(t) || !t.nameLike || t.cap)
  );
}

/**
 * "she told Socialist Worker", "he told Daily Worker": a newspaper named by title words is who was told, not a
 * title waiting for its holder's name; kept whole, it is an organisation.
 */
export const publicationName: SpanRefiner = {
  name: 'publication-name',
  reason:
    'Capitalised title words alone right after "told" ("told Socialist Worker") name the paper that was told, not an office whose holder is missing; dropped as a title, the paper was never named.',
  judge({ tokens, span, name }) {
    if (name.length || !addressedTitles(tokens, span)) return undefined;
    span.nameFrom = span.from;
    return 'keep';
  },
};

export const publicationIsOrganization: EvidenceRule = {
  name: 'publication-is-organization',
  reason: 'A paper named by title words after "told" ("told Socialist Worker") is an organisation, though its words are a person\'s.',
  weigh({ span }, tally) {
    if (span.keptBy === publicationName.name) tally.org += 2;
  },
};
