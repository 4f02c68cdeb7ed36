import { isSpaced } from '../../../../core/tokens.js';
import { has, type NameToken, type Span } from '../tokens.js';
import type { SpanRefiner } from './context.js';
import { isTitle } from '../predicates.js';

/** "a top Shiite cleric", "Kurdish military commander": one capitalised word before a person noun describes it. */
function describesRoleNoun(tokens: NameToken[], span: Span): boolean {
  if (span.to - span.from !== 1 || tokens[span.from]!.possessive) return false;
  // "PMF commanders": an acronym before a role noun names the body they belong to
  if (has(tokens[span.from]!, 'Person', 'FirstName', 'LastName', 'Organization', 'Acronym')) return false;
  for (let k = span.to; k < span.to + 2 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.cap || !isSpaced(t.gap) || !has(t, 'Noun') || has(t, 'Verb')) return false;
    // "the Democratic governor's order": a title the lexicon files otherwise is a person noun too
    if (has(t, 'Actor') || isTitle(t)) return true;
  }
  return false;
}

export const modifiesRoleNoun: SpanRefiner = {
  name: 'modifies-role-noun',
  reason: 'One capitalised word before a person noun ("a top Shiite cleric", "Kurdish military commander") describes it and names no one.',
  judge: ({ tokens, span }) => (describesRoleNoun(tokens, span) ? 'drop' : undefined),
};
