import { matchWords } from '../../../../../core/tokens.js';
import { BREAKDOWN_WORDS } from '../../peopleWords.js';
import { countedPeople, isCasualtyCount } from '../people.js';
import type { FigureRule } from '../figureTypes.js';

export const breakdownOfCasualties: FigureRule = {
  name: 'breakdown-of-casualties',
  reason:
    'Figures breaking down a count of people killed, hurt or arrested ("executed 11 persons, including five children, four women and two men", "30 people died, among them six students") count the same casualties, no crowd, though their nouns ("children", "women") are people; a breakdown of a crowd ("5,000 marched, including 300 nurses") is left to the others.',
  judge: ({ sentence: { tokens, quantities }, opener }) => {
    const opens = BREAKDOWN_WORDS.find((words) => matchWords(tokens, opener.first - words.length, words));
    if (!opens) return undefined;
    // the count the breakdown follows: the figure before it, with its comma
    const at = quantities.indexOf(opener);
    const whole = quantities[at - 1];
    if (!whole || tokens[opener.first - opens.length - 1]?.text !== ',') return undefined;
    const head = countedPeople(tokens, whole);
    return head !== null && head < opener.first && isCasualtyCount(tokens, whole, head) ? 'drop' : undefined;
  },
};
