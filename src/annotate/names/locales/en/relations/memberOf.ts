import { isSpaced } from '../../../../core/tokens.js';
import { isOrgHead } from '../predicates.js';
import { THE } from '../words.js';
import type { RelationRule } from './context.js';

export const memberOf: RelationRule = {
  name: 'member-of',
  reason:
    '"X of the Y", "X of Y University" ("Professor Keith Still of Manchester Metropolitan University") say X belongs to Y: kept as X\'s role, and X is a person.',
  relate({ text, tokens, span, mention, next, nextIndex, after }) {
    if (!after || after.text !== 'of' || !isSpaced(after.gap) || !next || nextIndex === undefined) return;
    const between = tokens.slice(span.to + 1, next.from);
    const theY = between.length === 1 && THE.test(between[0]!.text);
    // "Professor Keith Still of Manchester Metropolitan University": an institution's name needs no "the"
    const institution =
      !between.length && mention.org === 0 && isOrgHead(tokens[next.to - 1]!) && tokens.slice(span.nameFrom, span.to).every((t) => !isOrgHead(t));
    if (!theY && !institution) return;
    mention.roles.push(text.slice(after.start, tokens[next.to - 1]!.end));
    mention.person += 1;
  },
};
