import { NON_GATHERING_ACTIVITIES, TAKING_PART_NOUNS } from '../../peopleWords.js';
import type { FigureRule } from '../figureTypes.js';

export const activityParticipants: FigureRule = {
  name: 'activity-participants',
  reason:
    'Participants take part in something, a gathering or not: counted in a clause about no gathering ("fielding more than 1,000 participants each" in war games) or named by an activity that is none ("all five debate participants", "40 study participants"), they are who took part in it, no crowd; "3,000 participants took part in the vigil" stays.',
  judge: ({ sentence: { tokens }, peopleNoun, aboutGathering }) => {
    if (peopleNoun === null || !TAKING_PART_NOUNS.has(tokens[peopleNoun]!.lower)) return undefined;
    return !aboutGathering || NON_GATHERING_ACTIVITIES.has(tokens[peopleNoun - 1]?.lower ?? '') ? 'drop' : undefined;
  },
};
