import type { Rule } from '../../../../core/rules.js';
import { lexiconTags } from '../../../../core/lexicon.js';
import { isTitle } from '../predicates.js';
import { has, tokenLike, type NameToken } from '../tokens.js';

export const pluralTitle: Rule = {
  name: 'plural-title',
  reason:
    'A capitalised plural of a title ("Officers", "Senators", "Sens.") opening a run of names is their title, and every name listed after it with "and" holds it ("Officers Liu and Ramos", "Sens. Cory Booker and Kamala Harris").',
};

/** "Officers", "Senators": a plural whose singular is a title; "Sens.", "Reps.": an abbreviated title's plural. */
export function isPluralTitle(t: NameToken): boolean {
  if (!t.cap || t.possessive) return false;
  const abbreviated = /^(\p{L}+)s\.$/u.exec(t.text);
  if (abbreviated) return lexiconTags(abbreviated[1]!.toLowerCase()).includes('Honorific');
  return has(t, 'Plural') && /[^s]s$/.test(t.lower) && isTitle(tokenLike(t.lower.slice(0, -1)));
}
