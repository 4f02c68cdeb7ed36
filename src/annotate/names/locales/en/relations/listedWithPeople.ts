import type { NameMention } from '../../../types.js';
import { isOrgHead } from '../predicates.js';
import type { RelationRule } from './context.js';

/** How sure a listed name's own evidence must say person to lend it to its neighbour (a first name, a title, speech). */
const SURE_PERSON = 2;
/** A list's joint between two names: a comma, "and", or both ("A, B and C", "A and B", "A, B, and C"). */
const LIST_JOINT = /^(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+)$/;

/** A name of no known kind, with nothing saying what it is. */
const unknown = (m: NameMention) => m.person === 0 && m.org === 0 && m.place === 0;
/** A name the evidence says is surely a person's and nothing else. */
const surePerson = (m: NameMention) => m.person >= SURE_PERSON && m.org === 0 && m.place === 0;

export const listedWithPeople: RelationRule = {
  name: 'listed-with-people',
  reason:
    'Names listed side by side, joined by a comma or "and", are of one kind, so a full name of unknown words next to a person\'s ("Kate Winslet and Karoline Herfurth", "Dolph Lundgren and Mickey Rourke"), left out when seen once as of no known kind, is a person too, while a name with evidence of its own keeps it and a one-word name ("Procter and Gamble"), one ending in an institution\'s word ("Alibi Records") and one beside a title ("Arena Corinthians, President Dilma Rousseff") borrow nothing.',
  relate({ text, tokens, span, mention, next, nextMention }) {
    if (!next || !nextMention || next.from < span.to) return;
    const joint = text.slice(tokens[span.to - 1]!.end, tokens[next.from]!.start);
    // a title opens no item of such a list ("Arena Corinthians, President Dilma Rousseff had promised")
    if (!LIST_JOINT.test(joint) || tokens[span.to - 1]!.possessive || span.nameFrom > span.from || next.nameFrom > next.from) return;
    // a name of two words or more, the last no institution's word ("Alibi Records", "Guardian Unlimited Football")
    const borrows = (s: typeof span) => s.to - s.nameFrom > 1 && !isOrgHead(tokens[s.to - 1]!);
    if (surePerson(mention) && unknown(nextMention) && borrows(next)) nextMention.person += 1;
    else if (surePerson(nextMention) && unknown(mention) && borrows(span)) mention.person += 1;
  },
};
