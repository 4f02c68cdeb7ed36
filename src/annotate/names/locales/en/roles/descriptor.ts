import { ROLE_STOP_TAGS, ORG_DESCRIPTORS } from '../words.js';
import { has, type NameToken, type Span } from '../tokens.js';
import { isSpaced } from '../../../../core/tokens.js';

/** The common nouns that describe an organisation after its name: "the Iran-backed Kataib Hezbollah militia group". */

/** "Kataib Hezbollah militia group": the common nouns right after an organisation's name. */
export function descriptorAfter(tokens: NameToken[], span: Span): string | null {
  const words: NameToken[] = [];
  if (tokens[span.to - 1]!.possessive) return null; // "Mahdi's office" is his office, not him
  for (let k = span.to; k < tokens.length && words.length < 3; k++) {
    const t = tokens[k]!;
    if (!isSpaced(t.gap) || t.cap || !has(t, 'Noun') || has(t, 'Verb', ...ROLE_STOP_TAGS)) break;
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
