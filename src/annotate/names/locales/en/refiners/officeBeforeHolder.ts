import { isTitle } from '../predicates.js';
import { TITLE_JOINERS } from '../words.js';
import type { SpanRefiner } from './context.js';

/** A comma and a capitalised name-like word after the run: "…, Mohlomi Moleko". */
const COMMA = /^,\s+$/;

/**
 * "Minister of Natural Resources, Mohlomi Moleko, would not confirm", "The Leader of Burnley Council, Councillor
 * Afrasiab Anwar": a title, its "of" or "for" and what it is of, set off by a comma before a name, is that person's
 * office (read as a role by office-of-name-before-name), not a body; "the Ministry of Defence, officials said" (no title)
 * and "Secretary of State Mike Pompeo" (no comma) stay as they are.
 */
export const officeBeforeHolder: SpanRefiner = {
  name: 'office-before-holder',
  reason:
    'A capitalised office "of" something written before its holder\'s name and a comma ("Minister of Natural Resources, Mohlomi Moleko,") was listed as an organisation no one spells, while it is the person\'s role.',
  judge({ tokens, span }) {
    const first = tokens[span.from]!;
    const joiner = tokens[span.from + 1];
    const holder = tokens[span.to];
    if (span.to - span.from < 3 || !isTitle(first) || !joiner || !TITLE_JOINERS.has(joiner.text)) return undefined;
    if (tokens[span.to - 1]!.possessive || !holder || !COMMA.test(holder.gap) || !holder.cap || !holder.nameLike) return undefined;
    return 'drop';
  },
};
