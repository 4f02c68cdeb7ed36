import type { FigureRule } from '../figureTypes.js';
import { matchWords } from '../../../../../core/tokens.js';
import { FOR_WHOM, GATHERED_NOUNS, ON_BEHALF_OF, RELATIVE_PRONOUNS } from '../../words.js';
import { AUDIENCE_OCCASIONS, PRESENT_STATES } from '../../peopleWords.js';
import { gatheringVerbAt } from './gatheringVerbAfter.js';

export const beneficiaries: FigureRule = {
  name: 'beneficiaries',
  reason:
    'A figure right after "for" (but for an audience occasion\'s: "the Mass for tens of thousands of people") or a phrase of standing by ("in defense of", "in solidarity with", "on behalf of") counts the people something is for ("prayers for 40 black men", "a vigil for 12 victims", "a permit for 5,000 people", "a community meeting in defense of four Chinese residents"), not who gathered, unless its noun or its relative clause says they gather ("for hundreds of protesters", "in support of the 70,000 teachers, who have been on strike") or the words after it place them at the gathering ("a highlight show for the 14,038 in attendance").',
  judge: ({ sentence: { tokens }, q, peopleNoun }) => {
    // "gearing up for hundreds of protesters passing through": people the noun says gather
    if (peopleNoun !== null && GATHERED_NOUNS.has(tokens[peopleNoun]!.lower)) return undefined;
    // "in support of the 70,000 teachers, who have been on strike": people who gather themselves
    if (peopleNoun !== null) {
      const who = tokens[peopleNoun + 1]?.text === ',' ? peopleNoun + 2 : peopleNoun + 1;
      if (RELATIVE_PRONOUNS.has(tokens[who]?.lower ?? '') && gatheringVerbAt(tokens, who + 1)) return undefined;
    }
    // "a highlight show for the 14,038 in attendance": people the text places at the gathering
    const after = peopleNoun ?? q.resume - 1;
    if (PRESENT_STATES.some((words) => matchWords(tokens, after + 1, words))) return undefined;
    let k = q.first - 1;
    if (tokens[k]?.lower === 'the') k--;
    // "celebrating the Mass for tens of thousands of people": an audience occasion's "for" names who attended
    if (FOR_WHOM.has(tokens[k]?.lower ?? '')) return AUDIENCE_OCCASIONS.has(tokens[k - 1]?.lower ?? '') && peopleNoun !== null ? undefined : 'drop';
    // "in defense of four Chinese residents", "in solidarity with eight workers"
    return ON_BEHALF_OF.some((words) => matchWords(tokens, k + 1 - words.length, words)) ? 'drop' : undefined;
  },
};
