import { has } from '../tokens.js';
import { MASTHEAD_WORDS, PLACE_TAGS, THE } from '../words.js';
import type { EvidenceRule } from '../evidence/context.js';
import type { SpanRefiner } from './context.js';
import type { NameToken, Span } from '../tokens.js';

/** "the Ottawa Citizen": after "the", a place's words and a masthead word ending the run (the lexicon may file it as a title: "Citizen"). */
function isMasthead(tokens: NameToken[], span: Span): boolean {
  const name = tokens.slice(span.from, span.to);
  const last = name.at(-1);
  if (!last || name.length < 2) return false;
  if (!MASTHEAD_WORDS.has(last.lower) || !THE.test(tokens[span.from - 1]?.text ?? '')) return false;
  return name.slice(0, -1).every((t) => !t.possessive && has(t, ...PLACE_TAGS));
}

/**
 * "obtained by the Ottawa Citizen", "told the Kyiv Independent": a town's name and a masthead word after "the" is a
 * newspaper, kept though it opens with a place; the place refiners dropped it, and the paper was never named.
 */
export const mastheadAfterPlace: SpanRefiner = {
  name: 'masthead-after-place',
  reason:
    'A newspaper is named by its town and a masthead word ("the Ottawa Citizen", "the Kyiv Independent"); read as a place\'s name, it was dropped and the paper that obtained a memo or was told something was never named.',
  judge({ tokens, span }) {
    if (!isMasthead(tokens, span)) return undefined;
    span.nameFrom = span.from;
    return 'keep';
  },
};

export const mastheadIsOrganization: EvidenceRule = {
  name: 'masthead-is-organization',
  reason: 'A town\'s newspaper ("the Ottawa Citizen") is an organisation, though its first word is a place.',
  weigh({ span }, tally) {
    if (span.keptBy !== mastheadAfterPlace.name) return;
    tally.org += 2;
    tally.place = 0;
  },
};
