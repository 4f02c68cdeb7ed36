import { CROWD_NOUNS_AFTER_FIGURE } from '../../peopleWords.js';
import { isYear } from '../people.js';
import type { FigureRule } from '../figureTypes.js';

export const figureBeforeCrowdNoun: FigureRule = {
  name: 'figure-before-crowd-noun',
  reason:
    'A figure written right before a crowd noun as its modifier sizes that crowd, whatever the verb or the preposition before it ("Rovers won in front of a 40,000 crowd", "the majority of a 11,116 crowd", "a 2,000 turnout"): sports reports give attendances so; a year before the noun is no size ("the 1999 crowd"), nor a figure before a noun the crowd word begins ("2,000 crowd-control barriers").',
  judge: ({ sentence: { tokens }, q }) => {
    const noun = tokens[q.resume];
    if (!noun || noun.kind !== 'word' || noun.text !== noun.lower || !CROWD_NOUNS_AFTER_FIGURE.has(noun.lower)) return undefined;
    // "2,000 crowd-control barriers": the crowd word begins another noun
    if (tokens[q.resume + 1]?.text === '-') return undefined;
    return isYear(tokens, q) ? undefined : { counted: noun.text };
  },
};
