import { isSpaced } from '../../../../core/tokens.js';
import { has } from '../tokens.js';
import { RECIPIENT_VERBS } from '../words.js';
import type { EvidenceRule } from './context.js';

/** "CNN", "AFP": one word in capitals. */
const CAPITALS = /^\p{Lu}{2,}$/u;

/**
 * `told-recipient`: whom someone "told" ("told the Guardian", "told AFP", "telling the Sun") is a person or a body,
 * never a place, a product or a common word. With "the" before it or written in capitals, the listener is a body (a
 * paper, an agency, a broadcaster); "the" and capitals alone said so only weakly, so the listing put the outlet after
 * the names of known kind (`weak-body-last`). A person's name after "told" is read by the other rules.
 */
export const toldRecipient: EvidenceRule = {
  name: 'told-recipient',
  reason:
    'The one "told" something is a listener: a person or a body (an outlet, an agency), never a place or a thing; "the" before the name or its capitals make it a body.',
  weigh({ tokens, span, the, name, first, after }, tally) {
    if (span.nameFrom !== span.from) return;
    // "told the Intercept staff": the name modifies the listener, a noun after it
    if (after && isSpaced(after.gap) && !after.cap && has(after, 'Noun')) return;
    const verb = tokens[span.from - (the ? 2 : 1)];
    if (!verb || !RECIPIENT_VERBS.has(verb.lower) || (the && !isSpaced(tokens[span.from - 1]!.gap))) return;
    if (the || (name.length === 1 && CAPITALS.test(first.text))) tally.org += 1;
  },
};
