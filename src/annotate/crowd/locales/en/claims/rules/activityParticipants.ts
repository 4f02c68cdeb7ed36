import { NON_GATHERING_ACTIVITIES, TAKING_PART_NOUNS } from '../../peopleWords.js';
import type { FigureRule } from '../figureTypes.js';

export const activityParticipants: FigureRule = {
  name: 'activity-participants',
  reason:
    'Participants named by an activity that is no gathering ("all five debate participants", "40 study participants", "trial participants") are who took part in it, no crowd: the noun right before "participants" says what they take part in.',
  judge: ({ sentence: { tokens }, peopleNoun }) => {
    if (peopleNoun === null || !TAKING_PART_NOUNS.has(tokens[peopleNoun]!.lower)) return undefined;
    return NON_GATHERING_ACTIVITIES.has(tokens[peopleNoun - 1]?.lower ?? '') ? 'drop' : undefined;
  },
};
