import type { Rule } from '../../../core/rules.js';
import { knownWord, opensPlaceName } from '../../../core/lexicon.js';
import { ADHERENT_PLURAL_ENDING } from '../../../core/locales/en/words.js';
import { capitalised, isSpaced, tokenizeWords } from '../../../core/tokens.js';
import { hyphenatedNameTags, isLowerHyphenedName } from '../../hyphenatedNames.js';
import { isTitle } from './predicates.js';
import { has, hasAny, type NameToken } from './tokens.js';
import { NOT_NAME_TAGS, SENTENCE_OPENING_PERSON_NOUNS } from './words.js';
import { capitalLeadIns, functionWordsInNames, personNounsFiledOtherwise, sentenceAdverbs, surnameAfterGivenName } from './tokenRules.js';

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
      // (and a person noun the lexicon files as a plain noun before a given name: "Rookie Peter Mueller", `person-noun-opens-sentence`)
      const opensName =
        !!next &&
        isSpaced(next.gap) &&
        capitalised(next.text) &&
        (isTitle(t) || opensPlaceName(t.lower) || (SENTENCE_OPENING_PERSON_NOUNS.has(t.lower) && has(next, 'FirstName', 'MaleName', 'FemaleName')));
      const asName = has(t, 'Person', 'Place', 'Organization', 'Honorific') || (has(t, 'Actor') && !has(t, 'Plural')) || opensName;
      if (!asName) return;
    }
    t.nameLike = true;
  });
}

export const modifierOpensName: Rule = {
  name: 'modifier-opens-name',
  reason:
    'A capitalised ordinal or a demonym the lexicon files as a language ("First Corinthian Baptist Church", "Korean Confederation of Trade Unions") opens the name right after it, as "Iraqi" does, unless a person\'s name follows.',
};

/**
 * "First Baptist Church", "Korean Electric Power Corp.", "First Lady": compromise files "Korean", "French" as
 * languages and "First" as a number, words no name is made of, while "Iraqi" and "American" are demonyms that
 * open a name. Right before a name-like word (not a person's name: "Korean Kim Jong Un" keeps Kim's name its
 * own), such a word is read as a demonym or an adjective: it opens an institution's name, and before a title it
 * is part of the role ("Korean President X", "First Lady Y"), the name still beginning after the title.
 */
function openingModifiers(tokens: NameToken[]): void {
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    if (!t.cap || t.nameLike || t.possessive || !next?.nameLike || !isSpaced(next.gap)) return;
    if (has(next, 'Person', 'FirstName', 'LastName', 'Demonym', 'Language', 'Value')) return;
    const language = has(t, 'Language');
    if (!language && !has(t, 'Ordinal')) return;
    const kept = [...t.tags].filter((tag) => !NOT_NAME_TAGS.includes(tag) && tag !== 'TextValue' && tag !== 'Ordinal');
    t.tags = new Set([...kept, language ? 'Demonym' : 'Adjective']);
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
  surnameAfterGivenName.apply(tokens);
  capitalLeadIns(tokens);
  sentenceAdverbs(tokens);
  functionWordsInNames(tokens);
  openingModifiers(tokens);
  personNounsFiledOtherwise(tokens);
  return tokens;
}
