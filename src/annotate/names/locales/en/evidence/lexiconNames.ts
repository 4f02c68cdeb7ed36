import { has } from '../tokens.js';
import type { EvidenceRule } from './context.js';

export const lexiconNames: EvidenceRule = {
  name: 'lexicon-names',
  reason:
    'A first name or a person\'s name the lexicon knows says person, except for a lone word after a place preposition ("march in Santiago") or in a place\'s name ("Grant Park").',
  weigh({ name, afterPlacePreposition, placeEnding, lexiconNames }, tally) {
    if ((name.length > 1 || !afterPlacePreposition || has(name[0]!, 'LastName')) && !placeEnding && lexiconNames) {
      if (has(name[0]!, 'FirstName', 'MaleName', 'FemaleName')) tally.person += 2;
      if (name.some((t) => has(t, 'Person'))) tally.person += 1;
    }
  },
};
