import { knownWord, opensPlaceName } from '../../../core/lexicon.js';
import { ADHERENT_PLURAL_ENDING } from '../../../core/locales/en/words.js';
import { capitalised, isSpaced, tokenizeWords } from '../../../core/tokens.js';
import { hyphenatedNameTags, isLowerHyphenedName } from '../../hyphenatedNames.js';
import { isTitle } from './predicates.js';
import { has, hasAny, type NameToken } from './tokens.js';
import { NOT_NAME_TAGS } from './words.js';

/** Which words of a passage are capitalised, and which may be part of a name. */

/**
 * "Tung Chee-hwa had", "Kim Jong-un's sister", "Jean-marie Le Pen": a hyphenated given name with lower-case
 * syllables (../../hyphenatedNames.ts) is a name next to another capitalised word of the name, where no
 * lower-case noun follows it; "Trump-era policies" and "was Trump-era." are no one's name.
 */
function hyphenatedName(tokens: NameToken[], i: number): boolean {
  const t = tokens[i]!;
  if (!isLowerHyphenedName(t.text)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const nextJoined = !!next && isSpaced(next.gap) && !t.possessive;
  const inName = (!!prev && !prev.possessive && isSpaced(t.gap) && capitalised(prev.text)) || (nextJoined && capitalised(next.text));
  return inName && (!nextJoined || capitalised(next.text) || !has(next, 'Noun') || has(next, 'Verb', 'Pronoun', ...NOT_NAME_TAGS));
}

function classifyTokens(tokens: NameToken[]): void {
  tokens.forEach((t, i) => {
    t.cap = capitalised(t.text);
    if (!t.cap && hyphenatedName(tokens, i)) {
      t.cap = true;
      t.tags = hyphenatedNameTags();
    }
    if (!t.cap || hasAny(t, NOT_NAME_TAGS)) return;
    if (t.sentenceStart && has(t, 'Plural') && !has(t, 'Person', 'Organization')) return;
    // "political Islamists", "Tunisian Islamists": adherents of a creed, capitalised after it, are no body's name
    if (has(t, 'Plural') && ADHERENT_PLURAL_ENDING.test(t.lower) && !knownWord(t.lower)) return;
    if (t.sentenceStart && knownWord(t.lower)) {
      // A capitalised first word is a name only if compromise knows it as one, or it is a title
      // or a place's feature word right before a capitalised word ("Judge Ruth Hale", "Mount Kenya").
      const next = tokens[i + 1];
      const opensName = !!next && isSpaced(next.gap) && capitalised(next.text) && (isTitle(t) || opensPlaceName(t.lower));
      const asName = has(t, 'Person', 'Place', 'Organization', 'Honorific') || (has(t, 'Actor') && !has(t, 'Plural')) || opensName;
      if (!asName) return;
    }
    t.nameLike = true;
  });
}

/** The words of a passage (from `from` on), each told capitalised and name-like. */
export function nameTokens(text: string, from: number): NameToken[] {
  const words = tokenizeWords(text);
  // The words are this call's own: made name tokens in place (a copy of each cost more than the rest of this).
  const tokens = (from ? words.filter((t) => t.start >= from) : words) as NameToken[];
  for (const t of tokens) {
    t.nameLike = false;
    t.cap = false;
  }
  classifyTokens(tokens);
  return tokens;
}
