import { tokenize, type Token } from '../../../../../core/tokens.js';
import type { Passage } from '../../../../../../passages/types.js';
import { LOCATION_PREPOSITIONS, PLACE_CLAUSE_WORDS } from '../../placeWords.js';
import { CLOSING_QUOTES } from '../../claimantWords.js';
import type { LocateRule } from '../located.js';
import { placeOf } from '../placeOf.js';
import { placeAt } from '../places.js';
import { isSpecificKey } from '../specificKeys.js';

/**
 * Token k starts a clause of its own place: it follows a semicolon ("…; in Atlanta, more than 50,000
 * marched"), or a comma and a clause word before a place phrase with a name of its own ("…, and in
 * Providence, R.I., nearly 5,000 had gathered"). A comma and "and" before anything else ("marched and
 * rallied in Hartford", "Chicago, and New York") starts none.
 */
function opensPlaceClause(text: string, tokens: Token[], k: number): boolean {
  if (tokens[k - 1]?.text === ';') return true;
  // a quotation may close before the clause word: `…, chanting "No justice," and in Providence, …`
  let comma = k - 2;
  while (comma > 0 && CLOSING_QUOTES.has(tokens[comma]!.text)) comma--;
  if (tokens[comma]?.text !== ',' || !PLACE_CLAUSE_WORDS.has(tokens[k - 1]?.lower ?? '') || !LOCATION_PREPOSITIONS.has(tokens[k]!.lower)) return false;
  return !!placeAt(text, tokens, k)?.keys.some(isSpecificKey);
}

/** The clause of token `figure` among the sentence's clauses of their own place: [first token, end token). */
function ownClause(text: string, tokens: Token[], figure: number): [number, number] {
  let first = figure;
  while (first > 0 && !opensPlaceClause(text, tokens, first)) first--;
  let end = figure + 1;
  while (end < tokens.length && !opensPlaceClause(text, tokens, end)) end++;
  // the stop mark or clause word closing it stays out
  while (end > first + 1 && (tokens[end - 1]!.text === ';' || tokens[end - 1]!.text === ',' || PLACE_CLAUSE_WORDS.has(tokens[end - 1]!.lower))) end--;
  return [first, end];
}

export const ownClausePlace: LocateRule = {
  name: 'own-clause-place',
  reason:
    'In a sentence of several clauses each at a place of its own ("In San Diego, 100,000 marched; in Atlanta, more than 50,000 marched", "…, and in Providence, nearly 5,000 had gathered"), a figure\'s place is read in its own clause only, never in the next one.',
  apply(located, corpus) {
    for (const l of located) {
      const { passage, claim } = l;
      // an aside's figure or a part at a place takes its place from the claim it is related to
      if (claim.relation) continue;
      const tokens = tokenize(passage.text);
      const figure = tokens.findIndex((t) => t.start >= claim.start - passage.start);
      if (figure < 0) continue;
      const [first, end] = ownClause(passage.text, tokens, figure);
      if (first === 0 && end === tokens.length) continue;
      const from = tokens[first]!.start;
      const clause: Passage = { ...passage, start: passage.start + from, text: passage.text.slice(from, tokens[end - 1]!.end) };
      const place = placeOf(clause, claim, corpus.placeNames);
      if (place && place.text !== l.place?.text) l.place = place;
    }
  },
};
