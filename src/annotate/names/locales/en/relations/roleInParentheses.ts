import { has } from '../tokens.js';
import { roleHead } from '../predicates.js';
import { ORG_DESCRIPTORS, PICTURE_POSITIONS } from '../words.js';
import type { RelationRule } from './context.js';

export const roleInParentheses: RelationRule = {
  name: 'role-in-parentheses',
  reason:
    'A few lower-case words in parentheses after a name ("Kataib Hezbollah (militia)") are its role, and an organisation\'s descriptor among them says organisation; where someone stands in a caption\'s picture ("(left)", "(second right)") is none.',
  relate({ text, tokens, mention, after }) {
    if (!after || !/^\s*\($/.test(after.gap)) return;
    const close = text.indexOf(')', after.start);
    const inside = close > 0 ? tokens.filter((t) => t.start >= after.start && t.end <= close) : [];
    if (!inside.length || inside.length > 5 || !inside.every((t) => !t.cap && !has(t, 'Verb', 'Pronoun'))) return;
    if (inside.every((t) => PICTURE_POSITIONS.has(t.lower))) return;
    const role = text.slice(after.start, close).trim();
    mention.roles.push(role);
    if (ORG_DESCRIPTORS.has(roleHead(role))) mention.org += 2;
  },
};
