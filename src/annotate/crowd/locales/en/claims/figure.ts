import type { Passage } from '../../../../../passages/types.js';
import { tokenize } from '../../../../core/tokens.js';
import { isAboutGathering } from '../gathering.js';
import { findQuantities } from '../quantity/quantities.js';
import { adverbialClauses, clauseAboutGathering, coordinations, isVerbWord, nounPhraseEnd, opensClause } from './grammar.js';
import { countedPeople } from './people.js';
import { forecastBefore } from './forecast.js';
import type { ClaimSentence, Figure } from './figureTypes.js';

/** A passage's tokens, figures, clauses and coordinations. */
export function readSentence(passage: Passage): ClaimSentence {
  const tokens = tokenize(passage.text);
  const quantities = findQuantities(passage.text, tokens);
  return {
    passage,
    text: passage.text,
    tokens,
    quantities,
    clauses: adverbialClauses(tokens),
    aboutGathering: isAboutGathering(passage.text),
    joined: coordinations(tokens, quantities),
  };
}

/**
 * Figure i of the sentence. In a coordination ("expected 3,000 tractors and 10,000 farmers to take part"),
 * the verb before its first figure takes every figure of it, unless a figure has a verb of its own after
 * it ("expected 50,000 people and 8,000 turned out"); the verb after its last figure is every figure's
 * when the coordination opens its clause ("10,000 farmers and 3,000 students did not come").
 */
export function figureAt(sentence: ClaimSentence, i: number): Figure {
  const { tokens, quantities, joined } = sentence;
  const q = quantities[i]!;
  let lead = i;
  while (joined[lead]! >= 0) lead = joined[lead]!;
  let last = i;
  while (joined[last + 1] === last) last++;
  const ownVerb = isVerbWord(tokens, nounPhraseEnd(tokens, q));
  const opener = lead !== i && !ownVerb ? quantities[lead]! : q;
  const closer = last !== i && !ownVerb && opensClause(tokens, quantities[lead]!.first) ? quantities[last]! : q;
  return {
    sentence,
    q,
    opener,
    closer,
    aboutGathering: sentence.aboutGathering && clauseAboutGathering(sentence.text, tokens, sentence.clauses, q),
    peopleNoun: countedPeople(tokens, q),
    forecastBefore: forecastBefore(tokens, opener),
  };
}
