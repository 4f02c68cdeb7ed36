import { gatheringWords } from '../../gathering.js';
import { POSITION_NOUNS, SQUAD_WORDS } from '../../peopleWords.js';
import type { FigureRule } from '../figureTypes.js';

export const squadPosition: FigureRule = {
  name: 'squad-position',
  reason:
    'A gathered noun that also names a position in a team ("strikers") counts players when the sentence speaks of a squad and of no gathering but that noun ("their three main strikers are currently unavailable due to injury", "recalling two strikers he signed at the start of the season"), not people on strike ("Some 300 strikers blocked the road to the port", "2,000 strikers marched to the ministry").',
  judge: ({ sentence: { tokens, text }, peopleNoun }) => {
    if (peopleNoun === null || !POSITION_NOUNS.has(tokens[peopleNoun]!.lower)) return undefined;
    if (gatheringWords(text).some((w) => !POSITION_NOUNS.has(w.text.toLowerCase()))) return undefined;
    return tokens.some((t) => SQUAD_WORDS.has(t.lower)) ? 'drop' : undefined;
  },
};
