import type { Token } from '../../../../../core/tokens.js';
import { ATTENDED_EVENT_NOUNS, CASUALTY_WORDS, CLAUSE_ENDS, GATHERING_NOUNS, VENUE_NOUNS } from '../../words.js';
import { PRESENT_AT, PRESENT_AT_DETERMINERS, PRESENT_AT_NOT_VENUES, PRESENT_AT_REACH } from '../../peopleWords.js';
import type { FigureRule } from '../figureTypes.js';

/** A gathering, an attended event or a venue, singular or plural: "funeral", "stadium", "streets". */
function isGatheringPlace(t: Token): boolean {
  if (t.kind !== 'word' || PRESENT_AT_NOT_VENUES.has(t.lower)) return false;
  const singular = t.lower.endsWith('s') ? t.lower.slice(0, -1) : t.lower;
  return [t.lower, singular].some((w) => VENUE_NOUNS.has(w) || GATHERING_NOUNS.has(w) || ATTENDED_EVENT_NOUNS.has(w));
}

/** The clause after the place says what befell the people counted: "Five people at the rally were arrested". */
function sufferedAfter(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length && !CLAUSE_ENDS.has(tokens[k]!.text) && tokens[k]!.text !== '.'; k++) {
    if (CASUALTY_WORDS.has(tokens[k]!.lower)) return true;
  }
  return false;
}

export const presentAtGathering: FigureRule = {
  name: 'present-at-gathering',
  reason:
    'A people count placed right after its noun at a gathering or in the venue that holds one is the crowd there, whatever the verb ("probably 25,000 people in the stadium", "none of the hundreds of people at the funeral reception", "thousands of people in the streets"); a count the clause then says was hurt or arrested is no crowd ("Five people at the rally were arrested"), and a count in a city, a country or a room named by no venue word is left to the others ("200 people in the city"), as are a contest\'s entrants "in the field" ("each of the 33 drivers in the field").',
  judge: ({ sentence: { tokens }, peopleNoun, aboutGathering }) => {
    if (peopleNoun === null) return undefined;
    const prep = tokens[peopleNoun + 1];
    if (!prep || !PRESENT_AT.has(prep.lower) || !PRESENT_AT_DETERMINERS.has(tokens[peopleNoun + 2]?.lower ?? '')) return undefined;
    for (let k = peopleNoun + 3; k < tokens.length && k < peopleNoun + 3 + PRESENT_AT_REACH; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct') return undefined;
      if (!isGatheringPlace(t)) continue;
      if (sufferedAfter(tokens, k + 1)) return 'drop';
      // A clause about a gathering is people-noun's already, with the same count: its reason says it better.
      return aboutGathering ? undefined : { counted: tokens[peopleNoun]!.text };
    }
    return undefined;
  },
};
