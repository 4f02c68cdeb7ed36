import { walkPhrase } from '../../../../../core/tokens.js';
import type { FigureRule } from '../figureTypes.js';
import { OF_DETERMINERS, GATHERING_NOUNS } from '../../words.js';
import { isPeopleNoun } from '../people.js';

/** Words read after "of the" for a noun of people or of a gathering. */
const PARTITIVE_REACH = 6;

export const partOfThings: FigureRule = {
  name: 'part-of-things',
  reason:
    'A bare figure taking a part of things named after "of the" ("workers at three of the country\'s four main auto companies") counts those things, not people.',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    if (peopleNoun !== null || tokens[q.resume]?.lower !== 'of' || !OF_DETERMINERS.has(tokens[q.resume + 1]?.lower ?? '')) return undefined;
    let people = false;
    walkPhrase(tokens, q.resume + 2, PARTITIVE_REACH, (t) => {
      people ||= isPeopleNoun(t) || GATHERING_NOUNS.has(t.lower);
      return true;
    });
    return people ? undefined : 'drop';
  },
};
