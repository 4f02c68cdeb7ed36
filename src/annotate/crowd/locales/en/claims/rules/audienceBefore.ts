import { matchWords, type Token } from '../../../../../core/tokens.js';
import type { Quantity } from '../../../../types.js';
import { BEFORE_AUDIENCE } from '../../words.js';
import type { FigureRule } from '../figureTypes.js';
import { isVerbWord, nounPhraseEnd } from '../grammar.js';
import { isYear } from '../people.js';

/** "before 30,500", "in front of 90,000 fans": the phrase ends right before the figure. */
function placedBefore(tokens: Token[], q: Quantity): boolean {
  return BEFORE_AUDIENCE.some((words) => q.first - words.length >= 0 && matchWords(tokens, q.first - words.length, words));
}

/** The figure stands alone, past the marks and prepositions after it ("before 30,500 at the Coliseum", "before 30,500."). */
function bare(tokens: Token[], q: Quantity): boolean {
  const next = tokens[q.resume];
  return !next || next.kind === 'punct' || ['at', 'in', 'on', 'as', 'and', 'to', 'for', 'during', 'when', 'who'].includes(next.lower);
}

export const audienceBefore: FigureRule = {
  name: 'audience-before',
  reason:
    'A game, a show or a speech played "before" or "in front of" a figure of people ("lost to the Eagles before 30,500", "played in front of 90,000 fans") names its audience, a crowd; not a year or a time ("before 1990"), things counted ("before 30 days"), nor a clause whose figure has a verb of its own ("before 2,000 students arrived").',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    if (!placedBefore(tokens, q) || isYear(tokens, q)) return undefined;
    if (peopleNoun === null && !bare(tokens, q)) return undefined;
    if (isVerbWord(tokens, nounPhraseEnd(tokens, q))) return undefined;
    return { counted: peopleNoun === null ? 'people' : tokens[peopleNoun]!.text };
  },
};
