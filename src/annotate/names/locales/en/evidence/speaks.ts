import { isSpaced } from '../../../../core/tokens.js';
import { isCommonWord } from '../predicates.js';
import { has } from '../tokens.js';
import { SPEECH_VERBS } from '../words.js';
import type { EvidenceRule } from './context.js';

export const speaks: EvidenceRule = {
  name: 'speaks',
  reason:
    'A name of two words or more that speaks ("Georgia Meloni said") is a person, unless it is made of common words or follows "the" with nothing saying person ("Human Rights Watch said", "the White House said"): then an organisation.',
  weigh({ name, span, after, the, placeEnding }, tally) {
    if (name.length < 2 || span.nameFrom !== span.from || !after || !isSpaced(after.gap) || !SPEECH_VERBS.has(after.lower)) return;
    if ((tally.org === 0 && name.every(isCommonWord)) || (the && tally.person === 0)) tally.org += 1;
    // "Downing Street said" is no one speaking; "John Park said" is
    else if (tally.org === 0 && (!placeEnding || has(name[0]!, 'FirstName', 'MaleName', 'FemaleName'))) tally.person += 1;
  },
};
