import { isSpaced } from '../../../../core/tokens.js';
import { isOrgHead } from '../predicates.js';
import { PLACE_TAGS, THE } from '../words.js';
import { hasAny } from '../tokens.js';
import { noteRule } from '../../../../core/rules.js';
import type { RelationRule } from './context.js';

export const memberOf: RelationRule = {
  name: 'member-of',
  reason:
    '"X of the Y", "X of Y University" ("Professor Keith Still of Manchester Metropolitan University") say X belongs to Y: kept as X\'s role, X is a person, and Y a body unless something says place or person ("Kevin Danaher of Global Exchange").',
  relate({ text, tokens, span, mention, next, nextIndex, nextMention, after }) {
    if (!after || after.text !== 'of' || !isSpaced(after.gap) || !next || nextIndex === undefined) return;
    const between = tokens.slice(span.to + 1, next.from);
    const theY = between.length === 1 && THE.test(between[0]!.text);
    // "Professor Keith Still of Manchester Metropolitan University": an institution's name needs no "the"
    const institution =
      !between.length && mention.org === 0 && isOrgHead(tokens[next.to - 1]!) && tokens.slice(span.nameFrom, span.to).every((t) => !isOrgHead(t));
    // "Kevin Danaher of Global Exchange": a person named in full, of a name of two words no one takes for a place
    const body = tokens.slice(next.from, next.to);
    const personOfBody =
      !between.length &&
      mention.person >= 3 &&
      mention.org === 0 &&
      body.length >= 2 &&
      !!nextMention &&
      nextMention.place === 0 &&
      !body.some((t) => hasAny(t, PLACE_TAGS));
    if (!theY && !institution && !personOfBody) return;
    mention.roles.push(text.slice(after.start, tokens[next.to - 1]!.end));
    mention.person += 1;
    // what a person is "of" is a body they belong to, unless something says it is a place or a person
    if (nextMention && nextMention.place === 0 && nextMention.person === 0) {
      nextMention.org += 1;
      noteRule(nextMention, memberOf.name);
    }
  },
};
