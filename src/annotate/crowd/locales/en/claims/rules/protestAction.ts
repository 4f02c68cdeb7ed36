import { PROTEST_ACTION } from '../../peopleWords.js';
import type { FigureRule } from '../figureTypes.js';

export const protestAction: FigureRule = {
  name: 'protest-action',
  reason:
    'People counted in a clause that tells a protest by its action, not by a verb of gathering ("two activists climbing on stage holding a sign", "a handful of supporters carrying placards", "six campaigners glued themselves to the road"), are the protest\'s crowd, however small; a count of people doing anything else is left to the rules after.',
  judge: ({ sentence: { text, tokens }, q, peopleNoun }) => {
    if (peopleNoun === null) return undefined;
    // the figure's own sentence from the figure on: "…showed two activists climbing on stage holding a sign"
    const rest = text.slice(q.start);
    const end = rest.search(/[.!?;](?:\s|$)/);
    return PROTEST_ACTION.test(end < 0 ? rest : rest.slice(0, end)) ? { counted: tokens[peopleNoun]!.text } : undefined;
  },
};
