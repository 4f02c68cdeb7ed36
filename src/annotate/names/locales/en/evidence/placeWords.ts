import { isPlaceWord } from '../../../../core/lexicon.js';
import { isOrgHead } from '../predicates.js';
import type { EvidenceRule } from './context.js';

export const placeWords: EvidenceRule = {
  name: 'place-words',
  reason:
    'A place preposition before a name ("to the Middle East") and a place\'s feature word ending it ("Green Zone") say place; evidence, not a rule ("Islamic State group" is an organisation).',
  weigh({ afterPlacePreposition, last }, tally) {
    tally.place = (afterPlacePreposition ? 1 : 0) + (isPlaceWord(last.lower) && !isOrgHead(last) ? 1 : 0);
  },
};
