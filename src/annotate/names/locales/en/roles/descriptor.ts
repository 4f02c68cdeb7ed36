import { POSSESSIVE_DETERMINERS } from '../../../../core/locales/en/words.js';
import { ROLE_ARTICLE_WORD, ROLE_STOP_TAGS, ORG_DESCRIPTORS } from '../words.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { isSpaced } from '../../../../core/tokens.js';

/** The common nouns that describe an organisation after its name: "the Iran-backed Kataib Hezbollah militia group". */

/** "Kataib Hezbollah militia group": the common nouns right after an organisation's name. */
export function descriptorAfter(tokens: NameToken[], span: Span): string | null {
  const words: NameToken[] = [];
  if (tokens[span.to - 1]!.possessive) return null; // "Mahdi's office" is his office, not him
  // "the Likud party", "Netanyahu's Likud party": after a determiner, a descriptor the lexicon files as a verb is its noun
  const before = tokens[span.from - 1];
  const determined = !!before && (ROLE_ARTICLE_WORD.test(before.text) || POSSESSIVE_DETERMINERS.includes(before.lower) || before.possessive);
  for (let k = span.to; k < tokens.length && words.length < 3; k++) {
    const t = tokens[k]!;
    const descriptor = determined && ORG_DESCRIPTORS.has(t.lower) && !has(t, ...ROLE_STOP_TAGS);
    if (!isSpaced(t.gap) || t.cap || (!descriptor && (!has(t, 'Noun') || has(t, 'Verb', ...ROLE_STOP_TAGS)))) break;
    words.push(t);
    if (t.possessive) break;
  }
  while (words.length && !ORG_DESCRIPTORS.has(words.at(-1)!.lower)) words.pop();
  return words.length ? words.map((w) => w.text).join(' ') : null;
}

/** "the Iran-backed Kataib Hezbollah militia group": the adjectives between the article and the name. */
export function adjectivesBefore(tokens: NameToken[], span: Span): string {
  const words: string[] = [];
  for (let k = span.from - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (!isSpaced(tokens[k + 1]!.gap) || !has(t, 'Adjective') || has(t, ...ROLE_STOP_TAGS)) break;
    words.unshift(t.text);
  }
  return words.join(' ');
}
