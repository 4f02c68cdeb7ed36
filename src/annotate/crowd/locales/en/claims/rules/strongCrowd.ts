import { FUNCTION_WORDS, GATHERING_NOUNS, STANDING_BODY_NOUNS } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import type { Token } from '../../../../../core/tokens.js';

/** Words after "strong" read for the body it sizes: "the 500,000-strong unitary workers' front". */
const BODY_REACH = 4;

/** A standing body's noun within the noun phrase after "strong" (lower-case words and possessive marks only). */
function bodyAhead(tokens: Token[], strong: number): boolean {
  for (let k = strong + 1, words = 0; k < tokens.length && words < BODY_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === "'" || t.text === '’') continue;
    if (t.kind !== 'word' || t.text !== t.lower || GATHERING_NOUNS.has(t.lower) || FUNCTION_WORDS.has(t.lower)) return false;
    if (STANDING_BODY_NOUNS.has(t.lower.replace(/['’]s?$/, ''))) return true;
    words++;
  }
  return false;
}

export const strongCrowd: FigureRule = {
  name: 'strong-crowd',
  reason:
    'A "10,000-strong crowd" counts the noun after "strong", else people; a standing body so sized ("the 100,000-strong union", "the 100,000-strong AFSCME District Council 37", a name, or a body after its describing words: "the 500,000-strong unitary workers\' front") counts its members, no crowd.',
  judge: ({ sentence: { tokens }, peopleNoun }) => {
    if (peopleNoun === null || tokens[peopleNoun]!.lower !== 'strong') return undefined;
    const next = tokens[peopleNoun + 1];
    if (next?.kind === 'word' && !GATHERING_NOUNS.has(next.lower) && (STANDING_BODY_NOUNS.has(next.lower) || /^\p{Lu}/u.test(next.text))) return 'drop';
    // the body after its describing words: "the 500,000-strong unitary workers' front"
    if (bodyAhead(tokens, peopleNoun)) return 'drop';
    return { counted: next?.kind === 'word' && !FUNCTION_WORDS.has(next.lower) ? next.text : 'people' };
  },
};
