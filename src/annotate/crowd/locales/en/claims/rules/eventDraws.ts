import type { FigureRule } from '../figureTypes.js';
import { ATTENDED_EVENT_NOUNS, DRAW_VERBS } from '../../words.js';

export const eventDraws: FigureRule = {
  name: 'event-draws',
  reason:
    'A bare figure a drawing verb takes, in a sentence whose subject is an event people attend ("A spokescouncil meeting to discuss the weekend\'s actions draws more than 400"), is how many attended, though no word of a protest is near.',
  judge: ({ sentence: { tokens }, q }) => {
    const verb = tokens[q.first - 1];
    if (verb?.kind !== 'word' || !DRAW_VERBS.has(verb.lower)) return undefined;
    for (let k = q.first - 2; k >= 0 && !['.', '!', '?', ';'].includes(tokens[k]!.text); k--) {
      if (ATTENDED_EVENT_NOUNS.has(tokens[k]!.lower)) return { counted: 'people' };
    }
    return undefined;
  },
};
